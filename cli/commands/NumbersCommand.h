#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli numbers, the support numbers the person adds themselves (Safety → Support in the
// app, "Your own numbers"): a local shelter, a counsellor's line.
//   numbers list                           id, region, name, phone, note (tab-separated)
//   numbers add NAME --phone P [--note T]  under the region chosen in the app; prints its id
//   numbers remove ID
int runNumbers(CommandContext& context);

} // namespace tideline::cli
