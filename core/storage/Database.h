#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tideline {

class Statement;

// One SQLCipher connection with Tideline's settings (DESIGN.md section 3): memory locked and wiped,
// a raw 256-bit key, WAL with synchronous=FULL, trusted_schema off, defensive mode, no ATTACH.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // How the connection shares the file. Exclusive keeps WAL's index in this process's memory
    // instead of the -shm file, so a vault can still be read when the disk has no room for that
    // file (issue 19, section 7); Tideline holds its vault alone anyway (the lock file).
    enum class Locking { Shared, Exclusive };

    // Opens (or, with create, makes) the file and applies the raw key. Reads the header so
    // a damaged file is found here. Does not change the file: see configure().
    Status open(const QString& path, const SecureBuffer& rawKey, bool create, Locking locking = Locking::Shared);
    // WAL, synchronous=FULL and the other per-connection settings; may write the header.
    Status configure();
    void close();
    bool isOpen() const { return m_db != nullptr; }

    Status exec(const char* sql);
    // Prepared statements are kept for reuse: a Statement hands its compiled program back here
    // when it goes out of scope (reset, bindings cleared), and the next prepare() of the same
    // SQL takes it instead of compiling again: compiling a statement (with its FTS5 triggers)
    // was the larger part of a save. Only SQL text is a key: nothing bound is kept.
    Result<Statement> prepare(const char* sql);
    // Prepares and steps once: the statement on its first row, or nullopt when there is none.
    Result<std::optional<Statement>> queryFirst(const char* sql);

    // Prepares sql and calls onRow(row) for each row it returns; the first error stops it.
    template<typename OnRow>
    Status forEachRow(const char* sql, OnRow&& onRow);

    Result<int> userVersion();
    Status setUserVersion(int version);

    // Transactions nest (use Transaction, which pairs these). The outermost is BEGIN IMMEDIATE
    // … COMMIT; one begun inside it is a SAVEPOINT, released on commit and rolled back to on
    // failure. So a repository's own transaction joins its caller's (an import's, the demo's)
    // and the caller's all-or-nothing holds, while a call on its own still stands alone.
    Status beginTransaction();
    Status commitTransaction();
    void rollbackTransaction();
    // How many transactions are open now: 0 outside one, 1 in the outermost.
    int transactionDepth() const { return m_transactionDepth; }

    // Moves the WAL into the database and truncates it, so deleted text does not linger. Inside
    // a transaction it cannot run and is left for later (the next delete, or the lock).
    Status checkpointTruncate();

    // PRAGMA cipher_integrity_check, then PRAGMA integrity_check.
    Status integrityCheck();

    // THE one audited ATTACH routine (DESIGN.md section 3), for encrypted backups: writes a
    // complete copy of this database, with its user_version, into an EMPTY file at path (made by
    // the caller: ATTACH cannot create files on a connection opened without create), encrypted
    // by SQLCipher under rawKey (exactly 32 bytes). ATTACH is allowed only for the length of
    // this call; the copy is DETACHed and the limit put back to 0 on every path. The caller
    // owns the file at path (and removes it on failure); this call never deletes files.
    Status exportEncryptedCopy(const QString& path, const SecureBuffer& rawKey);
    // Re-encrypts every page under a new raw 32-byte key (PRAGMA rekey); for a restored backup
    // before it becomes a vault's database. The connection must not be in WAL mode.
    Status rekey(const SecureBuffer& rawKey);

    // Writes bytes at offset into a blob already in place (inserted as zeroblob(n)), without
    // SQLite building a copy of the whole row first: a file's 256 KB chunk is filled from one
    // small buffer, a piece at a time.
    Status writeBlob(
        const char* table, const char* column, qint64 rowid, qsizetype offset, const char* data, qsizetype size);
    // How long a statement waits for another connection's write to end before it answers
    // "busy" (0, the default: at once). A long task's own connection waits; the window's does not.
    void setBusyTimeout(int milliseconds);
    // For long tasks on their own connection: while set, every statement polls `keepGoing` about
    // every 20,000 SQLite steps (a long export, re-key or check also reports from there) and ends
    // with ErrorCode::Cancelled as soon as it answers false. An empty function removes it.
    void setProgressHandler(std::function<bool()> keepGoing);
    // Asks the statement running now (on any thread) to stop; it ends with ErrorCode::Cancelled.
    void interrupt();

    // What a write that met a full disk may do before it is tried once more (the vault frees its
    // reserve file: core/vault/DiskReserve): true when room was made. See writeWithRoom().
    void setRoomMaker(std::function<bool()> makeRoom) { m_makeRoom = std::move(makeRoom); }
    bool makeRoom() const { return m_makeRoom && m_makeRoom(); }

    qint64 lastInsertRowId() const;
    int changes() const;

    sqlite3* handle() { return m_db; }

    // Turns an SQLite result code into a typed error with a plain message.
    Error errorFor(int rc, const char* what) const;

    static QString sqlcipherVersion(); // PRAGMA cipher_version on a throwaway connection
    static QString sqliteVersion();

private:
    friend class Statement;
    // Takes back a statement after use; keeps it for the next prepare() of its SQL.
    void release(sqlite3_stmt* stmt);
    void finalizeIdle();

    // Runs one statement of the transaction machinery through the statement cache.
    Status runCached(const char* sql);
    // The raw-key form SQLCipher expects, built in guarded memory: x'<64 hex digits>'.
    static SecureBuffer rawKeySpec(const SecureBuffer& key);
    // Installs the locked, wiping allocator before SQLite's first use (SqliteMemory.h); false
    // when SQLite had started without it. Warns once when the memory lock limit was reached.
    static bool secureSqliteMemory();

    sqlite3* m_db = nullptr;
    QString m_path; // the file opened last: where to look when an I/O error may be a full disk
    std::vector<sqlite3_stmt*> m_idle; // reset, unbound, ready to reuse; newest last
    int m_transactionDepth = 0;
    std::function<bool()> m_keepGoing; // set by setProgressHandler
    std::function<bool()> m_makeRoom; // set by setRoomMaker
};

// A prepared statement; move-only. On destruction it goes back to its Database for reuse, so
// it must not outlive that Database object (it may outlive the connection: then it is finalised).
class Statement
{
public:
    enum class Step { Row, Done };

    Statement() = default;
    Statement(Database* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& text);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);

    Result<Step> step();
    // Steps once, for a query of at most one row: true when there is a row (read it with the
    // column… functions), false when there is none.
    Result<bool> nextRow();
    // Steps until done; for INSERT/UPDATE/DELETE.
    Status run();
    // Steps to the end, calling onRow(*this) for each row; the first error stops it.
    template<typename OnRow>
    Status forEachRow(OnRow&& onRow)
    {
        for (;;) {
            Result<Step> next = step();
            if (!next) {
                return next.error();
            }
            if (next.value() == Step::Done) {
                return {};
            }
            onRow(*this);
        }
    }
    void reset();

    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    // The blob where SQLite holds it, valid until the next step() or reset(): for copying out
    // one piece at a time without an intermediate copy.
    QByteArrayView columnBlobView(int column) const;

private:
    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = 0;
};

template<typename OnRow>
Status Database::forEachRow(const char* sql, OnRow&& onRow)
{
    Result<Statement> st = prepare(sql);
    if (!st) {
        return st.error();
    }
    return st.value().forEachRow(std::forward<OnRow>(onRow));
}

} // namespace tideline
