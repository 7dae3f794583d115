#include "core/records/RecordRepository.h"
#include "core/records/RecordRows.h"

#include "core/common/Day.h"
#include "core/records/RecordText.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace tideline::records {

using namespace rows;

QDate RecordRepository::today() const
{
    return Day::today(m_clock);
}

QString RecordRepository::nowText() const
{
    return timeText(m_clock.nowUtc());
}

Result<qint64> RecordRepository::create(const RecordFields& fields)
{
    if (Status ok = RecordText::validate(fields, today()); !ok) {
        return ok.error();
    }
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s.error();
    }
    Result<Statement> stmt = m_db.prepare(
        "INSERT INTO record (uid, created_at, updated_at, occurred_day, occurred_time, approximate, place, "
        "what_happened, injuries, witnesses, told, saw_doctor, reported, is_sensitive) "
        "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13);");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, randomUid()).bind(2, nowText());
    bindFields(stmt.value(), 3, fields, fields.day.isValid() ? fields.day : today());
    if (Status s = stmt.value().run(); !s) {
        return s.error();
    }
    const qint64 id = m_db.lastInsertRowId();
    if (Status s = writeKinds(id, fields.kindIds); !s) {
        return s.error();
    }
    if (Status s = keepVersion(id); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status RecordRepository::update(qint64 id, const RecordFields& fields)
{
    if (Status ok = RecordText::validate(fields, today()); !ok) {
        return ok;
    }
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    Result<Statement> stmt = m_db.prepare(
        "UPDATE record SET occurred_day = ?1, occurred_time = ?2, approximate = ?3, place = ?4, what_happened = ?5, "
        "injuries = ?6, witnesses = ?7, told = ?8, saw_doctor = ?9, reported = ?10, is_sensitive = ?11 "
        "WHERE id = ?12 AND deleted_at IS NULL;");
    if (!stmt) {
        return stmt.error();
    }
    bindFields(stmt.value(), 1, fields, fields.day.isValid() ? fields.day : today());
    stmt.value().bind(12, id);
    if (Status s = stmt.value().run(); !s) {
        return s;
    }
    if (m_db.changes() == 0) {
        return notFound();
    }
    if (Status s = writeKinds(id, fields.kindIds); !s) {
        return s;
    }
    if (Status s = keepVersion(id); !s) {
        return s;
    }
    return tx.commit();
}

Status RecordRepository::writeKinds(qint64 id, const QList<qint64>& kindIds)
{
    Result<Statement> clear = m_db.prepare("DELETE FROM record_kind_link WHERE record_id = ?1;");
    if (!clear) {
        return clear.error();
    }
    clear.value().bind(1, id);
    if (Status s = clear.value().run(); !s) {
        return s;
    }
    Result<Statement> link = m_db.prepare(
        "INSERT OR IGNORE INTO record_kind_link (record_id, kind_id) SELECT ?1, id FROM record_kind WHERE id = ?2;");
    if (!link) {
        return link.error();
    }
    for (const qint64 kind : kindIds) {
        link.value().reset();
        link.value().bind(1, id).bind(2, kind);
        if (Status s = link.value().run(); !s) {
            return s;
        }
    }
    return {};
}

Result<QStringList> RecordRepository::kindLabels(qint64 id)
{
    Result<Statement> stmt = m_db.prepare("SELECT k.label FROM record_kind_link AS l JOIN record_kind AS k ON k.id = "
                                          "l.kind_id WHERE l.record_id = ?1 ORDER BY k.sort_order, k.id;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, id);
    QStringList labels;
    Status s = stmt.value().forEachRow([&](const Statement& row) { labels.append(row.columnText(0)); });
    if (!s) {
        return s.error();
    }
    return labels;
}

Result<RecordFields> RecordRepository::readFields(qint64 id, bool includeDeleted)
{
    Result<Statement> stmt = m_db.prepare(
        "SELECT occurred_day, occurred_time, approximate, place, what_happened, injuries, witnesses, told, saw_doctor, "
        "reported, is_sensitive, deleted_at IS NOT NULL FROM record WHERE id = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    Statement& row = stmt.value();
    row.bind(1, id);
    Result<Statement::Step> step = row.step();
    if (!step) {
        return step.error();
    }
    if (step.value() == Statement::Step::Done || (row.columnInt(11) != 0 && !includeDeleted)) {
        return notFound();
    }
    RecordFields f;
    f.day = QDate::fromString(row.columnText(0), Qt::ISODate);
    if (!row.isNull(1)) {
        f.time = QTime::fromString(row.columnText(1), QStringLiteral("HH:mm"));
    }
    f.approximate = row.columnInt(2) != 0;
    f.place = row.columnText(3);
    f.whatHappened = row.columnText(4);
    f.injuries = row.columnText(5);
    f.witnesses = row.columnText(6);
    f.told = row.columnText(7);
    f.sawDoctor = optionalBool(row, 8);
    f.reported = optionalBool(row, 9);
    f.sensitive = row.columnInt(10) != 0;
    row.reset();
    Result<Statement> kinds
        = m_db.prepare("SELECT l.kind_id FROM record_kind_link AS l JOIN record_kind AS k ON k.id = "
                       "l.kind_id WHERE l.record_id = ?1 ORDER BY k.sort_order, k.id;");
    if (!kinds) {
        return kinds.error();
    }
    kinds.value().bind(1, id);
    Status s = kinds.value().forEachRow([&](const Statement& r) { f.kindIds.append(r.columnInt(0)); });
    if (!s) {
        return s.error();
    }
    return f;
}

Result<Record> RecordRepository::get(qint64 id)
{
    Result<RecordFields> fields = readFields(id);
    if (!fields) {
        return fields.error();
    }
    Record record;
    record.id = id;
    record.fields = std::move(fields).value();
    Result<Statement> stmt = m_db.prepare("SELECT uid, created_at, updated_at FROM record WHERE id = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, id);
    Result<Statement::Step> step = stmt.value().step();
    if (!step) {
        return step.error();
    }
    record.uid = stmt.value().columnText(0);
    record.createdAt = timeFrom(stmt.value().columnText(1));
    record.updatedAt = timeFrom(stmt.value().columnText(2));
    stmt.value().reset();
    Result<QStringList> labels = kindLabels(id);
    if (!labels) {
        return labels.error();
    }
    record.kindLabels = labels.value();
    Result<Statement> versions = m_db.prepare("SELECT saved_at FROM record_version WHERE record_id = ?1 ORDER BY id;");
    if (!versions) {
        return versions.error();
    }
    versions.value().bind(1, id);
    bool first = true;
    Status s = versions.value().forEachRow([&](const Statement& row) {
        if (!first) {
            record.changedAt.append(timeFrom(row.columnText(0)));
        }
        first = false;
    });
    if (!s) {
        return s.error();
    }
    return record;
}

Result<std::optional<qint64>> RecordRepository::findByUid(const QString& uid)
{
    Result<Statement> stmt = m_db.prepare("SELECT id FROM record WHERE uid = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, uid);
    Result<Statement::Step> step = stmt.value().step();
    if (!step) {
        return step.error();
    }
    if (step.value() == Statement::Step::Done) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(stmt.value().columnInt(0));
}

Status RecordRepository::remove(qint64 id)
{
    Result<Statement> stmt = m_db.prepare("UPDATE record SET deleted_at = ?1 WHERE id = ?2 AND deleted_at IS NULL;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, nowText()).bind(2, id);
    if (Status s = stmt.value().run(); !s) {
        return s;
    }
    return m_db.changes() == 0 ? Status(notFound()) : Status();
}

Status RecordRepository::undoRemove(qint64 id)
{
    Result<Statement> stmt
        = m_db.prepare("UPDATE record SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, id);
    if (Status s = stmt.value().run(); !s) {
        return s;
    }
    return m_db.changes() == 0 ? Status(Error::make(ErrorCode::NotFound,
               QCoreApplication::translate("Records", "That record can no longer be brought back.")))
                               : Status();
}

} // namespace tideline::records
