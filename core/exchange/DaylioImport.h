#pragma once

#include "core/common/Clock.h"
#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/exchange/JsonImport.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace tideline {

class Database;

namespace exchange {

// Bringing in a Daylio CSV export (docs/IMPORT-DAYLIO.md). Two steps, so a person sees what
// will come in and decides about moods Tideline cannot place before anything is written:
//
//     Result<DaylioPreview> p = inspectDaylio(bytes);          // no database
//     ... ask about p.value().unknownMoods ...
//     Result<ImportSummary> s = importDaylio(db, bytes, mapping);

// Daylio's five default moods on Tideline's mood scale (core/common/MoodScale.h).
inline constexpr int kDaylioRad = 9;
inline constexpr int kDaylioGood = 7;
inline constexpr int kDaylioMeh = 5;
inline constexpr int kDaylioBad = 3;
inline constexpr int kDaylioAwful = 1;

// The value for one of the default mood names (any case, spaces around ignored), or nothing.
std::optional<int> defaultDaylioMood(const QString& name);

// What the person decided for mood names: a value on the mood scale, or std::nullopt for "leave the
// mood out" on rows with that name (their notes and activities still come in). Keys are
// compared without regard to case and surrounding spaces. A name given here also overrides the
// default for rad, good, meh, bad and awful.
using DaylioMoodMapping = QHash<QString, std::optional<int>>;

struct DaylioPreview
{
    int rows = 0; // records below the header
    int days = 0; // distinct days
    QDate first;
    QDate last;
    int notes = 0; // rows with a title or a note: each becomes a journal entry
    // Mood names that are not Daylio's defaults, as written in the file (first spelling seen),
    // in the order they first appear.
    QStringList unknownMoods;
    // Columns of the file that Tideline does not use (a newer Daylio's "scales", say), as
    // written, in file order; the person is told they stay out. (date and weekday, which only
    // repeat full_date, are not listed.)
    QStringList ignoredColumns;
};

// Reads and checks the whole file without touching a vault. A mistake is reported with its line
// ("Line 12: …"), as importDaylio would report it.
Result<DaylioPreview> inspectDaylio(const QByteArray& csv, const Clock& clock = SystemClock::instance());
Result<DaylioPreview> inspectDaylio(const QByteArray& csv, const Clock& clock, Progress& progress);

// Adds the file to the open vault in one transaction: all of it or, on the first mistake,
// nothing. Refused (InvalidInput, naming them) while a mood name is neither a default nor in
// the mapping. Nothing already in the vault is changed: a day that already has a mood keeps it,
// and an entry already imported (same time, day, title and text) is not added again.
// The counts: checkins = days whose mood was added, entries = journal entries added.
Result<ImportSummary> importDaylio(
    Database& db, const QByteArray& csv, const DaylioMoodMapping& moods, const Clock& clock = SystemClock::instance());
// With progress (day by day); a stop asked for rolls everything back and answers Cancelled.
Result<ImportSummary> importDaylio(
    Database& db, const QByteArray& csv, const DaylioMoodMapping& moods, const Clock& clock, Progress& progress);

} // namespace exchange
} // namespace tideline
