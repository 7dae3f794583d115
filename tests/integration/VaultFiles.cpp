#include "VaultFiles.h"

#include <QDir>
#include <QFile>

namespace tideline::test {

bool copyVault(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to)) {
        return false;
    }
    const QStringList names = QDir(from).entryList(QDir::Files | QDir::Hidden);
    if (names.isEmpty()) {
        return false;
    }
    for (const QString& name : names) {
        if (name == QStringLiteral("tideline.lock")) {
            continue;
        }
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name))) {
            return false;
        }
    }
    return true;
}

bool holdsNoVault(const QString& dir)
{
    const QDir d(dir);
    return !d.exists(QStringLiteral("keyslots")) && !d.exists(QStringLiteral("tideline.db"));
}

} // namespace tideline::test
