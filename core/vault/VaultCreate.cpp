// Vault: making a new vault, empty or from a backup (Vault.h).
#include "core/vault/Vault.h"

#include "core/common/AppName.h"
#include "core/common/Log.h"
#include "core/crypto/Kdf.h"
#include "core/storage/Database.h"
#include "core/vault/AtomicFile.h"
#include "core/vault/RecoveryCodeNote.h"
#include "core/vault/SlotCrypto.h"
#include "core/vault/UnlockThrottle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

namespace tideline {

Result<CreatedVault> Vault::create(const SecureBuffer& secret, SecretKind kind, std::optional<KdfParams> kdf)
{
    return createWith(secret, kind, kdf, nullptr);
}

Result<CreatedVault> Vault::createFromBackup(
    const SecureBuffer& secret, SecretKind kind, std::optional<KdfParams> kdf, const DatabaseWriter& writeDatabase)
{
    if (auto s = claim(); !s) {
        return s.error();
    }
    if (presence() != VaultPresence::None) {
        return Error::make(ErrorCode::VaultExists,
            QCoreApplication::translate("Vault",
                "There is already a %1 vault in this folder; it was left as it is. A backup "
                "is restored into an empty folder.")
                .arg(appName()));
    }
    // Files that hold no content and may precede a vault: this process's lock, what the app keeps
    // before unlock (settings, the try counter), and the disk reserve.
    QStringList allowed;
    for (const QString& path : {m_paths.lockFile(), m_paths.settings(), m_paths.unlockState(), m_paths.reserve()}) {
        allowed.append(QFileInfo(path).fileName());
    }
    const QStringList entries = QDir(m_paths.dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& name : entries) {
        if (!allowed.contains(name)) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Vault",
                    "The folder %1 is not empty. A backup is restored into an empty folder, so that "
                    "nothing already there is changed or mixed in; nothing was changed.")
                    .arg(QDir::toNativeSeparators(m_paths.dir)));
        }
    }
    return createWith(secret, kind, kdf, &writeDatabase);
}

// The database is made complete under a temporary name, closed and flushed; then both keyslots
// copies are written; only then does the database take its own name. So a crash at any point
// leaves either no vault (a temporary database without keyslots, removed at the next claim) or
// a whole one (keyslots with a complete database, which the next claim renames): never a
// database without its keyslots (docs/VAULT-FORMAT.md, "Crash safety").
Status Vault::buildNewDatabase(const DatabaseWriter* writer)
{
    const QString path = m_paths.newDatabase();
    removeDatabaseFiles(path); // a leftover of an attempt the claim did not see through
    Status status = writer ? (*writer)(path, m_dataKey) : Status();
    if (status && writer) {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    if (status) {
        // A restored database is migrated to this build's schema and fully checked before it
        // becomes a vault: a backup that fails here leaves no half-made vault behind.
        status = openDatabase(writer == nullptr, path);
    }
    if (status && writer) {
        status = m_db->integrityCheck();
    }
    if (status) {
        status = RecoveryCodeNote::markUnconfirmed(*m_db);
    }
    if (status) {
        status = m_db->checkpointTruncate();
    }
    m_db->close();
    if (status) {
        status = syncFile(path, SavedFile::NewVault);
    }
    if (status) {
        status = step(VaultStep::NewDatabaseReady);
    }
    if (!status) {
        removeDatabaseFiles(path);
    }
    return status;
}

Result<CreatedVault> Vault::createWith(
    const SecureBuffer& secret, SecretKind kind, std::optional<KdfParams> kdf, const DatabaseWriter* writer)
{
    if (auto s = claim(); !s) {
        return s.error();
    }
    if (presence() != VaultPresence::None) {
        return Error::make(ErrorCode::VaultExists,
            QCoreApplication::translate("Vault", "There is already a %1 vault in this folder; it was left as it is.")
                .arg(appName()));
    }
    auto normalized = normalizeSecret(secret, kind);
    if (!normalized) {
        return normalized.error();
    }
    // Not value_or: its argument would be evaluated (and calibration run) even when kdf is given.
    const KdfParams params = kdf ? *kdf : KdfParams::calibrate();
    if (!params.isAcceptable()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Vault", "Those key-stretching settings are too weak."));
    }

    lock();
    randombytes_buf(m_dataKey.data(), m_dataKey.size());
    CreatedVault created;
    Result<KeySlotFile> file = sealNewSlots(normalized.value(), kind, params, m_dataKey, created.recoveryCode);
    if (!file) {
        m_dataKey.wipe();
        return file.error();
    }
    if (auto s = withReserve([&] { return buildNewDatabase(writer); }); !s) {
        m_dataKey.wipe();
        return s.error();
    }
    Status placed = m_keySlots.save(file.value());
    if (placed) {
        placed = step(VaultStep::KeyslotsWritten);
    }
    if (placed) {
        placed = renameDurably(m_paths.newDatabase(), m_paths.database(), SavedFile::NewVault);
    }
    if (!placed) {
        // Nothing of the new vault may stay: keyslots without their database open nothing.
        QFile::remove(m_paths.keyslots());
        QFile::remove(m_paths.keyslotsCopy());
        removeDatabaseFiles(m_paths.newDatabase());
        m_dataKey.wipe();
        return placed.error();
    }
    // From here on the vault exists: a failure below leaves it whole, to be unlocked later.
    Status opened = step(VaultStep::NewDatabaseInPlace);
    if (opened) {
        opened = openDatabase(false);
    }
    if (!opened) {
        m_dataKey.wipe();
        return opened.error();
    }
    if (auto s = m_throttle->recordSuccess(); !s) {
        qCWarning(lcVault) << "could not reset the unlock-try counter";
    }
    m_reserve.replenish();
    m_unlocked = true;
    qCInfo(lcVault) << "vault created";
    return created;
}

} // namespace tideline
