#pragma once

#include "core/common/Result.h"
#include "core/report/PdfPages.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

namespace tideline {

class Database;

namespace report {

// A PDF for an advocate, a lawyer or a court (DESIGN.md section 5.9): only the records and journal
// entries the person chose, each with when it happened, when it was written and every time it
// was changed, its fields, its pictures and, for every file, its name, size, time added and
// SHA-256; a closing page lists every file and its hash so anyone can check an original.
struct RecordsPdfRequest
{
    QList<qint64> recordIds; // in any order; printed by when they happened
    QList<qint64> entryIds; // journal entries, likewise
    QString name; // on the cover as given; empty = no name anywhere
    // Pictures are printed as pixels only, so whatever hidden details they carry (the place, the
    // phone, the time) stay out unless this is set; then they are printed as text under each.
    bool pictureDetails = false;
    QDate madeOn; // the date on the cover; invalid = today
    // A record deleted since it was chosen (the app's ticks outlive a delete) is left out rather
    // than refused; the request must still hold something that is there.
    bool leaveOutMissingRecords = false;
};

// Everything the pages show, read (and the pictures decoded, scaled down) with the database,
// so painting needs no database. Opaque to callers.
struct RecordsPdfData;
struct RecordsPdfDataDeleter
{
    void operator()(RecordsPdfData* data) const;
};
using RecordsPdfDataPtr = std::unique_ptr<RecordsPdfData, RecordsPdfDataDeleter>;

// The most a request may hold; a longer one is refused with a plain message.
inline constexpr int kMaxPdfRecords = 500;
inline constexpr int kMaxPdfEntries = 200;

// Reads what the request names; a record or entry that is not there (or a draft entry) is an
// InvalidInput error. progress is called after each picture (done, total). Call on the thread
// that owns db.
Result<RecordsPdfDataPtr> collectRecordsPdf(
    Database& db, const RecordsPdfRequest& request, const PageProgress& progress = {});

// The PDF at path, atomically, 0600; an existing file is replaced only when overwrite is set.
// Safe on a worker thread.
Status writeRecordsPdf(
    const RecordsPdfData& data, const QString& path, bool overwrite, const PageProgress& progress = {});
// The same pages as images for the preview; never written to disk.
Result<QList<QImage>> renderRecordsPdfPages(const RecordsPdfData& data, int widthPx, const PageProgress& progress = {});
int recordsPdfPageCount(const RecordsPdfData& data);

} // namespace report
} // namespace tideline
