// collectRecordsPdf: the chosen records and entries, their files' facts and their pictures
// (decoded scaled down, straight from the vault's chunks in memory), read on the thread that
// uses the connection (in the app, the PDF job's worker, on a connection of its own).
#include "core/report/RecordsPdfData.h"

#include "core/attachments/AttachmentStore.h"
#include "core/common/Day.h"
#include "core/journal/JournalRepository.h"
#include "core/records/RecordRepository.h"
#include "core/report/SummaryWords.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <algorithm>

namespace tideline::report {

namespace {

// Pictures are printed at most this many pixels on their long side: sharp at 300 dpi up to
// about 12 cm, and a few hundred kilobytes each in memory and in the PDF.
constexpr int kMaxPicturePixels = 1400;

// The picture's pixels only (orientation applied), on white, JPEG in memory. Nothing of the
// original file but its pixels can reach the PDF this way: no EXIF, no text, no thumbnail.
void decodePicture(attachments::AttachmentStore& store, PdfFile& file)
{
    if (file.meta.type.kind != attachments::FileKind::Picture) {
        return;
    }
    std::unique_ptr<QIODevice> device = store.open(file.meta);
    QImageReader reader(device.get());
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (stored.isValid() && (stored.width() > kMaxPicturePixels || stored.height() > kMaxPicturePixels)) {
        reader.setScaledSize(stored.scaled(kMaxPicturePixels, kMaxPicturePixels, Qt::KeepAspectRatio));
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        file.unreadablePicture = true;
        return;
    }
    QImage clean(image.size(), QImage::Format_RGB32);
    clean.fill(Qt::white);
    {
        QPainter painter(&clean);
        painter.drawImage(0, 0, image);
    }
    QBuffer buffer(&file.picture);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    if (!writer.write(clean)) {
        file.picture.clear();
        file.unreadablePicture = true;
        return;
    }
    file.pictureSize = clean.size();
}

Error missing(const QString& what)
{
    return Error::make(ErrorCode::InvalidInput, what);
}

} // namespace

void RecordsPdfDataDeleter::operator()(RecordsPdfData* data) const
{
    delete data;
}

Result<RecordsPdfDataPtr> collectRecordsPdf(
    Database& db, const RecordsPdfRequest& request, const PageProgress& progress)
{
    QList<qint64> recordIds = request.recordIds;
    QList<qint64> entryIds = request.entryIds;
    std::sort(recordIds.begin(), recordIds.end());
    recordIds.erase(std::unique(recordIds.begin(), recordIds.end()), recordIds.end());
    std::sort(entryIds.begin(), entryIds.end());
    entryIds.erase(std::unique(entryIds.begin(), entryIds.end()), entryIds.end());
    if (recordIds.isEmpty() && entryIds.isEmpty()) {
        return missing(
            QCoreApplication::translate("RecordsPdf", "Choose at least one record or journal entry for the PDF."));
    }
    if (recordIds.size() > kMaxPdfRecords || entryIds.size() > kMaxPdfEntries) {
        // Two counts, each a phrase with its own plural form (Qt gives a sentence one %n).
        return missing(
            QCoreApplication::translate("RecordsPdf",
                "That is more than one PDF can hold (%1 and %2 at most). Make two, each for part of the time.",
                "%1 and %2 are counts such as “500 records” and “200 journal entries”")
                .arg(QCoreApplication::translate("RecordsPdf", "%n records", nullptr, kMaxPdfRecords),
                    QCoreApplication::translate("RecordsPdf", "%n journal entries", nullptr, kMaxPdfEntries)));
    }
    RecordsPdfDataPtr data(new RecordsPdfData);
    data->request = request;
    data->madeOn = request.madeOn.isValid() ? request.madeOn : Day::today(SystemClock::instance());

    records::RecordRepository records(db, SystemClock::instance());
    attachments::AttachmentStore store(db, SystemClock::instance());
    for (const qint64 id : std::as_const(recordIds)) {
        Result<records::Record> record = records.get(id);
        if (!record && record.code() == ErrorCode::NotFound && request.leaveOutMissingRecords) {
            continue;
        }
        if (!record) {
            return record.code() == ErrorCode::NotFound ? missing(QCoreApplication::translate(
                       "RecordsPdf", "There is no record %1 (it may have been deleted). Nothing was made.")
                                                                      .arg(id))
                                                        : Result<RecordsPdfDataPtr>(record.error());
        }
        data->records.append(PdfRecord{std::move(record).value(), {}});
    }
    std::stable_sort(data->records.begin(), data->records.end(), [](const PdfRecord& a, const PdfRecord& b) {
        const records::RecordFields& x = a.record.fields;
        const records::RecordFields& y = b.record.fields;
        return x.day != y.day ? x.day < y.day : x.time < y.time;
    });
    journal::JournalRepository journal(db, SystemClock::instance());
    for (const qint64 id : std::as_const(entryIds)) {
        Result<journal::Entry> entry = journal.get(id);
        if (!entry) {
            return entry.code() == ErrorCode::NotFound ? missing(QCoreApplication::translate(
                       "RecordsPdf", "There is no journal entry %1 (it may have been deleted). Nothing was made.")
                                                                     .arg(id))
                                                       : Result<RecordsPdfDataPtr>(entry.error());
        }
        if (entry.value().isDraft) {
            return missing(QCoreApplication::translate(
                "RecordsPdf", "Entry %1 is still a draft, and drafts are never shared. Nothing was made.")
                               .arg(id));
        }
        data->entries.append(PdfEntry{std::move(entry).value(), {}});
    }
    std::stable_sort(data->entries.begin(), data->entries.end(), [](const PdfEntry& a, const PdfEntry& b) {
        return a.entry.day != b.entry.day ? a.entry.day < b.entry.day : a.entry.createdAt < b.entry.createdAt;
    });
    if (data->records.isEmpty() && data->entries.isEmpty()) {
        return missing(QCoreApplication::translate(
            "RecordsPdf", "The records you chose have been deleted since. Choose at least one that is still there."));
    }

    // The files' facts first (quick), then the pictures (the slow part, with progress).
    for (int r = 0; r < data->records.size(); ++r) {
        PdfRecord& item = data->records[r];
        Result<QList<attachments::Attachment>> files = store.of(attachments::AttachmentOwner::record(item.record.id));
        if (!files) {
            return files.error();
        }
        for (const attachments::Attachment& a : std::as_const(files.value())) {
            item.files.append(static_cast<int>(data->files.size()));
            data->files.append(
                PdfFile{a, QCoreApplication::translate("RecordsPdf", "Record %1").arg(r + 1), {}, {}, false});
        }
    }
    for (PdfEntry& item : data->entries) {
        Result<QList<attachments::Attachment>> files = store.of(attachments::AttachmentOwner::entry(item.entry.id));
        if (!files) {
            return files.error();
        }
        for (const attachments::Attachment& a : std::as_const(files.value())) {
            item.files.append(static_cast<int>(data->files.size()));
            data->files.append(PdfFile{a,
                QCoreApplication::translate("RecordsPdf", "Entry of %1").arg(shortDay(item.entry.day)), {}, {}, false});
        }
    }
    for (int i = 0; i < data->files.size(); ++i) {
        decodePicture(store, data->files[i]);
        if (progress && !progress(i + 1, static_cast<int>(data->files.size()))) {
            return Error::make(ErrorCode::Cancelled,
                QCoreApplication::translate("RecordsPdf", "The PDF was stopped. No file was made."));
        }
    }

    QList<QDate> days;
    for (const PdfRecord& r : std::as_const(data->records)) {
        days.append(r.record.fields.day);
    }
    for (const PdfEntry& e : std::as_const(data->entries)) {
        days.append(e.entry.day);
    }
    data->from = *std::min_element(days.cbegin(), days.cend());
    data->to = *std::max_element(days.cbegin(), days.cend());
    return data;
}

} // namespace tideline::report
