#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli checkin set DAY METRIC=VALUE... | show DAY | clear DAY [METRIC]
// (DESIGN.md section 7). Values are checked against their metric before anything is saved;
// one bad value saves none of them and exits 6.
int runCheckin(CommandContext& context);

} // namespace tideline::cli
