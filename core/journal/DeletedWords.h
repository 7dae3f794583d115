#pragma once

#include "core/common/Result.h"

namespace tideline {
class Database;
}

namespace tideline::journal {

// A deleted entry's words, set aside by the delete (migration 0006), leave the full-text index
// here: with FTS5's secure-delete, so no index page keeps them, then a WAL checkpoint, so the
// log keeps none either. This is the slow half of a delete (about 50 ms on a 10-year vault, all
// of it rewriting index pages), split off so the person never waits for it: the app runs it on a
// connection of its own right after each delete (app/journal/DeletedWordsRemover), the CLI
// right after its delete, an unlock and a lock whenever words are still waiting, and an
// encrypted backup before it copies the vault.
//
// Removes the words of every entry waiting, in one transaction; when none waits it costs one
// small read and writes nothing. Safe on any connection of the vault.
Status removeDeletedWords(Database& db);

// How many deleted entries' words are still in the index (tests and the bench).
Result<qint64> deletedWordsWaiting(Database& db);

} // namespace tideline::journal
