#include "app/files/ChosenPath.h"

#include "app/VaultAccess.h"
#include "core/files/FileRules.h"

#include <QUrl>

namespace tideline::app {

VaultPaths vaultPathsOf(const VaultAccess* vault)
{
    return VaultPaths{vault ? vault->directory() : QString()};
}

QString localPathOf(const QString& pathOrUrl)
{
    return pathOrUrl.startsWith(QLatin1String("file:")) ? QUrl(pathOrUrl).toLocalFile() : pathOrUrl;
}

Result<QString> checkedSavePath(const VaultAccess* vault, const QString& pathOrUrl, const QString& extension)
{
    return files::newFileAt(localPathOf(pathOrUrl), extension, vaultPathsOf(vault));
}

Result<QString> checkedOpenPath(const VaultAccess* vault, const QString& pathOrUrl)
{
    return files::fileToOpen(localPathOf(pathOrUrl), vaultPathsOf(vault));
}

} // namespace tideline::app
