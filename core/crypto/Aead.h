#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"

#include <QByteArray>

#include <optional>

namespace tideline {

constexpr std::size_t kAeadNonceBytes = 24; // XChaCha20-Poly1305
constexpr std::size_t kAeadTagBytes = 16;

struct Sealed
{
    QByteArray nonce; // random, public
    QByteArray ciphertext; // sealed secret with its tag; public
};

// XChaCha20-Poly1305 (IETF) with associated data that is authenticated but not hidden.
Sealed seal(const SecureBuffer& plaintext, const SecureBuffer& key, const QByteArray& associatedData);
// The same with a given nonce: for known-answer tests only. Reusing a nonce breaks the cipher.
Sealed sealWithNonce(
    const SecureBuffer& plaintext, const SecureBuffer& key, const QByteArray& associatedData, const QByteArray& nonce);
// Empty result when the key, nonce, associated data or ciphertext do not match.
std::optional<SecureBuffer> open(const Sealed& sealed, const SecureBuffer& key, const QByteArray& associatedData);

} // namespace tideline
