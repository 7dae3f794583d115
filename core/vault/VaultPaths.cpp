#include "core/vault/VaultPaths.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace tideline {

VaultPaths VaultPaths::resolve(const QString& commandLineDir)
{
    if (!commandLineDir.isEmpty()) {
        return {QDir::cleanPath(QDir(commandLineDir).absolutePath())};
    }
    const QString fromEnv = qEnvironmentVariable("TIDELINE_DATA_DIR");
    if (!fromEnv.isEmpty()) {
        return {QDir::cleanPath(QDir(fromEnv).absolutePath())};
    }
    // Without an application name set, fall back to a fixed folder name rather than the
    // executable's, so the app and tideline-cli find the same vault.
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return {QDir(base).filePath(QStringLiteral("tideline"))};
}

QString VaultPaths::physicalPath(const QString& path)
{
    // Not QDir::cleanPath first: "link/.." means the link target's parent on disk, which a
    // textual clean-up would get wrong.
    QString existing = QDir::isAbsolutePath(path) ? path : QDir::currentPath() + QLatin1Char('/') + path;
    QString rest;
    while (!existing.isEmpty()) {
        const QString canonical = QFileInfo(existing).canonicalFilePath();
        if (!canonical.isEmpty()) {
            return QDir::cleanPath(canonical + rest);
        }
        const qsizetype slash = existing.lastIndexOf(QLatin1Char('/'));
        if (slash < 0) {
            break;
        }
        rest.prepend(existing.mid(slash));
        existing.truncate(slash);
    }
    return QDir::cleanPath(QLatin1Char('/') + rest);
}

bool VaultPaths::holds(const QString& path) const
{
    if (dir.isEmpty() || path.trimmed().isEmpty()) {
        return false;
    }
    const QString folder = physicalPath(dir);
    const QString target = physicalPath(path);
    if (folder == QLatin1String("/")) {
        return true;
    }
    return target == folder || target.startsWith(folder + QLatin1Char('/'));
}

} // namespace tideline
