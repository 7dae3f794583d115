#include "app/records/RecordsPdfMaker.h"

#include "app/files/ChosenPath.h"
#include "app/records/AttachmentListModel.h"
#include "app/records/RecordPickModel.h"
#include "app/records/RecordsAccess.h"
#include "app/summary/SummaryEntryModel.h"
#include "app/tasks/TaskProgress.h"
#include "core/attachments/AttachmentExport.h"
#include "core/attachments/AttachmentStore.h"
#include "core/common/Day.h"
#include "core/common/Progress.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tideline::app {

RecordsPdfMaker::RecordsPdfMaker(VaultAccess* vault, QObject* parent)
    : PdfPageMaker(parent)
    , VaultClient(this)
    , m_records(new RecordPickModel(nullptr, this))
    , m_entries(new SummaryEntryModel(nullptr, this))
    , m_filesTask(new TaskProgress(this))
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

int RecordsPdfMaker::chosenCount() const
{
    return m_records->tickedCount() + m_entries->tickedCount();
}

QString RecordsPdfMaker::suggestedName(const QString& extension) const
{
    return tr("records-%1").arg(Day::today(clock()).toString(Qt::ISODate)) + extension;
}

std::optional<report::RecordsPdfRequest> RecordsPdfMaker::request()
{
    if (!vaultOpen()) {
        setMessage({}, lockedMessage());
        return std::nullopt;
    }
    report::RecordsPdfRequest request;
    request.name = m_name.trimmed();
    request.pictureDetails = m_pictureDetails;
    request.madeOn = today();
    request.entryIds = m_entries->tickedIds();
    request.recordIds = m_records->tickedIds();
    request.leaveOutMissingRecords = true;
    return request;
}

std::shared_ptr<Database> RecordsPdfMaker::connection()
{
    QString why;
    std::shared_ptr<Database> db = vault()->openTaskConnection(&why);
    if (!db) {
        setMessage({}, why);
    }
    return db;
}

namespace {

// What the job reads on its worker, on its own connection: the records (one ticked and deleted
// since is left out, not an error: request.leaveOutMissingRecords), then their pictures decoded
// and scaled down. Reading is the first half of the bar when there are files to read, painting
// the rest.
Result<report::RecordsPdfDataPtr> collectOnWorker(
    Database& db, const report::RecordsPdfRequest& request, const report::PageProgress& progress, bool& hadFiles)
{
    return report::collectRecordsPdf(db, request, [&](int done, int total) {
        hadFiles = true;
        return progress(done, 2 * total);
    });
}

report::PageProgress paintingProgress(const report::PageProgress& progress, bool hadFiles)
{
    return [progress, hadFiles](
               int done, int total) { return hadFiles ? progress(total + done, 2 * total) : progress(done, total); };
}

} // namespace

void RecordsPdfMaker::makePreview(int widthPx)
{
    if (busy() || m_filesTask->running()) {
        return;
    }
    setMessage({}, {});
    std::optional<report::RecordsPdfRequest> asked = request();
    if (!asked) {
        return;
    }
    std::shared_ptr<Database> db = connection();
    if (!db) {
        return;
    }
    // The job owns the connection and closes it on the worker; the plain pointer is used only
    // while the job runs.
    Database* const reading = db.get();
    startPreview(
        widthPx,
        [reading, request = *asked](int width, const report::PageProgress& progress) -> Result<QList<QImage>> {
            bool hadFiles = false;
            Result<report::RecordsPdfDataPtr> data = collectOnWorker(*reading, request, progress, hadFiles);
            if (!data) {
                return data.error();
            }
            return report::renderRecordsPdfPages(*data.value(), width, paintingProgress(progress, hadFiles));
        },
        std::move(db));
}

