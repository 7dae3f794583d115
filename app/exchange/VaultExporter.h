#pragma once

#include "app/VaultClient.h"
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

class TaskProgress;

// Settings → Export: writes the check-ins as CSV or everything as Tideline JSON
// (docs/EXPORT-FORMAT.md) where the person chose, on request only. The file is not
// encrypted; the section that offers this says so in one line before the file is made.
// The file is written on a worker with its own connection to the vault, as it is made (never
// whole in memory), with progress and a Stop that leaves no file at all.
class VaultExporter : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(VaultExporter)
    Q_MOC_INCLUDE("app/tasks/TaskProgress.h")

    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // JSON only: answers to a sensitive check-up question (PHQ-9 item 9) go in only when ticked.
    Q_PROPERTY(bool withSensitive MEMBER m_withSensitive NOTIFY withSensitiveChanged)
    // Where the last export went, to tell the person.
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY savedPathChanged)
    // The export under way: what, how far, and Stop.
    Q_PROPERTY(tideline::app::TaskProgress* progress READ progress CONSTANT)

public:
    enum Format { Csv, Json };
    Q_ENUM(Format)

    explicit VaultExporter(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    QString lastError() const { return m_lastError; }
    QString savedPath() const { return m_savedPath; }
    TaskProgress* progress() const { return m_progress; }

    // Starts writing path (from the file chooser; ".csv" or ".json" added when missing), checked
    // again with core's rules: never in the data folder, never over an existing file. True when
    // it started (finished() follows); otherwise lastError says why.
    Q_INVOKABLE bool exportTo(const QString& path, Format format);

signals:
    void withSensitiveChanged();
    void lastErrorChanged();
    void savedPathChanged();
    // The export ended: saved, or not (lastError says why; nothing at all when stopped).
    void finished(bool saved);

private:
    void vaultAttached() override {} // reads nothing of its own until asked
    void setLastError(const QString& message);

    TaskProgress* m_progress;
    QString m_lastError;
    bool m_withSensitive = false;
    QString m_savedPath;
};

} // namespace tideline::app
