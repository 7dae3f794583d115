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

RecordsPdfMaker::RecordsPdfMaker(VaultAccess* vault, QObject* parent)
    : PdfPageMaker(parent)
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

int RecordsPdfMaker::chosenCount() const
{
    return m_records->tickedCount() + m_entries->tickedCount();
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
    if (busy()) {
        return;
    }
    setMessage({}, {});
    report::RecordsPdfDataPtr data = collect();
    if (!data) {
        return;
    }
    // Shared so that the worker's function can hold it; it is freed there when the pages are made.
    std::shared_ptr<const report::RecordsPdfData> shared = std::move(data);
    startPreview(widthPx, [shared](int width, const report::PageProgress& progress) {
        return report::renderRecordsPdfPages(*shared, width, progress);
    });
}

void RecordsPdfMaker::saveTo(const QString& given)
{
    if (busy()) {
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
    std::shared_ptr<const report::RecordsPdfData> shared = std::move(data);
    startSave(path, [shared](const QString& file, const report::PageProgress& progress) {
        return report::writeRecordsPdf(*shared, file, false, progress);
    });
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
            : tr("Made the folder %1 with %n files exactly as they came in, and a list of their SHA-256 to check "
                 "them. It is not encrypted.",
                nullptr, done.value().files)
                  .arg(done.value().folder),
        {});
    return true;
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
    cancel();
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
