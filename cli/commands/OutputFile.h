#pragma once

#include "core/common/Result.h"
#include "core/vault/AtomicFile.h"

#include <QString>

namespace tideline::cli {

// The checks on --out FILE, made before any secret is asked, so a wrong folder or an existing
// file is said at once: never inside the vault's data folder (dataDir as given to the command,
// symlinks and ../ resolved; even with --force); an existing file is kept unless --force; the
// folder must exist. what says which file it is, for the messages.
Status checkOutputFile(const QString& out, bool force, SavedFile what, const QString& dataDir);

} // namespace tideline::cli
