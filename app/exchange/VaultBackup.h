#pragma once

#include "app/VaultClient.h"
#include "core/common/Result.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

class SecretEntry;
class TaskProgress;

// Settings → Backup: an encrypted backup of the vault (core/exchange/Backup.h) where the person
// chose, under a backup passphrase typed into SecretEntry objects (never a QString). All of it
// runs on a worker with its own connection to the vault (Argon2id, SQLCipher's export, writing
// the file), with progress and a Stop that leaves no file and no temporary copy behind.
class VaultBackup : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    // Its invokables take SecretEntry*, which the generated code needs complete.
    Q_MOC_INCLUDE("app/lock/SecretEntry.h")
    Q_MOC_INCLUDE("app/tasks/TaskProgress.h")
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(VaultBackup)

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // Where the last backup went, to tell the person.
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY savedPathChanged)
    // The backup under way: what, how far, and Stop.
    Q_PROPERTY(tideline::app::TaskProgress* progress READ progress CONSTANT)

public:
    explicit VaultBackup(VaultAccess* vault = nullptr, QObject* parent = nullptr);
    ~VaultBackup() override;

    bool busy() const { return m_busy; }
    QString lastError() const { return m_lastError; }
    QString savedPath() const { return m_savedPath; }
    TaskProgress* progress() const { return m_progress; }

    // Why this would not do as a backup passphrase, or "" when it would: the rule (8 characters
    // or more), then whether the second typing matches the first.
    Q_INVOKABLE QString passphraseProblem(
        tideline::app::SecretEntry* passphrase, tideline::app::SecretEntry* again) const;
    // Starts a backup to path (from the file chooser; ".tidelinebackup" added when missing),
    // checked again with core's rules; takes the passphrase out of both entries at once. False
    // (lastError says why) when it could not start; otherwise finished() follows.
    Q_INVOKABLE bool backupTo(
        const QString& path, tideline::app::SecretEntry* passphrase, tideline::app::SecretEntry* again);

signals:
    void busyChanged();
    void lastErrorChanged();
    void savedPathChanged();
    void finished(bool saved);

private:
    void vaultAttached() override;
    void finish(const QString& target, const Status& status);
    void setBusy(bool busy);
    void setLastError(const QString& message);

    TaskProgress* m_progress;
    bool m_busy = false;
    QString m_lastError;
    QString m_savedPath;
};

} // namespace tideline::app
