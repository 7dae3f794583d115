#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli journal show|edit|delete, one entry by the id that journal list and add print:
//   journal show ID                  the entry: id, day, title, tags, mood, then a blank line and
//                                    the body as written
//   journal edit ID [--title T] [--day D] [--tag X]... [--no-tags] [--body]
//                                    changes only what is named; --tag replaces the tags,
//                                    --no-tags removes them, --body reads a new body from
//                                    standard input after the secret's line
//   journal delete ID                deleted for good (no undo from the command line)
int runJournalShow(CommandContext& context, const QStringList& args);
int runJournalEdit(CommandContext& context, const QStringList& args);
int runJournalDelete(CommandContext& context, const QStringList& args);

} // namespace tideline::cli
