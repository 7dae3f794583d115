#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli backup --out FILE [--force] (DESIGN.md section 7): an encrypted backup of the
// vault (core/exchange/Backup.h). Reads the vault's secret, then the backup passphrase (on a
// terminal asked twice). An existing FILE is kept unless --force.
int runBackup(CommandContext& context);

} // namespace tideline::cli
