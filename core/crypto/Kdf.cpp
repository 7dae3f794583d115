#include "core/crypto/Kdf.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <QCoreApplication>

namespace tideline {

static_assert(kSaltBytes == crypto_pwhash_SALTBYTES);

Result<SecureBuffer> deriveKey(const SecureBuffer& secret, const std::uint8_t* salt, const KdfParams& params)
{
    if (!ensureSodium()) {
        return Error::make(
            ErrorCode::Internal, QCoreApplication::translate("Crypto", "The encryption library could not start."));
    }
    SecureBuffer key(kKeyBytes);
    // An empty secret still needs a valid pointer for libsodium.
    static const char empty = 0;
    const char* password = secret.isEmpty() ? &empty : secret.chars();
    if (crypto_pwhash(key.data(), key.size(), password, secret.size(), salt, params.opsLimit, params.memLimitBytes,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Error::make(ErrorCode::Internal,
            QCoreApplication::translate("Crypto",
                "This computer did not have enough free memory to open the vault. "
                "Close some programs and try again."));
    }
    return key;
}

} // namespace tideline