void RecordsPdfMaker::saveTo(const QString& given)
{
    if (busy() || m_filesTask->running()) {
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
    std::optional<report::RecordsPdfRequest> asked = request();
    if (!asked) {
        return;
    }
    std::shared_ptr<Database> db = connection();
    if (!db) {
        return;
    }
    Database* const reading = db.get();
    startSave(
        path,
        [reading, request = *asked](const QString& file, const report::PageProgress& progress) -> Status {
            bool hadFiles = false;
            Result<report::RecordsPdfDataPtr> data = collectOnWorker(*reading, request, progress, hadFiles);
            if (!data) {
                return data.error();
            }
            return report::writeRecordsPdf(*data.value(), file, false, paintingProgress(progress, hadFiles));
        },
        std::move(db));
}

bool RecordsPdfMaker::exportOriginals(const QString& given)
{
    if (busy() || m_filesTask->running()) {
        return false;
    }
    setMessage({}, {});
    if (!vaultOpen()) {
        setMessage({}, lockedMessage());
        return false;
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
    std::shared_ptr<Database> db = connection();
    if (!db) {
        return false;
    }
    // The files are copied on the task's worker (one can be 100 MB), through its own connection;
    // the bar says how many are done, and Stop or a lock leaves no folder.
    auto result = std::make_shared<std::optional<Result<attachments::ExportedFiles>>>();
    const Clock& clock = this->clock();
    m_filesTask->start(
        [db, records = m_records->tickedIds(), entries = m_entries->tickedIds(), folder = checked.value(), &clock,
            result](Progress& progress) {
            attachments::AttachmentStore store(*db, clock);
            QList<attachments::ExportItem> items;
            const auto add = [&](const attachments::AttachmentOwner& owner, const QString& kind, const QString& label) {
                if (Result<QList<attachments::Attachment>> files = store.of(owner)) {
                    for (const attachments::Attachment& a : files.value()) {
                        items.append({a, kind, owner.id, label});
                    }
                }
            };
            for (const qint64 id : records) {
                add(attachments::AttachmentOwner::record(id), QStringLiteral("record"), tr("Record %1").arg(id));
            }
            for (const qint64 id : entries) {
                add(attachments::AttachmentOwner::entry(id), QStringLiteral("entry"), tr("Journal entry %1").arg(id));
            }
            progress.step(tr("Copying the files"), items.size());
            *result = attachments::exportOriginals(store, items, folder, clock, [&progress](int done, int) {
                progress.advance(done);
                return !progress.stopRequested();
            });
        },
        [this, result] { filesExported(**result); }, db, vault());
    return true;
}

void RecordsPdfMaker::filesExported(const Result<attachments::ExportedFiles>& done)
{
    if (!done) {
        if (done.code() != ErrorCode::Cancelled) {
            setMessage({}, done.error().message);
        } else if (!vaultOpen()) {
            setMessage({}, {}); // locked: the page is empty again, and the lock says enough
        } else {
            setMessage(done.error().message, {});
        }
        return;
    }
    setMessage(done.value().files == 1
            ? tr("Made the folder %1 with 1 file exactly as it came in, and a list of its SHA-256 to check it. "
                 "It is not encrypted.")
                  .arg(done.value().folder)
            : tr("Made the folder %1 with %n files exactly as they came in, and a list of their SHA-256 to check "
                 "them. It is not encrypted.",
                nullptr, done.value().files)
                  .arg(done.value().folder),
        {});
    emit filesSaved(done.value().folder);
}

void RecordsPdfMaker::jobSaved(const QString& path)
{
    setMessage(tr("Saved as %1. It is not encrypted: anyone who can open the file can read it. Delete it when "
                  "you no longer need it.")
                   .arg(path),
        {});
    emit saved(path);
}

void RecordsPdfMaker::jobFailed(const QString& message)
{
    setMessage({}, message);
}

void RecordsPdfMaker::forget()
{
    // Before the vault closes (and again after): no job may still hold its connection.
    stopAndWait();
    dropPreview();
    m_name.clear();
    m_pictureDetails = false;
    emit requestChanged();
    setMessage({}, {});
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
