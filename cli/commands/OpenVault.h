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
Result<std::unique_ptr<Vault>> openVault(CommandContext& context);

} // namespace tideline::cli
