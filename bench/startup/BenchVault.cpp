#include "BenchVault.h"

#include "core/common/SecureBuffer.h"
#include "core/crypto/KdfParams.h"
#include "core/vault/Vault.h"

namespace tideline::bench {

QString makeVault(const QString& dir)
{
    Vault vault(VaultPaths{dir});
    const SecureBuffer pin = SecureBuffer::fromString("246813"); // a throwaway vault's PIN
    Result<CreatedVault> created = vault.create(pin, SecretKind::Pin, KdfParams::interactive());
    if (!created.ok()) {
        return created.error().message;
    }
    vault.lock();
    return QString();
}

} // namespace tideline::bench
