#pragma once

#include "core/common/Result.h"
#include "core/vault/VaultPaths.h"

#include <QString>

namespace tideline::bench {

// Copies a vault's journal into dataDir in RedNoteBook's own format: one YAML file a month,
// YYYY-MM.txt, mapping the day of the month to {text: ...} (RedNoteBook 2.29's storage.py and
// data.py). RedNoteBook keeps one text a day, so a day with several entries gets them one after
// another, oldest first, each its title on a line of its own above its body. Every entry goes,
// with its own words and day. Returns the number of entries written.
Result<int> writeRedNotebookJournal(const VaultPaths& paths, const char* pin, const QString& dataDir);

} // namespace tideline::bench
