#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli import json FILE (DESIGN.md section 7): adds a Tideline JSON export to the
// vault in one transaction. A mistake in the file is reported with its line or field and
// nothing is imported (exit 6); a file from a newer Tideline is refused (exit 4).
// tideline-cli import daylio FILE [--mood NAME=VALUE]... [--skip-mood NAME]...: adds a Daylio
// CSV export (docs/IMPORT-DAYLIO.md). Moods that are not Daylio's defaults are never guessed:
// without a --mood or --skip-mood for each, they are listed and nothing is imported (exit 6).
int runImport(CommandContext& context);

} // namespace tideline::cli
