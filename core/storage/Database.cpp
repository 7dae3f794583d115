#include "core/storage/Database.h"

#include "core/common/AppName.h"
#include "core/common/DiskSpace.h"
#include "core/common/Log.h"
#include "core/storage/SearchRanking.h"
#include "core/storage/Sqlite.h"
#include "core/storage/SqliteMemory.h"

#include <QCoreApplication>
#include <QFile>

#include <sodium.h>

#include <cstring>
#include <iterator>
#include <limits>

namespace tideline {

// The raw-key form SQLCipher expects, built in guarded memory: x'<64 hex digits>'.
SecureBuffer Database::rawKeySpec(const SecureBuffer& key)
{
    SecureBuffer spec(3 + key.size() * 2);
    auto* out = reinterpret_cast<char*>(spec.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, key.size() * 2 + 1, key.data(), key.size()); // its NUL lands where the quote goes
    out[spec.size() - 1] = '\'';
    return spec;
}

Database::~Database()
{
    close();
}

Error Database::errorFor(int rc, const char* what) const
{
    const int primary = rc & 0xff;
    qCWarning(lcStorage) << what << "failed:" << sqlite3_errstr(rc); // never the SQL's values
    if (rc == SQLITE_IOERR_READ || rc == SQLITE_IOERR_SHORT_READ) {
        // A disk that fails to read (pulled out, failing) is not a folder that cannot be written.
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("Database",
                "%1 could not read its data folder. Check that the disk is connected, then try again. "
                "Nothing was changed.")
                .arg(appName()));
    }
    switch (primary) {
    case SQLITE_FULL:
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("Storage",
                "The disk is full, so %1 could not save. What you wrote is still "
                "here: free some space and try again.")
                .arg(appName()));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_AUTH:
        // A full disk often shows as an I/O error (the shared-memory file cannot be mapped, a
        // journal cannot be made): say what is true.
        if (!m_path.isEmpty() && diskLooksFull(m_path)) {
            return errorFor(SQLITE_FULL, what);
        }
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("Storage",
                "%1 could not write to its data folder. Check that the disk is "
                "connected and that the folder can be written to.")
                .arg(appName()));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        // Only one process opens a vault (Vault::claim), so the other writer is a long task of
        // this one: an import or a restore holding its transaction.
        return Error::make(ErrorCode::InUse,
            QCoreApplication::translate("Storage",
                "%1 is busy with a longer task, such as bringing in a file. Nothing was "
                "lost: try again when it has finished.")
                .arg(appName()));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
        return Error::make(ErrorCode::DamagedDatabase,
            QCoreApplication::translate("Storage",
                "This vault's data is damaged and cannot be read. Your PIN was right. "
                "Nothing has been changed; if you have a backup, you can restore it."));
    case SQLITE_INTERRUPT:
        return Error::make(ErrorCode::Cancelled, QCoreApplication::translate("Storage", "Stopped, as you asked."));
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
        return Error::make(
            ErrorCode::InvalidInput, QCoreApplication::translate("Storage", "That value could not be saved."));
    default:
        return Error::make(ErrorCode::Internal,
            QCoreApplication::translate("Storage", "Something went wrong inside %1 (%2). Nothing was lost.")
                .arg(appName(), QString::fromUtf8(sqlite3_errstr(rc))));
    }
}

