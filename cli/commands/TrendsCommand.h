#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli trends METRIC [--from D] [--to D] [--bucket day|week|month] (DESIGN.md
// section 7): the metric's series as CSV on stdout, the same figures the Trends page draws.
// A day not recorded is an empty field, never 0.
int runTrends(CommandContext& context);

} // namespace tideline::cli
