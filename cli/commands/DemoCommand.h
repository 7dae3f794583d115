#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli demo --years N [--seed S] [--entries N] (DESIGN.md section 7): a new vault in an empty DIR,
// filled with invented but realistic history ending today (the same seed gives the same
// vault on the same day). Reads the new vault's secret like init and prints its recovery code.
int runDemo(CommandContext& context);

} // namespace tideline::cli
