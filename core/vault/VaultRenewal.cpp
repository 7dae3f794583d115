// Vault: renewing the keys (Vault.h, renewKeys). The database is exported by SQLCipher into a new
// file under a new random key, which then takes tideline.db's place with one rename; the new
// slots wait in keyslots.next (which names the new file by SQLCipher's salt) until the rename is
// done. Chosen over PRAGMA rekey on the open database (docs/BENCHMARKS.md, "Renewing the keys"):
// a rekey cut short leaves a journal that only the old key can roll back while the new slots may
// already be written, whereas a rename is all or nothing, and the next claim can tell which side
// of it the folder is on without any secret (InterruptedWork).
#include "core/vault/Vault.h"

#include "core/common/AppName.h"
#include "core/common/Log.h"
#include "core/crypto/Kdf.h"
#include "core/storage/Database.h"
#include "core/vault/AtomicFile.h"
#include "core/vault/RecoveryCodeNote.h"
#include "core/vault/SlotCrypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tideline {

namespace {

QByteArray firstBytes(const QString& path, qint64 count)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(count) : QByteArray();
}

Error cannotRenew(const QString& dir, const Error& cause)
{
    if (cause.code == ErrorCode::CannotWrite && diskLooksFull(dir)) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("Vault",
                "The disk is too full to renew the keys: it needs room for a second copy of the vault "
                "for a moment. Nothing was changed; your PIN and recovery code work as before."));
    }
    return cause;
}

} // namespace

Status Vault::writeRenewedCopy(const SecureBuffer& newKey)
{
    const QString path = m_paths.renewedDatabase();
    removeDatabaseFiles(path);
    // Made here, empty and owner-only: ATTACH opens files with the connection's own flags, which
    // lack SQLITE_OPEN_CREATE (as for a backup, Database::exportEncryptedCopy).
    {
        auto empty = StagedFile::create(path, SavedFile::RenewedVault);
        if (!empty) {
            return empty.error();
        }
        if (auto s = empty.value().close(); !s) {
            return s;
        }
        empty.value().keep();
    }
    Status status = m_db->exportEncryptedCopy(path, newKey);
    if (status) {
        // The new code has not been seen yet: the copy says so, and the note goes wherever the copy does.
        Database copy;
        status = copy.open(path, newKey, false);
        if (status) {
            status = RecoveryCodeNote::markUnconfirmed(copy);
        }
        copy.close();
    }
    if (status) {
        status = syncFile(path, SavedFile::RenewedVault);
    }
    if (status) {
        status = step(VaultStep::RenewedCopyWritten);
    }
    if (!status) {
        removeDatabaseFiles(path);
    }
    return status;
}

Status Vault::swapInRenewedCopy()
{
    if (auto s = m_db->checkpointTruncate(); !s) {
        return s;
    }
    m_db->close();
    // A WAL left with frames in it belongs to the old database and would be applied to the new
    // one: only an empty one may go (close() normally removes it).
    const QString wal = m_paths.database() + QStringLiteral("-wal");
    if (QFileInfo(wal).size() > 0) {
        return Error::make(ErrorCode::Internal,
            QCoreApplication::translate(
                "Vault", "%1 could not set the vault's log aside, so the keys were not renewed.")
                .arg(appName()));
    }
    QFile::remove(wal);
    QFile::remove(m_paths.database() + QStringLiteral("-shm"));
    if (auto s = renameDurably(m_paths.renewedDatabase(), m_paths.database(), SavedFile::RenewedVault); !s) {
        return s;
    }
    return step(VaultStep::RenewedDatabaseInPlace);
}

Result<CreatedVault> Vault::renewKeys(const SecureBuffer& currentSecret, std::optional<KdfParams> kdf)
{
    if (!m_unlocked) {
        return Error::make(
            ErrorCode::NotUnlocked, QCoreApplication::translate("Vault", "The vault is locked. Unlock it first."));
    }
    auto loaded = m_keySlots.load();
    if (!loaded) {
        return loaded.error();
    }
    Result<SecureBuffer> secret = checkCurrentSecret(currentSecret, loaded.value(),
        QCoreApplication::translate(
            "Vault", "That didn't match your current PIN or passphrase, so the keys were not renewed."));
    if (!secret) {
        return secret.error();
    }
    const KeySlot* slot = loaded.value().file.find(KeySlot::Kind::Secret);
    const KdfParams params = kdf ? *kdf : slot->kdf;
    SecureBuffer newKey = SecureBuffer::random(kKeyBytes);
    CreatedVault renewed;
    Result<KeySlotFile> next = sealNewSlots(secret.value(), slot->secretKind, params, newKey, renewed.recoveryCode);
    if (!next) {
        return next.error();
    }

    // 1. The copy under the new key; 2. its slots, naming it by its salt. Until the swap, a crash
    // leaves the old vault as it was (the next claim removes both).
    QFile::remove(m_paths.keyslotsNext());
    if (auto s = writeRenewedCopy(newKey); !s) {
        return cannotRenew(m_paths.dir, s.error());
    }
    next.value().databaseSalt = firstBytes(m_paths.renewedDatabase(), 16);
    Status nextWritten = writeFileAtomically(m_paths.keyslotsNext(), next.value().serialize(), SavedFile::KeySlots);
    if (nextWritten) {
        nextWritten = step(VaultStep::NextKeyslotsWritten);
    }
    if (!nextWritten) {
        QFile::remove(m_paths.keyslotsNext());
        removeDatabaseFiles(m_paths.renewedDatabase());
        return cannotRenew(m_paths.dir, nextWritten.error());
    }

    // 3. The swap. From the rename on, only the new keys open the vault; keyslots.next holds them
    // until step 4, and a claim after a crash promotes it.
    if (auto s = swapInRenewedCopy(); !s) {
        const bool swapped = firstBytes(m_paths.database(), 16) == next.value().databaseSalt;
        if (!swapped) {
            QFile::remove(m_paths.keyslotsNext());
            removeDatabaseFiles(m_paths.renewedDatabase());
            if (auto reopened = openDatabase(false); !reopened) {
                m_unlocked = false;
                m_dataKey.wipe();
            }
            return cannotRenew(m_paths.dir, s.error());
        }
        qCWarning(lcVault) << "renewal: the swap reported an error after the rename; going on";
    }
    std::copy(newKey.data(), newKey.data() + kKeyBytes, m_dataKey.data());

    // 4. The new slots take the old ones' place in both copies.
    KeySlotFile promoted = next.value();
    promoted.databaseSalt.clear();
    Status promotedSaved = m_keySlots.save(promoted);
    if (promotedSaved) {
        QFile::remove(m_paths.keyslotsNext());
        promotedSaved = step(VaultStep::RenewedKeyslotsWritten);
    } else {
        qCWarning(lcVault) << "renewal: keyslots.next could not be promoted yet; the next claim does it";
    }
    if (auto s = openDatabase(false); !s) {
        m_unlocked = false;
        m_dataKey.wipe();
        return s.error();
    }
    qCInfo(lcVault) << "keys renewed";
    return renewed;
}

} // namespace tideline
