#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli --data-dir NEWDIR restore FILE [--pin | --passphrase] (DESIGN.md section 7):
// a new vault in an empty (or missing) NEWDIR from an encrypted backup. Reads the backup
// passphrase, then the new vault's PIN or passphrase, and prints the new recovery code once.
int runRestore(CommandContext& context);

} // namespace tideline::cli
