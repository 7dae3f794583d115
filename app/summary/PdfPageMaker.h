#pragma once

#include "app/summary/PagePreviewSource.h"
#include "core/common/Result.h"
#include "core/report/PdfPages.h"

#include <QFuture>
#include <QImage>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <vector>

namespace tideline {
class Database;
}

namespace tideline::app {

// What the two PDF makers share (the therapist summary, the advocate's records PDF): one piece
// of work at a time on a worker thread, either the preview's pages painted in memory or the file
// written, with `busy`, `progress` and the preview's pages for QML, and Stop. What the worker is
// given or reads (the person's words) is freed on the worker as soon as the pages are made, so no
// copy outlives the job. A job that reads the vault itself is given a connection of its own
// (VaultAccess::openTaskConnection): Stop interrupts it, and stopAndWait() (on the vault's
// closing) ends every such job before the vault locks, as TaskProgress does for its tasks.
class PdfPageMaker : public PagePreviewSource
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_DISABLE_COPY_MOVE(PdfPageMaker)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged) // 0..1 while busy
    Q_PROPERTY(int previewPages READ previewPages NOTIFY previewChanged)

public:
    using PagePreviewSource::PagePreviewSource;
    ~PdfPageMaker() override;

    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }
    int previewPages() const { return static_cast<int>(m_pages.size()); }
    QImage previewPage(int index) const override;

    // Stops the work under way: no file is left and nothing more is shown.
    Q_INVOKABLE void cancel();
    // Stops every job, the current one and any stopped one still winding down, and blocks until
    // each has ended and closed its connection (they check for a stop at every picture and page).
    void stopAndWait();

signals:
    void busyChanged();
    void progressChanged();

protected:
    // Paints the pages widthPx wide; progress says how far, and false from it means stop.
    using Render = std::function<Result<QList<QImage>>(int widthPx, const report::PageProgress& progress)>;
    // Writes the file at path (already checked to be free).
    using Write = std::function<Status(const QString& path, const report::PageProgress& progress)>;

    // On the worker: the preview's pages (previewChanged when they are in), or the file. db (may
    // be null): the job's own connection, which the function reaches through a plain pointer
    // taken before the call; it is closed on the worker once the function returns.
    void startPreview(int widthPx, Render render, std::shared_ptr<Database> db = {});
    void startSave(const QString& path, Write write, std::shared_ptr<Database> db = {});
    void dropPreview();

    // On this thread, when a save is done, or when either job failed (not when it was stopped).
    virtual void jobSaved(const QString& path) = 0;
    virtual void jobFailed(const QString& message) = 0;

private:
    struct Job;
    struct Worker
    {
        std::shared_ptr<Job> job;
        QFuture<void> ended;
    };
    void start(std::shared_ptr<Job> job);
    void finish(const std::shared_ptr<Job>& job);
    void setBusy(bool busy);
    void setProgress(double progress);

    QList<QImage> m_pages;
    std::shared_ptr<Job> m_job;
    std::vector<Worker> m_workers; // every job not yet finished here, the stopped ones included
    bool m_busy = false;
    double m_progress = 0;
};

} // namespace tideline::app
