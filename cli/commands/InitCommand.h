#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli init [--pin | --passphrase]: creates a vault and prints its recovery code once.
int runInit(CommandContext& context);

} // namespace tideline::cli
