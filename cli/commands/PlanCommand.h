#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli plan, the lists of the safety plan. SECTION is one of warning_sign, coping_step,
// helpful_place, emergency_bag, close_at_hand, safe_place.
//   plan list [SECTION]                    id, section, tick ([x], [ ], or - for a list without
//                                          ticks), text; every section in the plan's order
//   plan add SECTION TEXT                  at the end of the section; prints its id
//   plan edit ID [--text T] [--tick | --untick]
//   plan remove ID                         a built-in line leaves only its key behind, so an
//                                          update never adds it back
int runPlan(CommandContext& context);

} // namespace tideline::cli
