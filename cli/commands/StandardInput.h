#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tideline::cli {

// Standard input from where the secret's line ended to the end: an entry's body, a record's
// "what happened". On a terminal, prompt says how to finish. A trailing newline is dropped.
Result<QString> readRestOfInput(const QString& prompt);

// One field of tab-separated output: tabs and line breaks become spaces (they would split it).
QString tabField(const QString& text);

} // namespace tideline::cli
