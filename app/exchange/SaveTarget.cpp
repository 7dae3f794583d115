#include "app/exchange/SaveTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tideline::app {

QUrl suggestedSaveFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(QDir(documents).exists() ? documents : QDir::homePath());
}

Result<QString> newFilePathIn(const QUrl& folder, const QString& fileName, const QString& extension)
{
    if (!folder.isLocalFile() || !QFileInfo(folder.toLocalFile()).isDir()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("SaveTarget", "Please choose a folder on this computer."));
    }
    QString name = fileName.trimmed();
    if (name.isEmpty() || name.contains(u'/') || name == u"."_s || name == u".."_s) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("SaveTarget", "Please give the file a name, without slashes."));
    }
    if (!name.endsWith(extension, Qt::CaseInsensitive)) {
        name += extension;
    }
    const QString path = QDir(folder.toLocalFile()).filePath(name);
    if (QFileInfo::exists(path)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("SaveTarget",
                "There is already a file called %1 there. Please choose another name; nothing was replaced.")
                .arg(name));
    }
    return path;
}

} // namespace tideline::app
