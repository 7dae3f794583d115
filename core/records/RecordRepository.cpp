#include "core/records/RecordRepository.h"

#include "core/attachments/AttachmentStore.h"
#include "core/common/Day.h"
#include "core/common/Log.h"
#include "core/crypto/Sodium.h"
#include "core/journal/EntryText.h"
#include "core/records/RecordText.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <sodium.h>

namespace tideline::records {

namespace {

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

Error notFound()
{
    return Error::make(ErrorCode::NotFound, QCoreApplication::translate("Records", "That record is no longer there."));
}

QString randomUid()
{
    ensureSodium();
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex());
}

void bindOptionalBool(Statement& stmt, int index, const std::optional<bool>& value)
{
    if (value) {
        stmt.bind(index, *value ? 1 : 0);
    } else {
        stmt.bindNull(index);
    }
}

// day, time, approximate, place, what_happened, injuries, witnesses, told, saw_doctor, reported,
// is_sensitive from parameter `first` on.
void bindFields(Statement& stmt, int first, const RecordFields& f, const QDate& day)
{
    stmt.bind(first, day.toString(Qt::ISODate));
    if (f.time.isValid()) {
        stmt.bind(first + 1, f.time.toString(QStringLiteral("HH:mm")));
    } else {
        stmt.bindNull(first + 1);
    }
    stmt.bind(first + 2, f.approximate ? 1 : 0)
        .bind(first + 3, journal::EntryText::clean(f.place))
        .bind(first + 4, journal::EntryText::clean(f.whatHappened))
        .bind(first + 5, journal::EntryText::clean(f.injuries))
        .bind(first + 6, journal::EntryText::clean(f.witnesses))
        .bind(first + 7, journal::EntryText::clean(f.told));
    bindOptionalBool(stmt, first + 8, f.sawDoctor);
    bindOptionalBool(stmt, first + 9, f.reported);
    stmt.bind(first + 10, f.sensitive ? 1 : 0);
}

std::optional<bool> optionalBool(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<bool>(row.columnInt(column) != 0);
}

// The first line of what happened, for lists.
QString headlineOf(const QString& text)
{
    const QString firstLine = text.section(u'\n', 0, 0, QString::SectionSkipEmpty).simplified();
    return firstLine.left(200);
}

constexpr const char* kSummaryColumns
    = "r.id, r.occurred_day, ifnull(r.occurred_time, ''), r.approximate, substr(r.what_happened, 1, 400), r.place, "
      "r.is_sensitive, r.created_at, r.updated_at, "
      "(SELECT group_concat(label, char(31)) FROM (SELECT k.label FROM record_kind_link AS l "
      "   JOIN record_kind AS k ON k.id = l.kind_id WHERE l.record_id = r.id ORDER BY k.sort_order, k.id)), "
      "(SELECT count(*) FROM attachment AS a WHERE a.record_id = r.id)";

RecordSummary readSummary(const Statement& row)
{
    RecordSummary s;
    s.id = row.columnInt(0);
    s.day = QDate::fromString(row.columnText(1), Qt::ISODate);
    s.time = row.columnText(2);
    s.approximate = row.columnInt(3) != 0;
    s.headline = headlineOf(row.columnText(4));
    s.place = row.columnText(5).simplified().left(200);
    s.sensitive = row.columnInt(6) != 0;
    s.createdAt = timeFrom(row.columnText(7));
    s.updatedAt = timeFrom(row.columnText(8));
    if (!row.isNull(9)) {
        s.kindLabels = row.columnText(9).split(QChar(31));
    }
    s.attachmentCount = static_cast<int>(row.columnInt(10));
    return s;
}

} // namespace

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

