#include "app/about/AboutInfo.h"

#include "app/VaultAccess.h"
#include "core/common/AppName.h"
#include "core/common/Version.h"
#include "core/storage/Database.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QVariantMap>

#include <sodium.h>

namespace tideline::app {

QString AboutInfo::version() const
{
    return versionString();
}

QString AboutInfo::sqlcipherVersion() const
{
    return Database::sqlcipherVersion();
}

QString AboutInfo::sqliteVersion() const
{
    return Database::sqliteVersion();
}

QString AboutInfo::qtVersion() const
{
    return QString::fromLatin1(qVersion());
}

QString AboutInfo::sodiumVersion() const
{
    return QString::fromLatin1(sodium_version_string());
}

QString AboutInfo::dataFolder() const
{
    return vault() ? vault()->directory() : QString();
}

QVariantList AboutInfo::licences() const
{
    const auto part = [](const QString& name, const QString& licence, const QString& note) {
        return QVariantMap{
            {QStringLiteral("name"), name}, {QStringLiteral("licence"), licence}, {QStringLiteral("note"), note}};
    };
    // Short, accurate statements; the full texts ship with each Debian package (see the page).
    return {
        part(appName(), tr("GNU General Public License, version 3 or later"),
            tr("Free software: you may use, study, share and change it under that licence.")),
        part(tr("Qt %1").arg(qtVersion()), tr("GNU Lesser General Public License, version 3"),
            tr("The Qt Company Ltd. and others. Qt Charts, which draws the charts, is under the GNU General "
               "Public License, version 3 or later.")),
        part(tr("SQLCipher %1").arg(sqlcipherVersion()), tr("BSD-style licence"),
            tr("Zetetic LLC. It encrypts the vault; it is built on SQLite %1, which is in the public domain.")
                .arg(sqliteVersion())),
        part(tr("libsodium %1").arg(sodiumVersion()), tr("ISC licence"),
            tr("Frank Denis. Key stretching (Argon2id) and the sealing of the vault's key.")),
        part(tr("OpenSSL"), tr("Apache License 2.0"), tr("The OpenSSL Project. The cryptography SQLCipher uses.")),
    };
}

void AboutInfo::copyDataFolder() const
{
    if (QClipboard* clipboard = QGuiApplication::clipboard()) {
        clipboard->setText(dataFolder());
    }
}

} // namespace tideline::app
