#pragma once

#include "CommandContext.h"
#include "core/common/Result.h"
#include "core/vault/Vault.h"

#include <memory>

namespace tideline::cli {

// The steps every command that reads the vault shares: find the vault, claim it so a
// running app cannot open it at the same time, read the secret and unlock.
// Also tells the person (on stderr) about failed tries since the last unlock, because
// unlocking here moves that record into the vault and the app will not show it again.
// report, when given, receives what the unlock found (the keyslots copies, an access record that
// waits for room); keepSecret, when given, receives the secret that opened the vault, for a command
// that must hand it on (rekey), instead of it being wiped at once.
Result<std::unique_ptr<Vault>> openVault(
    CommandContext& context, UnlockReport* report = nullptr, SecureBuffer* keepSecret = nullptr);

} // namespace tideline::cli
