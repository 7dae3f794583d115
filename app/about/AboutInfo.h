#pragma once

#include "app/VaultClient.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// Settings → About: this build's versions, where the data lives, and the licences of what
// Tideline is made of, as plain facts for the page to show (no user content, nothing secret).
// Not `final`: QML creates instances through a subclass (QQmlPrivate::QQmlElement) in Qt 6.4.
class AboutInfo : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(AboutInfo)

    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString sqlcipherVersion READ sqlcipherVersion CONSTANT)
    Q_PROPERTY(QString sqliteVersion READ sqliteVersion CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(QString sodiumVersion READ sodiumVersion CONSTANT)
    // The vault's folder, as Settings shows it.
    Q_PROPERTY(QString dataFolder READ dataFolder CONSTANT)
    // What Tideline is built from: one map a part, {name, licence, note}; the first is the app.
    Q_PROPERTY(QVariantList licences READ licences CONSTANT)

public:
    explicit AboutInfo(VaultAccess* vault = nullptr, QObject* parent = nullptr) : QObject(parent), VaultClient(this)
    {
        attachVault(vault);
    }

    QString version() const;
    QString sqlcipherVersion() const;
    QString sqliteVersion() const;
    QString qtVersion() const;
    QString sodiumVersion() const;
    QString dataFolder() const;
    QVariantList licences() const;

    // Puts the data folder's path on the clipboard (a path, never anything written in the app).
    Q_INVOKABLE void copyDataFolder() const;

private:
    void vaultAttached() override {} // only the folder's path is read, never the vault
};

} // namespace tideline::app
