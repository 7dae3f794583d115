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
    // As a person who wrote the code down (tideline-cli init does the same): a later unlock does
    // not offer a new one. Tests of that offer make their vault through the Session.
    if (auto confirmed = vault->confirmRecoveryCodeSeen(); !confirmed) {
        throw std::runtime_error(confirmed.error().message.toStdString());
    }
}

void TestVault::restart()
{
    vault.reset();
    vault = std::make_unique<Vault>(paths, clock);
}

} // namespace tideline::test
