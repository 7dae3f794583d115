#include "core/storage/Database.h"

#include "core/common/AppName.h"
#include "core/common/DiskSpace.h"
#include "core/common/Log.h"
#include "core/storage/Sqlite.h"

#include <QFile>

#include <sodium.h>

#include <cstring>
#include <iterator>

namespace tideline {

namespace {

// The raw-key form SQLCipher expects, built in guarded memory: x'<64 hex digits>'.
SecureBuffer rawKeySpec(const SecureBuffer& key)
{
    SecureBuffer spec(3 + key.size() * 2);
    auto* out = reinterpret_cast<char*>(spec.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, key.size() * 2 + 1, key.data(), key.size()); // its NUL lands where the quote goes
    out[spec.size() - 1] = '\'';
    return spec;
}

} // namespace

Database::~Database()
{
    close();
}

Error Database::errorFor(int rc, const char* what) const
{
    const int primary = rc & 0xff;
    qCWarning(lcStorage) << what << "failed:" << sqlite3_errstr(rc); // never the SQL's values
    switch (primary) {
    case SQLITE_FULL:
        return Error::make(ErrorCode::CannotWrite,
            QStringLiteral("The disk is full, so %1 could not save. What you wrote is still "
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
            QStringLiteral("%1 could not write to its data folder. Check that the disk is "
                           "connected and that the folder can be written to.")
                .arg(appName()));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::make(ErrorCode::InUse,
            QStringLiteral("The vault is busy in another %1. Close the other one and try "
                           "again.")
                .arg(appName()));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
        return Error::make(ErrorCode::DamagedDatabase,
            QStringLiteral("This vault's data is damaged and cannot be read. Your PIN was right. "
                           "Nothing has been changed; if you have a backup, you can restore it."));
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
        return Error::make(ErrorCode::InvalidInput, QStringLiteral("That value could not be saved."));
    default:
        return Error::make(ErrorCode::Internal,
            QStringLiteral("Something went wrong inside %1 (%2). Nothing was lost.")
                .arg(appName(), QString::fromUtf8(sqlite3_errstr(rc))));
    }
}

Status Database::open(const QString& path, const SecureBuffer& rawKey, bool create, Locking locking)
{
    close();
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
    // Wipe SQLCipher's own copies of key material as soon as it is done with them.
    if (auto s = exec("PRAGMA cipher_memory_security = ON;"); !s) {
        close();
        return s;
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
    finalizeIdle();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Status Database::exec(const char* sql)
{
    if (!m_db) {
        return Error::make(ErrorCode::NotUnlocked, QStringLiteral("The vault is locked."));
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
        return Error::make(ErrorCode::NotUnlocked, QStringLiteral("The vault is locked."));
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

Status Database::begin()
{
    return exec("BEGIN IMMEDIATE;");
}

Status Database::commit()
{
    return exec("COMMIT;");
}

void Database::rollback()
{
    if (m_db && !sqlite3_get_autocommit(m_db)) {
        sqlite3_exec(m_db, "ROLLBACK;", nullptr, nullptr, nullptr);
    }
}

Status Database::checkpointTruncate()
{
    if (!m_db) {
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

Status Database::exportEncryptedCopy(const QString& path, const SecureBuffer& rawKey)
{
    if (!m_db) {
        return Error::make(ErrorCode::NotUnlocked, QStringLiteral("The vault is locked."));
    }
    // An empty KEY would attach a PLAINTEXT database (an SQLCipher special case): refuse
    // anything but a full raw key.
    if (rawKey.size() != 32) {
        return Error::make(
            ErrorCode::Internal, QStringLiteral("%1 could not prepare the backup's key.").arg(appName()));
    }
    // Raised for this call only; every return below goes through restoreLimit (RAII), so a
    // plain ATTACH anywhere else keeps failing ("too many attached databases").
    struct AttachWindow
    {
        sqlite3* db;
        bool attached = false;
        explicit AttachWindow(sqlite3* handle) : db(handle) { sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 1); }
        ~AttachWindow()
        {
            if (attached) {
                sqlite3_exec(db, "DETACH DATABASE backup;", nullptr, nullptr, nullptr);
            }
            sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
        }
        AttachWindow(const AttachWindow&) = delete;
        AttachWindow& operator=(const AttachWindow&) = delete;
    } window(m_db);

    // The path and the key are bound, never spliced into SQL text. The key goes in as the
    // raw-key spec x'...' from guarded memory (SQLITE_STATIC: SQLite copies it into its own
    // memory, which cipher_memory_security wipes on free); the bindings are cleared at once.
    {
        sqlite3_stmt* attach = nullptr;
        int rc = sqlite3_prepare_v2(m_db, "ATTACH DATABASE ?1 AS backup KEY ?2;", -1, &attach, nullptr);
        if (rc != SQLITE_OK) {
            return errorFor(rc, "attach (prepare)");
        }
        const QByteArray nativePath = QFile::encodeName(path);
        const SecureBuffer spec = rawKeySpec(rawKey);
        sqlite3_bind_text(attach, 1, nativePath.constData(), static_cast<int>(nativePath.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(attach, 2, spec.data(), static_cast<int>(spec.size()), SQLITE_STATIC);
        rc = sqlite3_step(attach);
        sqlite3_clear_bindings(attach);
        sqlite3_finalize(attach);
        if (rc != SQLITE_DONE) {
            return errorFor(rc, "attach");
        }
        window.attached = true;
    }
    // The copy gets SQLCipher 4's settings whatever the library's defaults are (as open() does).
    if (auto s = exec("PRAGMA backup.cipher_compatibility = 4;"); !s) {
        return s;
    }

    // sqlcipher_export lifts defensive mode (and foreign keys) itself for the length of the
    // copy and puts the flags back, so the FTS5 virtual table's schema row is written without
    // turning SQLITE_DBCONFIG_DEFENSIVE off here (tests/core/BackupTest.cpp proves the index
    // works in a restored vault). It does not copy user_version: that is set just after.
    if (auto s = exec("SELECT sqlcipher_export('backup');"); !s) {
        // sqlcipher_export reports a full disk as a plain SQL error ("SQL logic error").
        if (diskLooksFull(path)) {
            return errorFor(SQLITE_FULL, "export");
        }
        return s;
    }
    Result<int> version = userVersion();
    if (!version) {
        return version.error();
    }
    const QByteArray setVersion = "PRAGMA backup.user_version = " + QByteArray::number(version.value()) + ";";
    if (auto s = exec(setVersion.constData()); !s) {
        return s;
    }
    // DETACH here (not only in the guard) so a failure to close the copy is reported.
    const int rc = sqlite3_exec(m_db, "DETACH DATABASE backup;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return errorFor(rc, "detach");
    }
    window.attached = false;
    return {};
}

Status Database::rekey(const SecureBuffer& rawKey)
{
    if (!m_db) {
        return Error::make(ErrorCode::NotUnlocked, QStringLiteral("The vault is locked."));
    }
    const SecureBuffer spec = rawKeySpec(rawKey);
    const int rc = sqlite3_rekey(m_db, spec.data(), static_cast<int>(spec.size()));
    if (rc != SQLITE_OK) {
        return errorFor(rc, "rekey");
    }
    return {};
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

QString Database::sqlcipherVersion()
{
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
