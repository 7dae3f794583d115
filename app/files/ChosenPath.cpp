#include "app/files/ChosenPath.h"

#include "app/lock/Session.h"
#include "core/files/FileRules.h"

#include <QUrl>

namespace tideline::app {

VaultPaths sessionVaultPaths()
{
    const Session* session = Session::instance();
    return VaultPaths{session ? session->dataDirectory() : QString()};
}

QString localPathOf(const QString& pathOrUrl)
{
    return pathOrUrl.startsWith(QLatin1String("file:")) ? QUrl(pathOrUrl).toLocalFile() : pathOrUrl;
}

Result<QString> checkedSavePath(const QString& pathOrUrl, const QString& extension)
{
    return files::newFileAt(localPathOf(pathOrUrl), extension, sessionVaultPaths());
}

Result<QString> checkedOpenPath(const QString& pathOrUrl)
{
    return files::fileToOpen(localPathOf(pathOrUrl), sessionVaultPaths());
}

} // namespace tideline::app
