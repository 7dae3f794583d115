#pragma once

#include "core/common/SecureBuffer.h"
#include "core/crypto/KdfParams.h"
#include "core/vault/Vault.h"

#include <QTemporaryDir>

#include <memory>

namespace tideline::test {

// The PIN every test vault is made with.
inline constexpr const char* kTestPin = "246810";

// libsodium's INTERACTIVE cost: the floor Tideline accepts, fast enough for tests.
KdfParams fastKdf();

// A vault in a fresh temporary folder, created with kTestPin and left unlocked.
struct TestVault
{
    TestVault();

    QTemporaryDir dir;
    VaultPaths paths;
    ManualClock clock;
    std::unique_ptr<Vault> vault;
    SecureBuffer recoveryCode;

    // Drops the Vault object (as when the app quits) and opens a new one on the same folder.
    void restart();
};

SecureBuffer secret(const char* text);

} // namespace tideline::test
