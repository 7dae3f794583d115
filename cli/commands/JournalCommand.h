#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli journal add|list|search (DESIGN.md section 7):
//   journal add --title T [--tag X]... [--day YYYY-MM-DD]   body read from standard input
//   journal list [--from D] [--to D] [--limit N]            id, day, title (tab-separated)
//   journal search QUERY [--tag X] [--limit N]              id, day, title, snippet
int runJournal(CommandContext& context);

} // namespace tideline::cli
