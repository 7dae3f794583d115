#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tideline::cli {

// The checks on --out FILE, made before any secret is asked, so a wrong folder or an existing
// file is said at once: an existing file is kept unless --force; the folder must exist. what
// names the file in messages ("the export", "the backup", "the summary").
Status checkOutputFile(const QString& out, bool force, const QString& what);

} // namespace tideline::cli
