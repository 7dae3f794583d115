#pragma once

#include "core/common/Result.h"
#include "core/crypto/KdfParams.h"
#include "core/demo/DemoGenerator.h"
#include "core/vault/VaultPaths.h"

namespace tideline::bench {

// The app's Argon2id memory (MODERATE, 256 MiB; calibration only adds passes), with the fewest
// passes, so an unlock costs what the app's does in memory without the wait.
KdfParams appMemoryKdf();

// Makes a vault at paths, locked by pin, and fills it with the demo's invented years (core's
// DemoGenerator, ending today). Returns the number of journal entries made.
Result<int> makeDemoVault(
    const VaultPaths& paths, const char* pin, const KdfParams& kdf, const demo::DemoOptions& options);

} // namespace tideline::bench
