#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli export csv|json --out FILE [--force] (DESIGN.md section 7): the check-ins as
// CSV, or everything as Tideline JSON (docs/EXPORT-FORMAT.md), written to FILE with mode 0600.
// An existing FILE is kept unless --force. The file is not encrypted, and stderr says so.
int runExport(CommandContext& context);

} // namespace tideline::cli