Result<std::vector<RecordSummary>> RecordRepository::listPage(
    const std::optional<RecordCursor>& after, int limit, const QDate& from, const QDate& to)
{
    const QByteArray sql = QByteArray("SELECT ") + kSummaryColumns
        + " FROM record AS r WHERE r.deleted_at IS NULL"
          " AND (?1 IS NULL OR (r.occurred_day, ifnull(r.occurred_time, ''), r.id) < (?1, ?2, ?3))"
          " AND (?4 IS NULL OR r.occurred_day >= ?4) AND (?5 IS NULL OR r.occurred_day <= ?5)"
          " ORDER BY r.occurred_day DESC, ifnull(r.occurred_time, '') DESC, r.id DESC LIMIT ?6;";
    Result<Statement> stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    Statement& s = stmt.value();
    if (after) {
        s.bind(1, after->day.toString(Qt::ISODate)).bind(2, after->time).bind(3, after->id);
    }
    if (from.isValid()) {
        s.bind(4, from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        s.bind(5, to.toString(Qt::ISODate));
    }
    s.bind(6, qBound(1, limit, 1000));
    std::vector<RecordSummary> rows;
    Status status = s.forEachRow([&](const Statement& row) { rows.push_back(readSummary(row)); });
    if (!status) {
        return status.error();
    }
    return rows;
}

Result<qint64> RecordRepository::count()
{
    Result<std::optional<Statement>> row = m_db.queryFirst("SELECT count(*) FROM record WHERE deleted_at IS NULL;");
    if (!row) {
        return row.error();
    }
    return row.value() ? row.value()->columnInt(0) : 0;
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

Result<qint64> RecordRepository::addImported(const Imported& record)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s.error();
    }
    // The record with its own times: when it was written is part of what it says.
    Result<Statement> insert = m_db.prepare(
        "INSERT INTO record (uid, created_at, updated_at, occurred_day, occurred_time, approximate, place, "
        "what_happened, injuries, witnesses, told, saw_doctor, reported, is_sensitive) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14);");
    if (!insert) {
        return insert.error();
    }
    const RecordFields& f = record.fields;
    Statement& st = insert.value();
    st.bind(1, record.uid).bind(2, record.createdAt).bind(3, record.updatedAt).bind(4, f.day.toString(Qt::ISODate));
    f.time.isValid() ? st.bind(5, f.time.toString(QStringLiteral("HH:mm"))) : st.bindNull(5);
    st.bind(6, f.approximate ? 1 : 0).bind(7, f.place).bind(8, f.whatHappened).bind(9, f.injuries);
    st.bind(10, f.witnesses).bind(11, f.told);
    f.sawDoctor ? st.bind(12, *f.sawDoctor ? 1 : 0) : st.bindNull(12);
    f.reported ? st.bind(13, *f.reported ? 1 : 0) : st.bindNull(13);
    st.bind(14, f.sensitive ? 1 : 0);
    if (Status s = st.run(); !s) {
        return s.error();
    }
    const qint64 id = m_db.lastInsertRowId();
    if (Status s = writeKinds(id, record.kindIds); !s) {
        return s.error();
    }
    Result<Statement> version
        = m_db.prepare("INSERT INTO record_version (record_id, saved_at, fields) VALUES (?1, ?2, ?3);");
    if (!version) {
        return version.error();
    }
    for (const auto& [savedAt, fields] : record.history) {
        version.value().reset();
        version.value().bind(1, id).bind(2, savedAt).bind(3, fields);
        if (Status s = version.value().run(); !s) {
            return s.error();
        }
    }
    if (record.history.isEmpty()) {
        const ManualClock savedAt(QDateTime::fromString(record.updatedAt, Qt::ISODateWithMs));
        if (Status s = RecordRepository(m_db, savedAt).keepVersion(id); !s) {
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Result<int> purgeDeletedRecords(Database& db)
{
    // Read first: at nearly every unlock there is nothing to do, and then nothing is written.
    Result<std::optional<Statement>> any = db.queryFirst("SELECT 1 FROM record WHERE deleted_at IS NOT NULL;");
    if (!any) {
        return any.error();
    }
    const bool recordsToGo = any.value().has_value();
    any.value().reset();
    int removed = 0;
    if (recordsToGo) {
        Transaction tx(db);
        if (Status s = tx.begin(); !s) {
            return s.error();
        }
        // As for journal entries (migration 0001): secure-delete for this transaction only.
        for (const char* sql : {"INSERT INTO record_fts (record_fts, rank) VALUES ('secure-delete', 1);",
                 "DELETE FROM record WHERE deleted_at IS NOT NULL;"}) {
            if (Status s = db.exec(sql); !s) {
                return s.error();
            }
        }
        removed = db.changes();
        if (Status s = db.exec("INSERT INTO record_fts (record_fts, rank) VALUES ('secure-delete', 0);"); !s) {
            return s.error();
        }
        if (Status s = tx.commit(); !s) {
            return s.error();
        }
    }
    Result<int> files = attachments::AttachmentStore(db, SystemClock::instance()).purgeUnowned();
    if (!files) {
        return files.error();
    }
    if (removed > 0 && files.value() == 0) {
        if (Status s = db.checkpointTruncate(); !s) {
            qCWarning(lcStorage) << "checkpoint after deleting records did not run; it runs again on lock";
        }
    }
    return removed;
}

} // namespace tideline::records
