#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QUrl>

namespace tideline::app {

// Where files the person saves out of Tideline go (PDFs, exports, backups). They name the file
// in a field and pick the folder in Qt's own folder dialog: Qt 6.4's own save dialog ignores a
// typed name, and a native one would put the file in the desktop's recent-files list.

// Where the folder dialog starts: the Documents folder, or home.
QUrl suggestedSaveFolder();

// folder/fileName with extension (".pdf") added when missing, checked: a local folder that
// exists, a name without slashes, and no file of that name already there (nothing is ever
// replaced from the app). InvalidInput with a plain message otherwise.
Result<QString> newFilePathIn(const QUrl& folder, const QString& fileName, const QString& extension);

} // namespace tideline::app
