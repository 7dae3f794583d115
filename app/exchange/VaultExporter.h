#pragma once

#include "app/VaultClient.h"
#include <QObject>
#include <QString>
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
    // JSON only: answers to a sensitive check-up question (PHQ-9 item 9) go in only when ticked.
    Q_PROPERTY(bool withSensitive MEMBER m_withSensitive NOTIFY withSensitiveChanged)
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

    // Writes path (from the file chooser; ".csv" or ".json" added when missing), checked again
    // with core's rules: never in the data folder, never over an existing file. True when
    // written; otherwise lastError says why.
    Q_INVOKABLE bool exportTo(const QString& path, Format format);

signals:
    void withSensitiveChanged();
    void lastErrorChanged();
    void savedPathChanged();

private:
    void vaultAttached() override {} // reads nothing of its own until asked
    void setLastError(const QString& message);

    QString m_lastError;
    bool m_withSensitive = false;
    QString m_savedPath;
};

} // namespace tideline::app
