// JournalRepository::removeDeletedWords: the slow half of a delete or an edit (migrations 0006, 0007).
#include "core/journal/JournalRepository.h"

#include "core/common/Log.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace tideline::journal {

Status JournalRepository::removeDeletedWords(Database& db)
{
    {
        // Scoped: a statement left open would keep the checkpoint below from running.
        auto waiting = db.queryFirst("SELECT 1 FROM entry_deleted_words LIMIT 1;");
        if (!waiting) {
            return waiting.error();
        }
        if (!waiting.value()) {
            return {};
        }
    }
    {
        Transaction tx(db); // rolled back on every way out but the commit: the words wait on
        if (auto s = tx.begin(); !s) {
            return s;
        }
        // The option lives in the index's config table, so it is switched back off in the same
        // transaction: a failure rolls both back. FTS5's 'delete' takes the exact text that was
        // indexed, kept for it by the delete or the edit. An edited entry still exists: its words
        // as they are now go back in, and searches find it again.
        for (const char* step : {"INSERT INTO entry_fts (entry_fts, rank) VALUES ('secure-delete', 1);",
                 "INSERT INTO entry_fts (entry_fts, rowid, title, body) "
                 "SELECT 'delete', id, title, body FROM entry_deleted_words;",
                 "INSERT INTO entry_fts (rowid, title, body) "
                 "SELECT e.id, e.title, e.body FROM entry_deleted_words AS d JOIN entry AS e ON e.id = d.id;",
                 "DELETE FROM entry_deleted_words;",
                 "INSERT INTO entry_fts (entry_fts, rank) VALUES ('secure-delete', 0);"}) {
            if (auto s = db.exec(step); !s) {
                return s;
            }
        }
        if (auto s = tx.commit(); !s) {
            return s;
        }
    }
    // The words are gone from the index and the table, durably; the log still has the pages
    // that held them until a checkpoint. One that cannot run now (a reader on another
    // connection) runs again on lock.
    if (auto s = db.checkpointTruncate(); !s) {
        qCWarning(lcStorage) << "checkpoint after removing deleted words did not run; it runs again on lock";
    }
    return {};
}

Result<qint64> JournalRepository::deletedWordsWaiting(Database& db)
{
    auto row = db.queryFirst("SELECT count(*) FROM entry_deleted_words;");
    if (!row) {
        return row.error();
    }
    return row.value() ? row.value()->columnInt(0) : 0;
}

} // namespace tideline::journal
