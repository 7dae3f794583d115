#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// Prints the safety plan as a one-page PDF where the person chose, on request only. The PDF
// is not encrypted; the page that offers this says so in one line before the file is made.
class SafetyPlanExporter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(SafetyPlanExporter)

    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit SafetyPlanExporter(QObject* parent = nullptr) : QObject(parent) {}

    QString lastError() const { return m_lastError; }

    // file: a local file URL from the file dialog (".pdf" is added when missing).
    // True when written; otherwise lastError says why.
    Q_INVOKABLE bool exportTo(const QUrl& file);

signals:
    void lastErrorChanged();

private:
    void setLastError(const QString& message);

    QString m_lastError;
};

} // namespace tideline::app
