#include "core/crypto/Aead.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace tideline {

static_assert(kAeadNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(kAeadTagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);

namespace {
const unsigned char* bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}
} // namespace

Sealed seal(const SecureBuffer& plaintext, const SecureBuffer& key, const QByteArray& associatedData)
{
    ensureSodium();
    QByteArray nonce(kAeadNonceBytes, Qt::Uninitialized);
    randombytes_buf(nonce.data(), kAeadNonceBytes);
    return sealWithNonce(plaintext, key, associatedData, nonce);
}

Sealed sealWithNonce(
    const SecureBuffer& plaintext, const SecureBuffer& key, const QByteArray& associatedData, const QByteArray& nonce)
{
    ensureSodium();
    Sealed out;
    out.nonce = nonce;
    out.ciphertext.resize(static_cast<qsizetype>(plaintext.size() + kAeadTagBytes));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(out.ciphertext.data()), &written,
        plaintext.data(), plaintext.size(), bytes(associatedData),
        static_cast<unsigned long long>(associatedData.size()), nullptr, bytes(out.nonce), key.data());
    out.ciphertext.resize(static_cast<qsizetype>(written));
    return out;
}

std::optional<SecureBuffer> open(const Sealed& sealed, const SecureBuffer& key, const QByteArray& associatedData)
{
    ensureSodium();
    if (sealed.nonce.size() != static_cast<qsizetype>(kAeadNonceBytes)
        || sealed.ciphertext.size() < static_cast<qsizetype>(kAeadTagBytes) || key.size() != 32) {
        return std::nullopt;
    }
    SecureBuffer plain(static_cast<std::size_t>(sealed.ciphertext.size()) - kAeadTagBytes);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &written, nullptr, bytes(sealed.ciphertext),
            static_cast<unsigned long long>(sealed.ciphertext.size()), bytes(associatedData),
            static_cast<unsigned long long>(associatedData.size()), bytes(sealed.nonce), key.data())
        != 0) {
        return std::nullopt;
    }
    return plain;
}

} // namespace tideline
