#include "core/vault/VaultPaths.h"

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

} // namespace tideline
