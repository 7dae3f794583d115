#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli report --from D --to D --out FILE.pdf [--name N] [--sections LIST]
// [--agenda TEXT] [--entry ID]... [--with-sensitive] [--force] (DESIGN.md sections 5.5 and 7): the therapist
// summary as a PDF, with the chosen sections and only the entries named one by one (the
// sensitive measure only with --with-sensitive). The file
// is written with mode 0600 and is not encrypted; stderr says so. An existing FILE is kept
// unless --force.
int runReport(CommandContext& context);

} // namespace tideline::cli
