#pragma once

#include "app/VaultClient.h"
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// Prints the safety plan as a one-page PDF where the person chose, on request only. The PDF
// is not encrypted; the page that offers this says so in one line before the file is made.
class SafetyPlanExporter : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(SafetyPlanExporter)

    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // Where the last PDF went, to tell the person.
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY savedPathChanged)

public:
    explicit SafetyPlanExporter(VaultAccess* vault = nullptr, QObject* parent = nullptr)
        : QObject(parent), VaultClient(this)
    {
        attachVault(vault);
    }

    QString lastError() const { return m_lastError; }
    QString savedPath() const { return m_savedPath; }

    // Writes path (from the file chooser; ".pdf" added when missing), checked again with core's
    // rules: never in the data folder, never over an existing file. True when written;
    // otherwise lastError says why.
    Q_INVOKABLE bool exportTo(const QString& path);

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
