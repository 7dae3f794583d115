#pragma once

#include "CommandContext.h"
#include "core/common/Result.h"
#include "core/vault/Vault.h"

#include <memory>

namespace tideline::cli {

// How long a command waits for another tideline-cli command that holds the vault to finish
// (the app holds it for as long as it is open, so that is refused at once).
inline constexpr int kCommandWaitMs = 5000;

// The steps every command that reads the vault shares: find the vault, claim it so a
// running app cannot open it at the same time, read the secret and unlock.
// Also tells the person (on stderr) about failed tries since the last unlock, because
// unlocking here moves that record into the vault and the app will not show it again.
// Whether there is a vault to open in its folder, in the plain words every command uses.
Status vaultIsThere(const Vault& vault);

// keepSecret: where the secret that unlocked goes instead of being wiped, for a command that
// needs it again (change-secret hands it to Vault::changeSecret, rekey to Vault::renewKeys).
// report, when given, receives what the unlock found (the keyslots copies, an access record that
// waits for room).
Result<std::unique_ptr<Vault>> openVault(
    CommandContext& context, SecureBuffer* keepSecret = nullptr, UnlockReport* report = nullptr);

} // namespace tideline::cli
