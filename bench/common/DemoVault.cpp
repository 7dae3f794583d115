#include "DemoVault.h"

#include "core/common/SecureBuffer.h"
#include "core/vault/Vault.h"

#include <sodium.h>

namespace tideline::bench {

KdfParams appMemoryKdf()
{
    return KdfParams{crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_MODERATE};
}

Result<int> makeDemoVault(
    const VaultPaths& paths, const char* pin, const KdfParams& kdf, const demo::DemoOptions& options)
{
    if (sodium_init() < 0) {
        return Error{ErrorCode::Internal, QStringLiteral("libsodium did not start")};
    }
    Vault vault(paths);
    auto created = vault.create(SecureBuffer::fromString(pin), SecretKind::Pin, kdf);
    if (!created) {
        return created.error();
    }
    auto filled = demo::fillDemoVault(vault.database(), options, SystemClock::instance());
    if (!filled) {
        return filled.error();
    }
    return filled.value().entries;
}

} // namespace tideline::bench
