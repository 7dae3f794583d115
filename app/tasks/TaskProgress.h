#pragma once

#include "core/common/Progress.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <functional>
#include <memory>

namespace tideline {
class Database;
}

namespace tideline::app {

class VaultAccess;

// A long task (an import, an export, a backup, a restore) run off the window's thread, and what
// QML shows meanwhile (qml/components/TaskProgressBar.qml): what is happening, how far along it
// is, and a Stop that leaves nothing half-written (each core task undoes its work when stopped).
//
// A controller owns one and starts its work here. The work runs on a worker thread with a
// Progress whose reports come back to this object; `done` then runs on this object's thread,
// unless this object is gone by then. A task that needs the vault is given its own connection
// (VaultAccess::openTaskConnection), which it alone uses until it ends; stop() interrupts the
// statement running on it. When the vault is about to lock, every running task is stopped and
// waited for, so no worker ever holds the vault once it is locked.
// Not `final`: QML registers it through a subclass (QQmlPrivate::QQmlElement) in Qt 6.4.
class TaskProgress : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each controller that runs long tasks has its own (its progress property).")
    Q_DISABLE_COPY_MOVE(TaskProgress)

    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    // What is happening, in a few words ("Adding what the file holds").
    Q_PROPERTY(QString step READ step NOTIFY progressChanged)
    // How far along, 0 to 1; -1 while the size of the step is not known (an indeterminate bar).
    Q_PROPERTY(double fraction READ fraction NOTIFY progressChanged)
    // Stop was asked and the task is undoing its work.
    Q_PROPERTY(bool stopping READ stopping NOTIFY progressChanged)

public:
    using Work = std::function<void(Progress& progress)>;

    explicit TaskProgress(QObject* parent = nullptr);
    ~TaskProgress() override;

    bool running() const { return m_running; }
    QString step() const { return m_step; }
    double fraction() const { return m_fraction; }
    bool stopping() const { return m_stopping; }

    // Runs work on a worker; done follows on this thread. db (may be null) is the task's own
    // connection: stop() interrupts it, and it is closed on the worker when the work ends.
    // False (nothing started) while another task runs.
    // vault (may be null): whose closing() stops the task and waits for it.
    bool start(Work work, std::function<void()> done, std::shared_ptr<Database> db = {}, VaultAccess* vault = nullptr);

    // For work that another object runs on a worker of its own (Session's restore): a Progress
    // that reports here, running until endExternal(). stop() sets its flag.
    Progress beginExternal();
    void endExternal();

    // Asks the task to stop; `done` still follows (the work answers Cancelled).
    Q_INVOKABLE void stop();
    // Blocks until the worker has ended (it checks for a stop often; see Progress).
    void waitForEnd();

signals:
    void runningChanged();
    void progressChanged();

private:
    void report(quint64 run, const QString& step, qint64 done, qint64 total);
    Progress makeProgress(quint64 run);
    void setRunning(bool running);
    void followLock(VaultAccess* vault);

    bool m_running = false;
    bool m_stopping = false;
    QString m_step;
    double m_fraction = -1;
    quint64 m_run = 0; // which start() the reports belong to
    std::shared_ptr<std::atomic_bool> m_stop;
    QFuture<void> m_future;
    QMutex m_dbMutex; // m_db is read by stop() on this thread and cleared by the worker
    std::shared_ptr<Database> m_db;
    QPointer<VaultAccess> m_followed; // whose closing() stops the task
};

} // namespace tideline::app
