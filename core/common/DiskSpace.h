#pragma once

#include <QString>

namespace tideline {

// Bytes free to this user on the filesystem that holds path (or its nearest existing parent);
// -1 when it cannot be told.
qint64 freeBytesAt(const QString& path);

// True when a failed write at path is best explained by a full disk: under 1 MiB is left there.
// SQLite and QLockFile report a full disk in several ways (SQLITE_FULL, an I/O error while mapping
// the shared-memory file, a lock file that cannot be written); this lets a message say "the disk is
// full" instead of blaming the folder's permissions.
bool diskLooksFull(const QString& path);

} // namespace tideline
