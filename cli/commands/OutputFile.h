#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tideline::cli {

// The checks on --out FILE, made before any secret is asked, so a wrong folder or an existing
// file is said at once: never inside the vault's data folder (dataDir as given to the command,
// symlinks and ../ resolved; even with --force); an existing file is kept unless --force; the
// folder must exist. what names the file in messages ("the export", "the backup", "the summary").
Status checkOutputFile(const QString& out, bool force, const QString& what, const QString& dataDir);

} // namespace tideline::cli
