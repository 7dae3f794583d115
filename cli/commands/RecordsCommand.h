#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// records add|list|show|history|edit|delete|search|kinds|pdf: incident records (DESIGN.md 5.9).
int runRecords(CommandContext& context);

} // namespace tideline::cli
