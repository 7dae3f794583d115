#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli routines, the healing-routine items:
//   routines list                          id, standing (on-today, hidden, put-away), origin, label
//   routines add LABEL                     the person's own item; prints its id
//   routines edit ID [--label L] [--show | --hide]
//   routines remove ID                     the person's own item is put away with its history
//                                          kept; a built-in one is hidden from Today (built-ins
//                                          are never deleted, so an update never brings one back)
int runRoutines(CommandContext& context);

} // namespace tideline::cli
