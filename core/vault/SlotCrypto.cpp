#include "core/vault/SlotCrypto.h"

#include "core/crypto/Aead.h"
#include "core/crypto/Kdf.h"
#include "core/crypto/RecoveryCode.h"

#include <sodium.h>

namespace tideline {

Result<KeySlot> sealSlot(KeySlot::Kind kind, SecretKind secretKind, const KdfParams& kdf, const QByteArray& vaultId,
    const SecureBuffer& secret, const SecureBuffer& dataKey)
{
    KeySlot slot;
    slot.kind = kind;
    slot.secretKind = secretKind;
    slot.kdf = kdf;
    slot.salt.resize(static_cast<qsizetype>(kSaltBytes));
    randombytes_buf(slot.salt.data(), kSaltBytes);
    auto wrappingKey = deriveKey(secret, reinterpret_cast<const std::uint8_t*>(slot.salt.constData()), kdf);
    if (!wrappingKey) {
        return wrappingKey.error();
    }
    slot.sealedKey = seal(dataKey, wrappingKey.value(), slot.associatedData(vaultId));
    return slot;
}

Result<std::optional<SecureBuffer>> openSlot(const KeySlot& slot, const QByteArray& vaultId, const SecureBuffer& secret)
{
    auto wrappingKey = deriveKey(secret, reinterpret_cast<const std::uint8_t*>(slot.salt.constData()), slot.kdf);
    if (!wrappingKey) {
        return wrappingKey.error();
    }
    std::optional<SecureBuffer> key = open(slot.sealedKey, wrappingKey.value(), slot.associatedData(vaultId));
    if (key && key->size() != kKeyBytes) {
        key.reset();
    }
    return key;
}

Result<KeySlotFile> sealNewSlots(const SecureBuffer& secret, SecretKind kind, const KdfParams& kdf,
    const SecureBuffer& dataKey, SecureBuffer& recoveryText)
{
    KeySlotFile file;
    file.vaultId.resize(16);
    randombytes_buf(file.vaultId.data(), static_cast<size_t>(file.vaultId.size()));
    Result<KeySlot> secretSlot = sealSlot(KeySlot::Kind::Secret, kind, kdf, file.vaultId, secret, dataKey);
    if (!secretSlot) {
        return secretSlot.error();
    }
    file.keySlots.append(secretSlot.value());
    auto recovery = RecoveryCode::generate();
    Result<KeySlot> recoverySlot
        = sealSlot(KeySlot::Kind::Recovery, kind, KdfParams::interactive(), file.vaultId, recovery.secret, dataKey);
    if (!recoverySlot) {
        return recoverySlot.error();
    }
    file.keySlots.append(recoverySlot.value());
    recoveryText = std::move(recovery.text);
    return file;
}

} // namespace tideline
