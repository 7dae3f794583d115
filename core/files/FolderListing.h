#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tideline::files {

struct FolderEntry
{
    QString name;
    bool isFolder = false;
};

// What a folder holds, as the file chooser shows it: folders first, then the files whose names
// match nameFilters ("*.pdf", case-insensitive; none: no files), each group in the person's
// alphabetical order with numbers read as numbers ("2" before "10"). Hidden entries (a leading
// dot) are left out, as are broken links and anything that is neither a folder nor a file. Only
// names are read, never file contents. Safe to call on a worker thread.
Result<std::vector<FolderEntry>> listFolder(const QString& folder, const QStringList& nameFilters);

// ".pdf" from {"*.pdf", …}: the extension a saved file keeps; "" when the first filter has none.
QString extensionFromFilters(const QStringList& nameFilters);

} // namespace tideline::files
