#include "app/records/RecordsPdfMaker.h"

#include "app/files/ChosenPath.h"
#include "app/records/AttachmentListModel.h"
#include "app/records/RecordPickModel.h"
#include "app/records/RecordsAccess.h"
#include "app/summary/SummaryEntryModel.h"
#include "core/attachments/AttachmentExport.h"
#include "core/common/Day.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

namespace tideline::app {

struct RecordsPdfMaker::Job
{
    bool preview = true;
    report::RecordsPdfDataPtr data;
    QString path;
    int widthPx = 0;
    std::atomic_bool cancelled{false};
    Status status;
    QList<QImage> pages;
};

RecordsPdfMaker::RecordsPdfMaker(VaultAccess* vault, QObject* parent)
    : PagePreviewSource(parent)
    , VaultClient(this)
    , m_records(new RecordPickModel(nullptr, this))
    , m_entries(new SummaryEntryModel(nullptr, this))
{
    connect(this, &RecordsPdfMaker::requestChanged, this, &RecordsPdfMaker::dropPreview);
    connect(m_records, &RecordPickModel::tickedChanged, this, [this] { emit requestChanged(); });
    connect(m_entries, &SummaryEntryModel::tickedChanged, this, [this] { emit requestChanged(); });
    attachVault(vault);
}

void RecordsPdfMaker::vaultAttached()
{
    connect(vault(), &VaultAccess::closing, this, &RecordsPdfMaker::forget);
    connect(vault(), &VaultAccess::closed, this, &RecordsPdfMaker::forget);
    // The lists read through the same vault. Every journal entry can be chosen, not only those
    // of one period.
    m_records->attachVault(vault());
    m_entries->setTo(today().toString(Qt::ISODate));
    m_entries->setFrom(QStringLiteral("1900-01-01"));
    m_entries->attachVault(vault());
    m_entries->reload();
}

RecordsPdfMaker::~RecordsPdfMaker()
{
    if (m_job) {
        m_job->cancelled = true;
    }
}

int RecordsPdfMaker::chosenCount() const
{
    return m_records->tickedCount() + m_entries->tickedCount();
}

QImage RecordsPdfMaker::previewPage(int index) const
{
    return index >= 0 && index < m_pages.size() ? m_pages.at(index) : QImage();
}

QString RecordsPdfMaker::suggestedName(const QString& extension) const
{
    return tr("records-%1").arg(Day::today(clock()).toString(Qt::ISODate)) + extension;
}

report::RecordsPdfDataPtr RecordsPdfMaker::collect()
{
    if (!vaultOpen()) {
        setMessage({}, lockedMessage());
        return nullptr;
    }
    report::RecordsPdfRequest request;
    request.name = m_name.trimmed();
    request.pictureDetails = m_pictureDetails;
    request.entryIds = m_entries->tickedIds();
    // A record ticked and deleted since is left out, not an error.
    auto repo = openRecords(vault());
    for (const qint64 id : m_records->tickedIds()) {
        if (repo && repo->get(id)) {
            request.recordIds.append(id);
        }
    }
    Result<report::RecordsPdfDataPtr> data
        = *runInVault([&request](Database& db) { return report::collectRecordsPdf(db, request); });
    if (!data) {
        setMessage({}, data.error().message);
        return nullptr;
    }
    return std::move(data).value();
}

void RecordsPdfMaker::makePreview(int widthPx)
{
    if (m_busy) {
        return;
    }
    setMessage({}, {});
    report::RecordsPdfDataPtr data = collect();
    if (!data) {
        return;
    }
    auto job = std::make_shared<Job>();
    job->widthPx = qBound(200, widthPx, 1600);
    job->data = std::move(data);
    start(std::move(job));
}

void RecordsPdfMaker::saveTo(const QString& given)
{
    if (m_busy) {
        return;
    }
    setMessage({}, {});
    // Checked again with the file chooser's rules: outside the data folder, replacing nothing.
    const Result<QString> checked = checkedSavePath(vault(), given, QStringLiteral(".pdf"));
    if (!checked) {
        setMessage({}, checked.error().message);
        return;
    }
    const QString& path = checked.value();
    if (!takeLeaveGrant()) {
        setMessage({}, leaveUnconfirmedMessage());
        return;
    }
    report::RecordsPdfDataPtr data = collect();
    if (!data) {
        return;
    }
    auto job = std::make_shared<Job>();
    job->preview = false;
    job->path = path;
    job->data = std::move(data);
    start(std::move(job));
}

bool RecordsPdfMaker::exportOriginals(const QString& given)
{
    setMessage({}, {});
    auto store = openAttachments(vault());
    if (!store) {
        setMessage({}, lockedMessage());
        return false;
    }
    QList<attachments::ExportItem> items;
    const auto add = [&](const attachments::AttachmentOwner& owner, const QString& kind, const QString& label) {
        if (Result<QList<attachments::Attachment>> files = store->of(owner)) {
            for (const attachments::Attachment& a : files.value()) {
                items.append({a, kind, owner.id, label});
            }
        }
    };
    for (const qint64 id : m_records->tickedIds()) {
        add(attachments::AttachmentOwner::record(id), QStringLiteral("record"), tr("Record %1").arg(id));
    }
    for (const qint64 id : m_entries->tickedIds()) {
        add(attachments::AttachmentOwner::entry(id), QStringLiteral("entry"), tr("Journal entry %1").arg(id));
    }
    // A new folder, where the file chooser would put a new file.
    const Result<QString> checked = checkedSavePath(vault(), given, QString());
    if (!checked) {
        setMessage({}, checked.error().message);
        return false;
    }
    if (!takeLeaveGrant()) {
        setMessage({}, leaveUnconfirmedMessage());
        return false;
    }
    Result<attachments::ExportedFiles> done = attachments::exportOriginals(*store, items, checked.value(), clock());
    if (!done) {
        setMessage({}, done.error().message);
        return false;
    }
    setMessage(done.value().files == 1
            ? tr("Made the folder %1 with 1 file exactly as it came in, and a list of its SHA-256 to check it. "
                 "It is not encrypted.")
                  .arg(done.value().folder)
            : tr("Made the folder %1 with %2 files exactly as they came in, and a list of their SHA-256 to check "
                 "them. It is not encrypted.")
                  .arg(done.value().folder)
                  .arg(done.value().files),
        {});
    return true;
}

void RecordsPdfMaker::start(std::shared_ptr<Job> job)
{
    m_job = job;
    setProgress(0);
    setBusy(true);
    const QPointer<RecordsPdfMaker> guard(this);
    QThreadPool::globalInstance()->start([job, guard] {
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
        if (job->preview) {
            Result<QList<QImage>> pages = report::renderRecordsPdfPages(*job->data, job->widthPx, progress);
            if (pages) {
                job->pages = std::move(pages).value();
            } else {
                job->status = pages.error();
            }
        } else {
            job->status = report::writeRecordsPdf(*job->data, job->path, false, progress);
        }
        job->data.reset(); // the person's words and pictures go as soon as the pages are made
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, job] {
                if (guard) {
                    guard->finish(job);
                }
            },
            Qt::QueuedConnection);
    });
}

