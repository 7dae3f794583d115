#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"
#include "core/crypto/KdfParams.h"
#include "core/exchange/BackupFile.h"

#include <QString>

#include <optional>

namespace tideline {
class Database;
}

namespace tideline::exchange {

// Writing an encrypted backup (DESIGN.md sections 3 and 5.5): the vault's database, exported
// by SQLCipher under a key from a backup passphrase the person chooses, inside a small
// authenticated file (BackupFile.h). The file stays encrypted wherever it goes.
//
// Three steps, so an app can keep its window alive: the key (Argon2id, ~1 s, any thread), the
// export (SQL, on the database's own thread), the file (I/O only, any thread). backupVault()
// runs the three in a row.

// Step 1. The backup passphrase's keys, with a fresh salt. kdf defaults to calibrating
// Argon2id on this machine. InvalidInput when the passphrase is too short.
struct BackupSecret
{
    BackupHeader header; // kdf and salt set; the rest is filled by the later steps
    BackupKeys keys;
};
Result<BackupSecret> prepareBackupSecret(const SecureBuffer& passphrase, std::optional<KdfParams> kdf = std::nullopt);

// The exported database, in a temporary file inside the vault's folder, removed when this
// object goes (on success and on every failure). Why the vault's folder: it is Tideline's own,
// owner-only folder, not the place the person picked (a USB stick, a synced folder), and a file
// left there by a process that died is removed by the next backup (sweepStaleBackupParts).
class BackupBody
{
public:
    BackupBody() = default;
    explicit BackupBody(QString path) : m_path(std::move(path)) {}
    ~BackupBody();
    BackupBody(BackupBody&& other) noexcept;
    BackupBody& operator=(BackupBody&& other) noexcept;
    BackupBody(const BackupBody&) = delete;
    BackupBody& operator=(const BackupBody&) = delete;

    const QString& path() const { return m_path; }
    int schemaVersion = 0;

private:
    void remove();
    QString m_path;
};

// The name every temporary backup export starts with, so a leftover is recognised.
QString backupPartPrefix();
// Removes leftovers of a backup that did not finish (a crash, power loss). Call only while
// holding the vault's claim, so no other Tideline is exporting into the same folder.
void sweepStaleBackupParts(const QString& vaultDir);

// Step 2, on the database's thread: the checks on the target, then the export.
Status checkBackupTarget(const QString& target, bool overwrite);
// With progress: the copy's size against the vault's, and a stop asked for interrupts SQLCipher's
// export (Cancelled; the temporary copy is removed).
Result<BackupBody> exportBackupBody(Database& db, const QString& vaultDir, const BackupSecret& secret);
Result<BackupBody> exportBackupBody(
    Database& db, const QString& vaultDir, const BackupSecret& secret, Progress& progress);

// Step 3: header + body + MAC into target, atomically (a temporary file beside it, fsync,
// rename), readable by its owner only. Never leaves a partial file at target.
Status writeBackupFile(const BackupBody& body, const BackupSecret& secret, const QString& target, bool overwrite);
Status writeBackupFile(
    const BackupBody& body, const BackupSecret& secret, const QString& target, bool overwrite, Progress& progress);

// All three.
Status backupVault(Database& db, const QString& vaultDir, const QString& target, const SecureBuffer& passphrase,
    bool overwrite, std::optional<KdfParams> kdf = std::nullopt);
Status backupVault(Database& db, const QString& vaultDir, const QString& target, const SecureBuffer& passphrase,
    bool overwrite, std::optional<KdfParams> kdf, Progress& progress);

} // namespace tideline::exchange
