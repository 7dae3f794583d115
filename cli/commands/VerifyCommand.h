#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli verify: unlocks and runs every integrity check of the keyslots and database.
int runVerify(CommandContext& context);

} // namespace tideline::cli