void RecordsPdfMaker::finish(const std::shared_ptr<Job>& job)
{
    if (job != m_job) {
        return;
    }
    m_job.reset();
    setBusy(false);
    if (job->cancelled) {
        return;
    }
    if (!job->status) {
        setMessage({}, job->status.error().message);
        return;
    }
    if (job->preview) {
        m_pages = std::move(job->pages);
        emit previewChanged();
    } else {
        setMessage(tr("Saved as %1. It is not encrypted: anyone who can open the file can read it. Delete it when "
                      "you no longer need it.")
                       .arg(job->path),
            {});
        emit saved(job->path);
    }
}

void RecordsPdfMaker::cancel()
{
    if (m_job) {
        m_job->cancelled = true;
        m_job.reset();
        setBusy(false);
    }
}

void RecordsPdfMaker::dropPreview()
{
    if (!m_pages.isEmpty()) {
        m_pages.clear();
        emit previewChanged();
    }
}

void RecordsPdfMaker::forget()
{
    cancel();
    dropPreview();
    m_name.clear();
    m_pictureDetails = false;
    emit requestChanged();
    setMessage({}, {});
}

void RecordsPdfMaker::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void RecordsPdfMaker::setProgress(double progress)
{
    if (!qFuzzyCompare(progress + 1, m_progress + 1)) {
        m_progress = progress;
        emit progressChanged();
    }
}

void RecordsPdfMaker::setMessage(const QString& message, const QString& error)
{
    if (message != m_message || error != m_lastError) {
        m_message = message;
        m_lastError = error;
        emit messageChanged();
    }
}

} // namespace tideline::app
