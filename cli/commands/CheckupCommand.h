#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli checkup list | take NAME [--day D] | show [NAME] [--from D] [--to D] | add-form FILE
// (docs/CHECKUP-FORMAT.md). take reads one answer a line after the secret: a number, or an empty
// line or "-" to skip a question. A malformed or oversized form, an answer out of range or an
// unknown check-up is a clear message and exit 6, with nothing saved.
int runCheckup(CommandContext& context);

} // namespace tideline::cli
