#pragma once

#include "core/common/Result.h"
#include "core/insights/Series.h"
#include "core/report/PdfPages.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace tideline {

class Database;

namespace report {

// What the person chose to share (DESIGN.md section 5.5): a period, the sections they want,
// and only the journal entries they ticked one by one. Nothing else leaves the vault.
struct SummaryRequest
{
    insights::DayRange period;
    QString name; // printed on the cover as chosen; empty = no name anywhere
    bool charts = true; // a chart per measure recorded in the period
    bool averages = true; // a table of averages and days recorded per measure
    bool routines = true; // routine adherence
    bool review = true; // the period review (this period against the one before)
    bool moments = false; // counts of hard moments by kind (no details)
    QString agenda; // "What I want to talk about"; empty = the section is left out
    QList<qint64> entryIds; // the ticked entries, in any order; empty = no entries
    QList<qint64> recordIds; // the ticked records (SummaryRecords.h), likewise; empty = none
    // Between the tick and the summary, a ticked record may be deleted, or moved to a day outside
    // the period: with this set (the app), such records are left out quietly instead of refusing
    // the summary. The CLI, given ids by hand, leaves it unset.
    bool leaveOutOtherRecords = false;
    QDate madeOn; // the date printed on the cover; invalid = today
    // The sensitive measure (thoughts of self-harm) is shared only when the person asks for it
    // here, even when it is turned on and recorded.
    bool sensitiveMeasures = false;
    // Check-ups (core/report/SummaryCheckups.h): off by default, like every section that was
    // added later. The answers to each question of the latest one only when asked for; a
    // sensitive question's answer (PHQ-9 item 9) only when checkupSensitive is ticked.
    bool checkups = false;
    bool checkupAnswers = false;
    bool checkupSensitive = false;
};

// Everything the pages show, read from the vault in one go (fast: a few queries), so the slow
// part, painting, can run on a worker thread without touching the database. Opaque to callers.
struct SummaryData;

struct SummaryDataDeleter
{
    void operator()(SummaryData* data) const;
};
using SummaryDataPtr = std::unique_ptr<SummaryData, SummaryDataDeleter>;

// Reads what the request asks for. Entries not in the period, or not in the vault, are an
// InvalidInput error (the page only offers entries of the period). Call on the thread that
// owns db.
Result<SummaryDataPtr> collectSummary(Database& db, const SummaryRequest& request);

// Writes the summary as an A4 PDF at path (atomically, 0600; an existing file is replaced only
// when overwrite is true). Safe on a worker thread: touches no database and no GUI object.
Status writeSummaryPdf(const SummaryData& data, const QString& path, bool overwrite, const PageProgress& progress = {});

// The same pages as images widthPx wide, for the preview. Never written to disk.
Result<QList<QImage>> renderSummaryPages(const SummaryData& data, int widthPx, const PageProgress& progress = {});

// The number of pages the summary takes (the preview and the PDF agree).
int summaryPageCount(const SummaryData& data);

} // namespace report
} // namespace tideline
