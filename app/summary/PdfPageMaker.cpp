#include "app/summary/PdfPageMaker.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace tideline::app {

// One piece of work on the worker. The render or write function holds what was read from the
// vault; the worker lets go of it there as soon as it has run.
struct PdfPageMaker::Job
{
    Render render; // a preview, or
    Write write; // a save
    QString path; // a save
    int widthPx = 0; // a preview
    std::atomic_bool cancelled{false};
    QMutex dbMutex; // db is interrupted from this thread and closed on the worker
    std::shared_ptr<Database> db; // the job's own connection to the vault, or null

    // Stops the job at its next picture or page, and its statement at once.
    void stop()
    {
        cancelled = true;
        const QMutexLocker locker(&dbMutex);
        if (db) {
            db->interrupt(); // sqlite3_interrupt: safe from any thread
        }
    }

    Status status; // set on the worker, read on this thread after it is done
    QList<QImage> pages;
};

PdfPageMaker::~PdfPageMaker()
{
    // No worker may outlive this object holding the vault; each stops at its next page.
    stopAndWait();
}

QImage PdfPageMaker::previewPage(int index) const
{
    return index >= 0 && index < m_pages.size() ? m_pages.at(index) : QImage();
}

void PdfPageMaker::startPreview(int widthPx, Render render, std::shared_ptr<Database> db)
{
    auto job = std::make_shared<Job>();
    job->render = std::move(render);
    job->widthPx = qBound(200, widthPx, 1600);
    job->db = std::move(db);
    start(std::move(job));
}

void PdfPageMaker::startSave(const QString& path, Write write, std::shared_ptr<Database> db)
{
    auto job = std::make_shared<Job>();
    job->write = std::move(write);
    job->path = path;
    job->db = std::move(db);
    start(std::move(job));
}

void PdfPageMaker::start(std::shared_ptr<Job> job)
{
    m_job = job;
    setProgress(0);
    setBusy(true);
    // Results and progress come back through the application object, which outlives this one;
    // the QPointer is read on this thread only, where this object is destroyed.
    const QPointer<PdfPageMaker> guard(this);
    QFuture<void> ended = QtConcurrent::run([job, guard] {
        const report::PageProgress progress = [job, guard](int done, int total) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, job, done, total] {
                    if (guard && guard->m_job == job && total > 0) {
                        guard->setProgress(static_cast<double>(done) / total);
                    }
                },
                Qt::QueuedConnection);
            return !job->cancelled.load();
        };
        if (job->cancelled) {
            // Stopped before it began (stopAndWait() may even run it on the window's thread, as
            // QFuture does with a job still queued): nothing is read, nothing is written.
        } else if (job->write) {
            job->status = job->write(job->path, progress);
        } else {
            Result<QList<QImage>> pages = job->render(job->widthPx, progress);
            if (pages) {
                job->pages = std::move(pages).value();
            } else {
                job->status = pages.error();
            }
        }
        // The person's words go as soon as the pages are made, and the connection closes here,
        // on the thread that used it, before anyone learns the job is done.
        job->render = nullptr;
        job->write = nullptr;
        {
            const QMutexLocker locker(&job->dbMutex);
            job->db.reset();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, job] {
                if (guard) {
                    guard->finish(job);
                }
            },
            Qt::QueuedConnection);
    });
    m_workers.push_back({std::move(job), std::move(ended)});
}

void PdfPageMaker::finish(const std::shared_ptr<Job>& job)
{
    std::erase_if(m_workers, [&job](const Worker& w) { return w.job == job; });
    const bool save = !job->path.isEmpty();
    if (job->cancelled && save && job->status) {
        // Stop came after the last page was written but before this answer arrived: the person
        // asked for no file and was never told of one, so the file goes. It is ours: the path
        // was checked to be free before writing, and a PDF never replaces a file.
        QFile::remove(job->path);
    }
    if (job != m_job) {
        return; // a job that was stopped or forgotten: its result is not wanted
    }
    m_job.reset();
    setBusy(false);
    if (job->cancelled) {
        return;
    }
    if (!job->status) {
        jobFailed(job->status.error().message);
        return;
    }
    if (save) {
        jobSaved(job->path);
    } else {
        m_pages = std::move(job->pages);
        emit previewChanged();
    }
}

void PdfPageMaker::cancel()
{
    if (m_job) {
        m_job->stop();
        m_job.reset();
        setBusy(false);
    }
}

void PdfPageMaker::stopAndWait()
{
    cancel();
    for (const Worker& w : m_workers) {
        w.job->stop();
    }
    // The workers need nothing from this thread to end: their reports are only posted here.
    for (Worker& w : m_workers) {
        w.ended.waitForFinished();
    }
}

void PdfPageMaker::dropPreview()
{
    if (!m_pages.isEmpty()) {
        m_pages.clear();
        emit previewChanged();
    }
}

void PdfPageMaker::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void PdfPageMaker::setProgress(double progress)
{
    if (!qFuzzyCompare(progress + 1, m_progress + 1)) {
        m_progress = progress;
        emit progressChanged();
    }
}

} // namespace tideline::app
