#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli metrics: every metric, built-in and custom, one per line (tab-separated):
// key, kind, range, where it stands (on Today, hidden, off, put away), built-in or own, label.
int runMetrics(CommandContext& context);

} // namespace tideline::cli
