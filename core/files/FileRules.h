#pragma once

#include "core/common/Result.h"
#include "core/vault/VaultPaths.h"

#include <QString>

namespace tideline::files {

// The rules for a file the person saves out of Tideline or brings in, checked here so the file
// chooser, every exporter and the command line refuse the same things in the same words.
// Messages are plain and say what to do instead; nothing is ever replaced or deleted.

enum class Purpose { Save, Open };

// Refuses the data folder and anything inside it, after resolving symlinks and "../"
// (VaultPaths::holds): a saved PDF or export must never sit unencrypted beside the vault, and
// nothing is brought in from the vault's own files.
Status refuseDataFolder(const QString& path, const VaultPaths& vault, Purpose purpose);

// The absolute path of a new file called name (trimmed, extension such as ".pdf" added when
// missing) in folder. Refused: a folder that is missing, not a folder, the data folder (or in
// it) or not writable; an empty name, one with a slash or a control character, "." or "..", or
// one too long for the disk; and a name already taken, since nothing is ever replaced.
Result<QString> newFileIn(
    const QString& folder, const QString& name, const QString& extension, const VaultPaths& vault);

// The same checks for a whole path as a file chooser hands it over.
Result<QString> newFileAt(const QString& path, const QString& extension, const VaultPaths& vault);

// An existing file to read: there, a file (not a folder), readable, and not in the data folder.
// The absolute path.
Result<QString> fileToOpen(const QString& path, const VaultPaths& vault);

// What the person typed into a path bar, as an existing folder: "~" and "~/…" mean their home,
// a relative path is taken from `from`. The clean absolute path, or why it is not a folder.
Result<QString> folderFromTyped(const QString& typed, const QString& from);

} // namespace tideline::files
