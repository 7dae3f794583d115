#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"
#include "core/crypto/KdfParams.h"

namespace tideline {

constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kSaltBytes = 16; // crypto_pwhash_SALTBYTES

// Argon2id (libsodium crypto_pwhash, ALG_ARGON2ID13): a 32-byte key from a secret and a salt.
// Fails only when the machine cannot provide the memory the parameters ask for.
Result<SecureBuffer> deriveKey(const SecureBuffer& secret, const std::uint8_t* salt, const KdfParams& params);

} // namespace tideline
