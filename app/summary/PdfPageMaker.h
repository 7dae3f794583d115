#pragma once

#include "app/summary/PagePreviewSource.h"
#include "core/common/Result.h"
#include "core/report/PdfPages.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace tideline::app {

// What the two PDF makers share (the therapist summary, the advocate's records PDF): one piece
// of work at a time on a worker thread, either the preview's pages painted in memory or the file
// written, with `busy`, `progress` and the preview's pages for QML, and Stop. What the worker is
// given (the person's words, read from the vault on this thread) is freed on the worker as soon
// as the pages are made, so no copy outlives the job.
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

signals:
    void busyChanged();
    void progressChanged();

protected:
    // Paints the pages widthPx wide; progress says how far, and false from it means stop.
    using Render = std::function<Result<QList<QImage>>(int widthPx, const report::PageProgress& progress)>;
    // Writes the file at path (already checked to be free).
    using Write = std::function<Status(const QString& path, const report::PageProgress& progress)>;

    // On the worker: the preview's pages (previewChanged when they are in), or the file.
    void startPreview(int widthPx, Render render);
    void startSave(const QString& path, Write write);
    void dropPreview();

    // On this thread, when a save is done, or when either job failed (not when it was stopped).
    virtual void jobSaved(const QString& path) = 0;
    virtual void jobFailed(const QString& message) = 0;

private:
    struct Job;
    void start(std::shared_ptr<Job> job);
    void finish(const std::shared_ptr<Job>& job);
    void setBusy(bool busy);
    void setProgress(double progress);

    QList<QImage> m_pages;
    std::shared_ptr<Job> m_job;
    bool m_busy = false;
    double m_progress = 0;
};

} // namespace tideline::app
