#pragma once

#include "CommandContext.h"
#include "RecordOptions.h"

namespace tideline::cli {

// records list [--from D] [--to D] [--limit N] [--show-sensitive]: one line a record, newest first.
int runRecordsList(CommandContext& context, const ParsedOptions& options);
// records search WORDS... [--limit N] [--show-sensitive]: the records whose words match.
int runRecordsSearch(CommandContext& context, const ParsedOptions& options);
// records show ID: the record, its times and files; records history ID: every version it was saved as.
int runRecordsShow(CommandContext& context, const ParsedOptions& options, bool history);

} // namespace tideline::cli
