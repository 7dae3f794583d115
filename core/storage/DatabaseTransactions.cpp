// Database's transactions: the outermost is BEGIN IMMEDIATE … COMMIT, the ones inside it
// savepoints, so repositories that open their own can be called inside an importer's one
// transaction (core/storage/Transaction.h) and a mistake anywhere leaves nothing behind.
#include "core/storage/Database.h"

#include "core/storage/Sqlite.h"

#include <QCoreApplication>

namespace tideline {

namespace {

// Savepoint statements by depth: fixed texts, so the statement cache keeps them compiled.
constexpr int kMaxDepth = 8;
constexpr const char* kSavepoint[kMaxDepth]
    = {nullptr, "SAVEPOINT tideline_1;", "SAVEPOINT tideline_2;", "SAVEPOINT tideline_3;", "SAVEPOINT tideline_4;",
        "SAVEPOINT tideline_5;", "SAVEPOINT tideline_6;", "SAVEPOINT tideline_7;"};
constexpr const char* kRelease[kMaxDepth] = {nullptr, "RELEASE tideline_1;", "RELEASE tideline_2;",
    "RELEASE tideline_3;", "RELEASE tideline_4;", "RELEASE tideline_5;", "RELEASE tideline_6;", "RELEASE tideline_7;"};
constexpr const char* kRollbackTo[kMaxDepth]
    = {nullptr, "ROLLBACK TO tideline_1;", "ROLLBACK TO tideline_2;", "ROLLBACK TO tideline_3;",
        "ROLLBACK TO tideline_4;", "ROLLBACK TO tideline_5;", "ROLLBACK TO tideline_6;", "ROLLBACK TO tideline_7;"};

} // namespace

Status Database::runCached(const char* sql)
{
    Result<Statement> st = prepare(sql);
    if (!st) {
        return st.error();
    }
    return st.value().run();
}

Status Database::beginTransaction()
{
    if (!m_db) {
        return Error::make(ErrorCode::NotUnlocked, QCoreApplication::translate("Storage", "The vault is locked."));
    }
    if (m_transactionDepth > 0 && sqlite3_get_autocommit(m_db)) {
        // SQLite ended the outer transaction itself (disk full, I/O error): a savepoint now
        // would quietly start a new one, outside the caller's all-or-nothing.
        return errorFor(SQLITE_ABORT, "savepoint");
    }
    if (m_transactionDepth >= kMaxDepth - 1) {
        return errorFor(SQLITE_ABORT, "savepoint depth");
    }
    const Status begun = m_transactionDepth == 0 ? exec("BEGIN IMMEDIATE;") : runCached(kSavepoint[m_transactionDepth]);
    if (begun) {
        ++m_transactionDepth;
    }
    return begun;
}

Status Database::commitTransaction()
{
    if (m_transactionDepth <= 0) {
        return errorFor(SQLITE_MISUSE, "commit");
    }
    const Status done = m_transactionDepth == 1 ? exec("COMMIT;") : runCached(kRelease[m_transactionDepth - 1]);
    if (done) {
        --m_transactionDepth;
    }
    return done;
}

void Database::rollbackTransaction()
{
    if (m_transactionDepth <= 0) {
        return;
    }
    if (m_db && m_transactionDepth > 1 && !sqlite3_get_autocommit(m_db)) {
        // Back to where this inner transaction began; the outer one goes on (or rolls back too).
        (void)runCached(kRollbackTo[m_transactionDepth - 1]);
        (void)runCached(kRelease[m_transactionDepth - 1]);
        --m_transactionDepth;
        return;
    }
    if (m_db && !sqlite3_get_autocommit(m_db)) {
        sqlite3_exec(m_db, "ROLLBACK;", nullptr, nullptr, nullptr);
    }
    // The outermost, or one SQLite already rolled back: nothing of it is left open.
    m_transactionDepth = 0;
}

} // namespace tideline
