#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// attach FILE... (--record ID | --entry ID) [--delete-original]: files sealed into the vault.
int runAttach(CommandContext& context);

} // namespace tideline::cli
