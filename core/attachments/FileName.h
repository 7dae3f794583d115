#pragma once

#include <QString>

namespace tideline::attachments {

// The longest name kept for a file, in characters.
inline constexpr qsizetype kMaxNameChars = 255;

// A file's name as Tideline keeps and shows it: only the last part of a path; line breaks,
// tabs and other control characters become spaces; direction overrides and isolates (an override
// can make "photo<U+202E>gpj.exe" look like "photoexe.jpg") and zero-width spaces are removed; right-to-left
// letters themselves stay. Cut to kMaxNameChars without splitting a character. "file" when
// nothing is left.
QString cleanFileName(const QString& name);

// A cleaned name that is also safe to create in any folder on any common file system: no
// characters Windows or FAT refuse, no leading dot (a hidden file) or trailing dot or space, not a
// reserved device name, at most 200 UTF-8 bytes (keeping the extension).
QString safeFileName(const QString& name);

// "name (2).jpg" style: the n-th variant of a name, keeping its extension.
QString numberedFileName(const QString& name, int n);

} // namespace tideline::attachments
