#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli moments, the hard moments logged from Today. KIND is flashback, nightmare,
// panic, trigger or other; a flashback or nightmare also counts on its day, as in the app.
//   moments list [--day D | --from D --to D]   id, local time, kind, intensity, trigger, place,
//                                              body, what helped; today when no day is named
//   moments add KIND [--at "YYYY-MM-DD HH:MM"] [--intensity N] [--trigger T] [--place P]
//               [--body B] [--helped H]        when it happened (local time; now if left out);
//                                              prints its id
//   moments edit ID [--intensity N|none] [--trigger T] [--place P] [--body B] [--helped H]
//                                              an empty value clears a note; the kind and time
//                                              stay (remove it and add it again to change them)
//   moments remove ID
int runMoments(CommandContext& context);

} // namespace tideline::cli
