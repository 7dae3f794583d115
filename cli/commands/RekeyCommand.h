#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli rekey: "someone may know my PIN or recovery code". A new random data key (the
// database is copied under it and takes the old one's place), a new recovery code printed once,
// both slots sealed anew; the PIN or passphrase stays the same (Vault::renewKeys).
int runRekey(CommandContext& context);

} // namespace tideline::cli
