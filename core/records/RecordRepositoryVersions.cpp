// RecordRepository: every version of a record kept, and the files each one names.
#include "core/records/RecordRepository.h"
#include "core/records/RecordRows.h"
#include "core/records/RecordText.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tideline::records {

using namespace rows;

Status RecordRepository::keepVersion(qint64 id)
{
    Result<RecordFields> fields = readFields(id);
    if (!fields) {
        return fields.error();
    }
    Result<QStringList> labels = kindLabels(id);
    if (!labels) {
        return labels.error();
    }
    Result<QList<VersionFile>> attached = files(id);
    if (!attached) {
        return attached.error();
    }
    const QString snapshot
        = QString::fromUtf8(QJsonDocument(RecordText::toJson(fields.value(), labels.value(), attached.value()))
                                .toJson(QJsonDocument::Compact));
    Result<Statement> last
        = m_db.prepare("SELECT fields FROM record_version WHERE record_id = ?1 ORDER BY id DESC LIMIT 1;");
    if (!last) {
        return last.error();
    }
    last.value().bind(1, id);
    Result<Statement::Step> step = last.value().step();
    if (!step) {
        return step.error();
    }
    if (step.value() == Statement::Step::Row && last.value().columnText(0) == snapshot) {
        return {}; // nothing changed: no new version, and "changed on" stays as it was
    }
    last.value().reset();
    const QString now = nowText();
    Result<Statement> insert
        = m_db.prepare("INSERT INTO record_version (record_id, saved_at, fields) VALUES (?1, ?2, ?3);");
    if (!insert) {
        return insert.error();
    }
    insert.value().bind(1, id).bind(2, now).bind(3, snapshot);
    if (Status s = insert.value().run(); !s) {
        return s;
    }
    Result<Statement> touch = m_db.prepare("UPDATE record SET updated_at = ?1 WHERE id = ?2;");
    if (!touch) {
        return touch.error();
    }
    touch.value().bind(1, now).bind(2, id);
    return touch.value().run();
}

Result<QList<VersionFile>> RecordRepository::files(qint64 id)
{
    Result<Statement> stmt = m_db.prepare("SELECT name, sha256 FROM attachment WHERE record_id = ?1 ORDER BY id;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, id);
    QList<VersionFile> list;
    Status s = stmt.value().forEachRow([&](const Statement& row) {
        list.append({row.columnText(0), row.columnText(1)});
    });
    if (!s) {
        return s.error();
    }
    return list;
}

Result<QList<RecordVersion>> RecordRepository::history(qint64 id)
{
    if (Result<RecordFields> exists = readFields(id); !exists) {
        return exists.error();
    }
    Result<Statement> stmt
        = m_db.prepare("SELECT id, saved_at, fields FROM record_version WHERE record_id = ?1 ORDER BY id;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, id);
    QList<RecordVersion> versions;
    Status s = stmt.value().forEachRow([&](const Statement& row) {
        RecordVersion v = RecordText::fromJson(QJsonDocument::fromJson(row.columnText(2).toUtf8()).object());
        v.id = row.columnInt(0);
        v.savedAt = timeFrom(row.columnText(1));
        versions.append(std::move(v));
    });
    if (!s) {
        return s.error();
    }
    return versions;
}

} // namespace tideline::records
