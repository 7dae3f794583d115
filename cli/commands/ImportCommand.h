#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli import json FILE (DESIGN.md section 7): adds a Tideline JSON export to the
// vault in one transaction. A mistake in the file is reported with its line or field and
// nothing is imported (exit 6); a file from a newer Tideline is refused (exit 4).
int runImport(CommandContext& context);

} // namespace tideline::cli
