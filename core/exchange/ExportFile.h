#pragma once

#include "core/common/Result.h"
#include "core/vault/AtomicFile.h"

#include <QByteArray>
#include <QString>

namespace tideline::exchange {

// Writes an export where the person chose: atomically (never half a file), readable by its
// owner only (0600), into a folder that must exist. An existing file is left alone unless
// overwrite is true, so a typo cannot replace something else. The file is NOT encrypted:
// callers say so to the person.
// The checks writeExportFile makes before writing, for asking before any work is done.
Status checkExportTarget(const QString& path, bool overwrite);
// The same checks for any file Tideline writes where the person chose; what says which it is,
// for the messages.
Status checkTargetFile(const QString& path, bool overwrite, SavedFile what);

Status writeExportFile(const QString& path, const QByteArray& contents, bool overwrite);

} // namespace tideline::exchange
