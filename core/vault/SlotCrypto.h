#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"
#include "core/vault/KeySlotFile.h"

#include <optional>

namespace tideline {

// A new slot: the data key sealed under a key derived (Argon2id, kdf, a fresh salt) from secret,
// the slot's description bound in as associated data. Fails only for want of memory.
Result<KeySlot> sealSlot(KeySlot::Kind kind, SecretKind secretKind, const KdfParams& kdf, const QByteArray& vaultId,
    const SecureBuffer& secret, const SecureBuffer& dataKey);

// The data key from slot, or an empty optional when secret does not open it. An error only when
// the key could not be derived at all (memory).
Result<std::optional<SecureBuffer>> openSlot(
    const KeySlot& slot, const QByteArray& vaultId, const SecureBuffer& secret);

// A vault's two slots under a new random vault id: the secret's (cost kdf) and a new recovery
// code's (libsodium's floor: 128 random bits need no stretching). recoveryText receives the code.
Result<KeySlotFile> sealNewSlots(const SecureBuffer& secret, SecretKind kind, const KdfParams& kdf,
    const SecureBuffer& dataKey, SecureBuffer& recoveryText);

} // namespace tideline
