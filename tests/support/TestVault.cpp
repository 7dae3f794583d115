#include "TestVault.h"

#include <cstring>
#include <stdexcept>

namespace tideline::test {

KdfParams fastKdf()
{
    return KdfParams::interactive();
}

SecureBuffer secret(const char* text)
{
    return SecureBuffer(text, std::strlen(text));
}

TestVault::TestVault() : paths{dir.path()}, vault(std::make_unique<Vault>(paths, clock))
{
    auto created = vault->create(secret(kTestPin), SecretKind::Pin, fastKdf());
    if (!created) {
        throw std::runtime_error(created.error().message.toStdString());
    }
    recoveryCode = std::move(created.value().recoveryCode);
}

void TestVault::restart()
{
    vault.reset();
    vault = std::make_unique<Vault>(paths, clock);
}

} // namespace tideline::test
