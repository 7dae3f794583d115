#pragma once

#include "app/VaultClient.h"
#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// Settings → Export: writes the check-ins as CSV or everything as Tideline JSON
// (docs/EXPORT-FORMAT.md) where the person chose, on request only. The file is not
// encrypted; the section that offers this says so in one line before the file is made.
class VaultExporter : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(VaultExporter)

    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // Where the last export went, to tell the person.
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY savedPathChanged)

public:
    enum Format { Csv, Json };
    Q_ENUM(Format)

    explicit VaultExporter(VaultAccess* vault = nullptr, QObject* parent = nullptr) : QObject(parent), VaultClient(this)
    {
        attachVault(vault);
    }

    QString lastError() const { return m_lastError; }
    QString savedPath() const { return m_savedPath; }

    // Writes folder/fileName (".csv" or ".json" added when missing); folder is a local folder
    // URL from the folder dialog. An existing file is never replaced. True when written;
    // otherwise lastError says why.
    Q_INVOKABLE bool exportTo(const QUrl& folder, const QString& fileName, Format format);
    // Where the folder dialog starts: the Documents folder, or home.
    Q_INVOKABLE QUrl suggestedFolder() const;

signals:
    void lastErrorChanged();
    void savedPathChanged();

private:
    void vaultAttached() override {} // reads nothing of its own until asked
    void setLastError(const QString& message);

    QString m_lastError;
    QString m_savedPath;
};

} // namespace tideline::app
