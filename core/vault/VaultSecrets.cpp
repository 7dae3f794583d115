// Vault: the secrets after creation: asking the current one again, changing it, and recovery
// (Vault.h).
#include "core/vault/Vault.h"

#include "core/common/Log.h"
#include "core/crypto/Kdf.h"
#include "core/crypto/RecoveryCode.h"
#include "core/storage/Database.h"
#include "core/vault/SlotCrypto.h"
#include "core/vault/UnlockThrottle.h"

#include <QCoreApplication>

namespace tideline {

namespace {

Error notUnlocked()
{
    return Error::make(
        ErrorCode::NotUnlocked, QCoreApplication::translate("Vault", "The vault is locked. Unlock it first."));
}

} // namespace

Result<SecureBuffer> Vault::checkCurrentSecret(
    const SecureBuffer& secret, const LoadedKeySlots& loaded, const QString& wrongMessage)
{
    const KeySlot* slot = loaded.file.find(KeySlot::Kind::Secret);
    auto normalized = normalizeSecret(secret, slot->secretKind);
    if (!normalized) {
        // Too short to be any PIN or passphrase of this vault: not a guess, so not counted.
        return Error::make(ErrorCode::WrongSecret, wrongMessage);
    }
    const QList<QDateTime> failedBefore = m_throttle->failedAttempts();
    if (auto s = countTry(); !s) {
        return s.error();
    }
    auto dataKey = openSlot(*slot, loaded.file.vaultId, normalized.value());
    if (!dataKey) {
        return dataKey.error();
    }
    if (!dataKey.value() || !dataKey.value()->constantTimeEquals(m_dataKey)) {
        Error error = wrongSecretError(false);
        error.message = wrongMessage;
        return error;
    }
    if (auto s = m_throttle->recordRightSecret(failedBefore); !s) {
        qCWarning(lcVault) << "could not reset the unlock-try counter";
    }
    return std::move(normalized).value();
}

Status Vault::confirmSecret(const SecureBuffer& secret)
{
    if (!m_unlocked) {
        return notUnlocked();
    }
    auto loaded = m_keySlots.load();
    if (!loaded) {
        return loaded.error();
    }
    Result<SecureBuffer> checked = checkCurrentSecret(secret, loaded.value(),
        QCoreApplication::translate("Vault", "That didn't match your PIN or passphrase, so nothing left the vault."));
    if (!checked) {
        return checked.error();
    }
    return {};
}

Status Vault::changeSecret(const SecureBuffer& currentSecret, const SecureBuffer& newSecret, SecretKind newKind)
{
    if (!m_unlocked) {
        return notUnlocked();
    }
    auto loaded = m_keySlots.load();
    if (!loaded) {
        return loaded.error();
    }
    auto normalizedNew = normalizeSecret(newSecret, newKind);
    if (!normalizedNew) {
        return normalizedNew.error();
    }
    if (auto s = checkCurrentSecret(currentSecret, loaded.value(),
            QCoreApplication::translate(
                "Vault", "The current PIN or passphrase didn't match, so nothing was changed."));
        !s) {
        return s.error();
    }
    KeySlotFile file = loaded.value().file;
    const KeySlot* slot = file.find(KeySlot::Kind::Secret);
    Result<KeySlot> newSlot
        = sealSlot(KeySlot::Kind::Secret, newKind, slot->kdf, file.vaultId, normalizedNew.value(), m_dataKey);
    if (!newSlot) {
        return newSlot.error();
    }
    file.replace(newSlot.value());
    // Success exactly when the first keyslots copy holds the new slot: that is when the new secret
    // is the one that opens the vault (KeySlotStore::save).
    if (auto s = m_keySlots.save(file); !s) {
        return s;
    }
    qCInfo(lcVault) << "secret changed";
    return {};
}

Result<UnlockReport> Vault::recover(
    const SecureBuffer& recoveryCode, const SecureBuffer& newSecret, SecretKind newKind, std::optional<KdfParams> kdf)
{
    if (m_unlocked) {
        lock();
    }
    if (auto s = claim(); !s) {
        return s.error();
    }
    if (auto s = checkThrottle(); !s) {
        return s.error();
    }
    auto code = RecoveryCode::parse(recoveryCode);
    if (!code) {
        return code.error();
    }
    auto normalizedNew = normalizeSecret(newSecret, newKind);
    if (!normalizedNew) {
        return normalizedNew.error();
    }
    auto loaded = m_keySlots.load();
    if (!loaded) {
        return loaded.error();
    }
    KeySlotFile file = loaded.value().file;
    const KeySlot* recoverySlot = file.find(KeySlot::Kind::Recovery);
    if (!recoverySlot) {
        return Error::make(ErrorCode::DamagedKeyslots,
            QCoreApplication::translate("Vault",
                "This vault's key file has no recovery code slot, so a recovery code "
                "cannot open it."));
    }
    const QList<QDateTime> failedBefore = m_throttle->failedAttempts();
    if (auto s = countTry(); !s) {
        return s.error();
    }
    auto dataKey = openSlot(*recoverySlot, file.vaultId, code.value());
    if (!dataKey) {
        return dataKey.error();
    }
    if (!dataKey.value()) {
        return wrongSecretError(true);
    }
    std::copy(dataKey.value()->data(), dataKey.value()->data() + kKeyBytes, m_dataKey.data());
    if (auto s = withReserve([this] { return openDatabase(false); }); !s) {
        m_dataKey.wipe();
        (void)m_throttle->recordRightSecret(failedBefore);
        return s.error();
    }
    // Calibrated anew (or as the caller says), never the PIN slot's cost: recovery never opened
    // that slot, so its parameters are only what the file says, and a lowered cost there must not
    // become the new PIN's.
    const KdfParams params = kdf ? *kdf : KdfParams::calibrate();
    Result<KeySlot> newSlot
        = sealSlot(KeySlot::Kind::Secret, newKind, params, file.vaultId, normalizedNew.value(), m_dataKey);
    Status saved = newSlot ? Status() : Status(newSlot.error());
    if (saved) {
        file.replace(newSlot.value());
        saved = m_keySlots.save(file);
    }
    if (!saved) {
        lock();
        (void)m_throttle->recordRightSecret(failedBefore);
        return saved.error();
    }
    if (auto s = m_throttle->recordPendingUnlock(failedBefore, m_throttle->deferredUnlocks()); !s) {
        qCWarning(lcVault) << "could not note this unlock in the unlock-try counter";
    }
    Result<UnlockReport> report = finishUnlock(failedBefore, true);
    if (report) {
        report.value().keyslots = loaded.value().health;
        // Both copies now hold the new slot: whatever the first read found has been rewritten.
    }
    return report;
}

} // namespace tideline
