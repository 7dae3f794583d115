#include "core/records/RecordKindRepository.h"
#include "core/common/AppName.h"

#include "core/journal/EntryText.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace tideline::records {

namespace {

constexpr qsizetype kMaxLabelChars = 200;

} // namespace

Result<QString> RecordKindRepository::checkLabel(const QString& label)
{
    const QString clean = journal::EntryText::normalizeTag(label);
    if (clean.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("Records", "Give the kind a name."));
    }
    if (clean.size() > kMaxLabelChars) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Records", "That name is too long: %1 characters at most.")
                .arg(kMaxLabelChars));
    }
    return clean;
}

Result<QList<RecordKind>> RecordKindRepository::all(bool includeHidden)
{
    Result<Statement> stmt = m_db.prepare(includeHidden
            ? "SELECT id, ifnull(key, ''), label, builtin, hidden, sort_order FROM record_kind ORDER BY sort_order, id;"
            : "SELECT id, ifnull(key, ''), label, builtin, hidden, sort_order FROM record_kind WHERE hidden = 0 "
              "ORDER BY sort_order, id;");
    if (!stmt) {
        return stmt.error();
    }
    QList<RecordKind> kinds;
    Status s = stmt.value().forEachRow([&](const Statement& row) {
        kinds.append(RecordKind{row.columnInt(0), row.columnText(1), row.columnText(2), row.columnInt(3) != 0,
            row.columnInt(4) != 0, static_cast<int>(row.columnInt(5))});
    });
    if (!s) {
        return s.error();
    }
    return kinds;
}

Result<qint64> RecordKindRepository::add(const QString& label)
{
    Result<QString> clean = checkLabel(label);
    if (!clean) {
        return clean.error();
    }
    Result<Statement> stmt = m_db.prepare("INSERT INTO record_kind (label, sort_order, created_at) "
                                          "SELECT ?1, ifnull(max(sort_order), 0) + 1, ?2 FROM record_kind;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, clean.value()).bind(2, m_clock.nowUtc().toString(Qt::ISODateWithMs));
    if (Status s = stmt.value().run(); !s) {
        return s.error();
    }
    return m_db.lastInsertRowId();
}

Status RecordKindRepository::rename(qint64 id, const QString& label)
{
    Result<QString> clean = checkLabel(label);
    if (!clean) {
        return clean.error();
    }
    Result<Statement> stmt = m_db.prepare("UPDATE record_kind SET label = ?1 WHERE id = ?2;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, clean.value()).bind(2, id);
    if (Status s = stmt.value().run(); !s) {
        return s;
    }
    return m_db.changes() == 0 ? Status(Error::make(
               ErrorCode::NotFound, QCoreApplication::translate("Records", "That kind is no longer in the list.")))
                               : Status();
}

Status RecordKindRepository::setHidden(qint64 id, bool hidden)
{
    Result<Statement> stmt = m_db.prepare("UPDATE record_kind SET hidden = ?1 WHERE id = ?2;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, hidden ? 1 : 0).bind(2, id);
    return stmt.value().run();
}

Status RecordKindRepository::remove(qint64 id)
{
    Result<Statement> stmt = m_db.prepare("DELETE FROM record_kind WHERE id = ?1 AND builtin = 0;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, id);
    if (Status s = stmt.value().run(); !s) {
        return s;
    }
    return m_db.changes() == 0 ? Status(Error::make(ErrorCode::InvalidInput,
               QCoreApplication::translate("Records", "The kinds %1 comes with can be hidden, not deleted.")
                   .arg(appName())))
                               : Status();
}

Result<qint64> RecordKindRepository::ensure(const QString& label)
{
    Result<QString> clean = checkLabel(label);
    if (!clean) {
        return clean.error();
    }
    Result<Statement> find
        = m_db.prepare("SELECT id FROM record_kind WHERE label = ?1 COLLATE NOCASE ORDER BY id LIMIT 1;");
    if (!find) {
        return find.error();
    }
    find.value().bind(1, clean.value());
    Result<Statement::Step> step = find.value().step();
    if (!step) {
        return step.error();
    }
    if (step.value() == Statement::Step::Row) {
        return find.value().columnInt(0);
    }
    find.value().reset();
    return add(clean.value());
}

Result<bool> RecordKindRepository::setBuiltin(const QString& key, const QString& label, bool hidden)
{
    Result<Statement> builtin = m_db.prepare("UPDATE record_kind SET label = ?1, hidden = ?2 WHERE key = ?3;");
    if (!builtin) {
        return builtin.error();
    }
    builtin.value().bind(1, label.trimmed()).bind(2, hidden ? 1 : 0).bind(3, key);
    if (Status s = builtin.value().run(); !s) {
        return s.error();
    }
    return m_db.changes() > 0;
}

} // namespace tideline::records
