#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/records/Record.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>
#include <vector>

namespace tideline {
class Database;
}

namespace tideline::records {

// Incident records in the vault (DESIGN.md section 5.9). Every save is one transaction that also
// keeps the record as saved in its history (record_version), so "written on …, changed on …" and
// each earlier wording can always be shown. Holds no state: make one wherever a database is at
// hand.
//
// Deleting takes two steps in the app and can be undone until the vault locks: remove() only
// marks the record; purgeDeleted() (on lock and unlock) deletes marked records for good.
class RecordRepository
{
public:
    RecordRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    QDate today() const;

    // A new record; its first version is kept with it. Returns its id.
    Result<qint64> create(const RecordFields& fields);
    // Saves the fields; a new version is kept when anything differs from the last one (saving the
    // same thing twice adds nothing). NotFound for a deleted record.
    Status update(qint64 id, const RecordFields& fields);
    Result<Record> get(qint64 id);
    Result<std::optional<qint64>> findByUid(const QString& uid);

    // Newest first by when it happened. from/to (inclusive) are optional.
    Result<std::vector<RecordSummary>> listPage(
        const std::optional<RecordCursor>& after, int limit, const QDate& from = {}, const QDate& to = {});
    Result<qint64> count();
    // The day each of these records happened on, for those still kept (not deleted); the others
    // are not in the answer. For lists that hold ticks across reloads (the summary's records).
    Result<QHash<qint64, QDate>> keptDays(const QList<qint64>& ids);
    // Best matches first, with snippets; empty (never an error) when the text has nothing to find.
    Result<std::vector<RecordHit>> search(const QString& typed, int limit = 50);

    // Every version, oldest first (the first is the record as first written).
    Result<QList<RecordVersion>> history(qint64 id);

    // Marks the record deleted: gone from lists and search, back with undoRemove() until the
    // vault locks.
    Status remove(qint64 id);
    Status undoRemove(qint64 id);

    // Keeps a version after the record's files changed (inside the caller's transaction).
    Status keepVersion(qint64 id);

    // A record from an export, with its own uid and times and its history exactly as it was kept
    // (each version's saved_at and fields as JSON text); with no history, one version of it is
    // kept as saved at updatedAt. The fields were checked by the caller. Returns its id.
    struct Imported
    {
        QString uid;
        QString createdAt;
        QString updatedAt;
        RecordFields fields;
        QList<qint64> kindIds;
        QList<QPair<QString, QString>> history; // saved_at, fields
    };
    Result<qint64> addImported(const Imported& record);

private:
    Status writeKinds(qint64 id, const QList<qint64>& kindIds);
    Result<QStringList> kindLabels(qint64 id);
    Result<QList<VersionFile>> files(qint64 id);
    Result<RecordFields> readFields(qint64 id, bool includeDeleted = false);
    QString nowText() const;

    Database& m_db;
    const Clock& m_clock;
};

// Deletes for good every record marked deleted (with FTS5's secure-delete for this transaction),
// then every attachment left without an owner, then checkpoints the WAL so nothing of them
// lingers. Vault runs it on lock and on unlock (for a session that ended in a crash). Returns
// how many records went.
Result<int> purgeDeletedRecords(Database& db);

} // namespace tideline::records
