// Records from an import with their own times and history, and deleted records purged for good.
#include "core/attachments/AttachmentStore.h"
#include "core/common/Log.h"
#include "core/records/RecordRepository.h"
#include "core/records/RecordRows.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace tideline::records {

using namespace rows;

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
