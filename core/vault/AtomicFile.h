#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace tideline {

// Replaces a file so that a crash or power loss leaves either the old or the new content,
// never a mix: write a temporary file beside it, fsync it, rename it over, fsync the folder.
// `what` names the file for a person, e.g. "the vault's key file".
Status writeFileAtomically(const QString& path, const QByteArray& contents, const QString& what);

// A plain-language error for an errno from a failed write (disk full, no permission, …).
Error writeError(int errnoValue, const QString& what);

} // namespace tideline
