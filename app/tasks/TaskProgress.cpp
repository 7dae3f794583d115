#include "app/tasks/TaskProgress.h"

#include "app/VaultAccess.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace tideline::app {

TaskProgress::TaskProgress(QObject* parent) : QObject(parent)
{}

void TaskProgress::followLock(VaultAccess* vault)
{
    // Before the vault closes: no worker may hold it (or its key) once it is locked. Followed
    // at every start, since a controller may be given its access after it is made.
    if (vault == nullptr || vault == m_followed) {
        return;
    }
    if (m_followed) {
        disconnect(m_followed, &VaultAccess::closing, this, nullptr);
    }
    m_followed = vault;
    if (vault) {
        connect(vault, &VaultAccess::closing, this, [this] {
            stop();
            waitForEnd();
        });
    }
}

TaskProgress::~TaskProgress()
{
    stop();
    waitForEnd();
}

bool TaskProgress::start(Work work, std::function<void()> done, std::shared_ptr<Database> db, VaultAccess* vault)
{
    if (m_running) {
        return false;
    }
    followLock(vault);
    const quint64 run = ++m_run;
    m_stop = std::make_shared<std::atomic_bool>(false);
    {
        QMutexLocker locker(&m_dbMutex);
        m_db = db;
    }
    m_stopping = false;
    m_step.clear();
    m_fraction = -1;
    emit progressChanged();
    setRunning(true);

    const QPointer<TaskProgress> self(this);
    Progress progress = makeProgress(run);
    m_future = QtConcurrent::run(
        [this, self, run, work = std::move(work), done = std::move(done), progress, db = std::move(db)]() mutable {
            work(progress);
            {
                // The connection closes here, on the thread that used it, before anyone learns the
                // work is done; stop() can no longer reach it.
                QMutexLocker locker(&m_dbMutex);
                m_db.reset();
            }
            db.reset();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, run, done] {
                    if (!self || self->m_run != run) {
                        return;
                    }
                    self->setRunning(false);
                    done();
                },
                Qt::QueuedConnection);
        });
    return true;
}

Progress TaskProgress::makeProgress(quint64 run)
{
    const QPointer<TaskProgress> self(this);
    // Reports are posted through the application object, which outlives this one; the QPointer
    // is read on the GUI thread only, where this object is destroyed.
    return Progress(
        [self, run](const QString& step, qint64 doneCount, qint64 total) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, run, step, doneCount, total] {
                    if (self) {
                        self->report(run, step, doneCount, total);
                    }
                },
                Qt::QueuedConnection);
        },
        m_stop);
}

Progress TaskProgress::beginExternal()
{
    const quint64 run = ++m_run;
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_stopping = false;
    m_step.clear();
    m_fraction = -1;
    emit progressChanged();
    setRunning(true);
    return makeProgress(run);
}

void TaskProgress::endExternal()
{
    ++m_run; // reports still on their way are dropped
    setRunning(false);
}

void TaskProgress::stop()
{
    if (!m_running || !m_stop) {
        return;
    }
    m_stop->store(true);
    {
        QMutexLocker locker(&m_dbMutex);
        if (m_db) {
            m_db->interrupt(); // sqlite3_interrupt: safe from any thread
        }
    }
    if (!m_stopping) {
        m_stopping = true;
        emit progressChanged();
    }
}

void TaskProgress::waitForEnd()
{
    m_future.waitForFinished();
}

void TaskProgress::report(quint64 run, const QString& step, qint64 done, qint64 total)
{
    if (run != m_run || !m_running) {
        return;
    }
    m_step = step;
    m_fraction = total > 0 ? std::clamp(static_cast<double>(done) / static_cast<double>(total), 0.0, 1.0) : -1.0;
    emit progressChanged();
}

void TaskProgress::setRunning(bool running)
{
    if (m_running != running) {
        m_running = running;
        emit runningChanged();
    }
}

} // namespace tideline::app