Status Database::open(const QString& path, const SecureBuffer& rawKey, bool create, Locking locking)
{
    close();
    const bool memorySecured = secureSqliteMemory();
    const int flags
        = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    const QByteArray nativePath = QFile::encodeName(path);
    m_path = path;
    int rc = sqlite3_open_v2(nativePath.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = errorFor(rc, "open");
        close();
        return error;
    }
    // SQLite's memory (decrypted pages, rows, a search's words) is kept out of swap and wiped on
    // free by the allocator installed before SQLite started (SqliteMemory.h). Only when it could
    // not be installed does SQLCipher's own memory security do it, at a system call per block.
    if (!memorySecured) {
        if (auto s = exec("PRAGMA cipher_memory_security = ON;"); !s) {
            close();
            return s;
        }
    }
    const SecureBuffer spec = rawKeySpec(rawKey);
    rc = sqlite3_key(m_db, spec.data(), static_cast<int>(spec.size()));
    if (rc != SQLITE_OK) {
        Error error = errorFor(rc, "key");
        close();
        return error;
    }
    // Pinned, not left to the library's defaults, which a later SQLCipher (or a system one built
    // otherwise) could change: SQLCipher 4's page size and HMAC-SHA512 pages, and temporary tables
    // and indexes in memory only (the build already says SQLITE_TEMP_STORE=3; this says it again
    // for a system SQLCipher).
    for (const char* pragma : {"PRAGMA cipher_compatibility = 4;", "PRAGMA temp_store = MEMORY;"}) {
        if (auto s = exec(pragma); !s) {
            close();
            return s;
        }
    }
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    // One plan per statement, whatever is bound to it. Without this SQLite 3.51 plans a `LIMIT ?`
    // with the number bound at the time, and so compiles the statement again every time that
    // number is bound: every search and every list page (docs/BENCHMARKS.md, "Statements compiled
    // once, pages far back, one page per keystroke"). Tideline's plans never depend on a bound value.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_QPSG, 1, nullptr);
    // No ATTACH: the one audited backup routine raises this limit for its own use.
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_extended_result_codes(m_db, 1);

    // Before the first read: only then does SQLite keep the WAL index in memory, never mapping -shm.
    if (locking == Locking::Exclusive) {
        if (auto s = exec("PRAGMA locking_mode = EXCLUSIVE;"); !s) {
            close();
            return s;
        }
    }
    // Reading the schema decrypts page 1: a damaged header or wrong key shows up here.
    if (auto s = exec("SELECT count(*) FROM sqlite_schema;"); !s) {
        close();
        return s;
    }
    // The searches' ranking function (SearchRanking.h).
    rc = registerSearchRanking(m_db);
    if (rc != SQLITE_OK) {
        Error error = errorFor(rc, "bm25_order");
        close();
        return error;
    }
    return {};
}

Status Database::configure()
{
    // WAL with synchronous=FULL: a save that returned is on disk, even across power loss.
    for (const char* sql : {"PRAGMA journal_mode = WAL;", "PRAGMA synchronous = FULL;", "PRAGMA foreign_keys = ON;",
             "PRAGMA trusted_schema = OFF;", "PRAGMA secure_delete = ON;"}) {
        if (auto s = exec(sql); !s) {
            return s;
        }
    }
    return {};
}

void Database::close()
{
    m_keepGoing = {};
    m_transactionDepth = 0;
    finalizeIdle();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Status Database::exec(const char* sql)
{
    if (!m_db) {
        return Error::make(ErrorCode::NotUnlocked, QCoreApplication::translate("Storage", "The vault is locked."));
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return errorFor(rc, "exec");
    }
    return {};
}

Result<Statement> Database::prepare(const char* sql)
{
    if (!m_db) {
        return Error::make(ErrorCode::NotUnlocked, QCoreApplication::translate("Storage", "The vault is locked."));
    }
    for (auto it = m_idle.rbegin(); it != m_idle.rend(); ++it) {
        if (std::strcmp(sqlite3_sql(*it), sql) == 0) {
            sqlite3_stmt* reused = *it;
            m_idle.erase(std::next(it).base());
            return Statement(this, reused);
        }
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return errorFor(rc, "prepare");
    }
    return Statement(this, stmt);
}

void Database::release(sqlite3_stmt* stmt)
{
    // Enough for every statement a page uses in a row, few enough that a vault's many
    // one-off statements (migrations, verify) do not pile up.
    constexpr size_t kMaxIdle = 64;
    // A statement of a connection closed meanwhile (or of a zombie one) is just finalised.
    if (m_db == nullptr || sqlite3_db_handle(stmt) != m_db) {
        sqlite3_finalize(stmt);
        return;
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt); // what a person wrote does not stay bound
    if (m_idle.size() >= kMaxIdle) {
        sqlite3_finalize(m_idle.front());
        m_idle.erase(m_idle.begin());
    }
    m_idle.push_back(stmt);
}

void Database::finalizeIdle()
{
    for (sqlite3_stmt* stmt : m_idle) {
        sqlite3_finalize(stmt);
    }
    m_idle.clear();
}

Result<std::optional<Statement>> Database::queryFirst(const char* sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    auto step = stmt.value().step();
    if (!step) {
        return step.error();
    }
    if (step.value() == Statement::Step::Done) {
        return std::optional<Statement>();
    }
    return std::optional<Statement>(std::move(stmt).value());
}

Result<int> Database::userVersion()
{
    auto row = queryFirst("PRAGMA user_version;");
    if (!row) {
        return row.error();
    }
    return row.value() ? static_cast<int>(row.value()->columnInt(0)) : 0;
}

Status Database::setUserVersion(int version)
{
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version) + ";";
    return exec(sql.constData());
}

