// Database's one audited ATTACH routine (an encrypted copy for backups) and the rekey of a
// restored copy: the two places a second key meets the connection.
#include "core/common/AppName.h"
#include "core/storage/Database.h"

#include "core/common/AppName.h"
#include "core/common/DiskSpace.h"
#include "core/storage/Sqlite.h"

#include <QCoreApplication>
#include <QFile>

namespace tideline {

Status Database::exportEncryptedCopy(const QString& path, const SecureBuffer& rawKey)
{
    if (!m_db) {
        return Error::make(ErrorCode::NotUnlocked, QCoreApplication::translate("Storage", "The vault is locked."));
    }
    // An empty KEY would attach a PLAINTEXT database (an SQLCipher special case): refuse
    // anything but a full raw key.
    if (rawKey.size() != 32) {
        return Error::make(ErrorCode::Internal,
            QCoreApplication::translate("Storage", "%1 could not prepare the backup's key.").arg(appName()));
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
        return Error::make(ErrorCode::NotUnlocked, QCoreApplication::translate("Storage", "The vault is locked."));
    }
    const SecureBuffer spec = rawKeySpec(rawKey);
    const int rc = sqlite3_rekey(m_db, spec.data(), static_cast<int>(spec.size()));
    if (rc != SQLITE_OK) {
        return errorFor(rc, "rekey");
    }
    return {};
}

} // namespace tideline