Status Database::checkpointTruncate()
{
    if (!m_db || m_transactionDepth > 0) {
        return {};
    }
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return errorFor(rc, "checkpoint");
    }
    return {};
}

Status Database::integrityCheck()
{
    // cipher_integrity_check lists one row per page whose HMAC fails; none means intact.
    auto cipherProblem = queryFirst("PRAGMA cipher_integrity_check;");
    if (!cipherProblem) {
        return cipherProblem.error();
    }
    if (cipherProblem.value()) {
        return errorFor(SQLITE_CORRUPT, "cipher_integrity_check");
    }
    auto verdict = queryFirst("PRAGMA integrity_check;");
    if (!verdict) {
        return verdict.error();
    }
    if (!verdict.value() || verdict.value()->columnText(0) != QStringLiteral("ok")) {
        return errorFor(SQLITE_CORRUPT, "integrity_check");
    }
    return {};
}

Status Database::writeBlob(
    const char* table, const char* column, qint64 rowid, qsizetype offset, const char* data, qsizetype size)
{
    if (!m_db) {
        return Error::make(ErrorCode::NotUnlocked, QCoreApplication::translate("Storage", "The vault is locked."));
    }
    if (size < 0 || offset < 0 || offset + size > std::numeric_limits<int>::max()) {
        return errorFor(SQLITE_TOOBIG, "blob write");
    }
    sqlite3_blob* blob = nullptr;
    int rc = sqlite3_blob_open(m_db, "main", table, column, rowid, 1, &blob);
    if (rc == SQLITE_OK) {
        rc = sqlite3_blob_write(blob, data, static_cast<int>(size), static_cast<int>(offset));
    }
    const int closed = sqlite3_blob_close(blob);
    if (rc == SQLITE_OK) {
        rc = closed;
    }
    if (rc != SQLITE_OK) {
        return errorFor(rc, "blob write");
    }
    return {};
}

void Database::setBusyTimeout(int milliseconds)
{
    if (m_db) {
        sqlite3_busy_timeout(m_db, milliseconds);
    }
}

void Database::setProgressHandler(std::function<bool()> keepGoing)
{
    m_keepGoing = std::move(keepGoing);
    if (!m_db) {
        return;
    }
    if (!m_keepGoing) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    // A non-zero answer interrupts the statement (SQLITE_INTERRUPT, mapped to Cancelled).
    constexpr int kSteps = 20000;
    sqlite3_progress_handler(
        m_db, kSteps, [](void* self) { return static_cast<Database*>(self)->m_keepGoing() ? 0 : 1; }, this);
}

void Database::interrupt()
{
    if (m_db) {
        sqlite3_interrupt(m_db);
    }
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

bool Database::secureSqliteMemory()
{
    const bool installed = installSqliteMemory();
    static std::atomic<bool> warned{false};
    if (installed && sqliteMemoryFigures().unlockedAreas > 0 && !warned.exchange(true)) {
        // Past the user's memory lock limit (ulimit -l): still wiped on free, but could be swapped.
        qCWarning(lcStorage) << "part of the database's memory could not be locked out of swap: the memory lock"
                                " limit (ulimit -l) is reached";
    }
    return installed;
}

QString Database::sqlcipherVersion()
{
    secureSqliteMemory();
    sqlite3* db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version;", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW) {
            version = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return version;
}

QString Database::sqliteVersion()
{
    return QString::fromUtf8(sqlite3_libversion());
}

} // namespace tideline
