#include "core/exchange/DaylioImport.h"

#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"
#include "core/common/AppName.h"
#include "core/common/Day.h"
#include "core/common/MoodScale.h"
#include "core/exchange/DaylioRows.h"
#include "core/journal/Entry.h"
#include "core/journal/EntryText.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace tideline::exchange {

namespace {

// The title of the short entry that keeps activities logged without words
// (docs/IMPORT-DAYLIO.md), in the language of the import.
QString activitiesTitle()
{
    return QCoreApplication::translate("Exchange", "Activities from Daylio");
}

// The mood value for each row's name, or an error naming every name still undecided.
Result<QHash<QString, std::optional<int>>> resolveMoods(const QList<DaylioRow>& rows, const DaylioMoodMapping& given)
{
    QHash<QString, std::optional<int>> decided;
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (it.value() && !MoodScale::contains(*it.value())) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "Exchange", "The mood “%1” was given %2; moods go from %3 to %4. Nothing was imported.")
                    .arg(it.key().trimmed().left(60), QString::number(*it.value()), QString::number(MoodScale::kMin),
                        QString::number(MoodScale::kMax)));
        }
        decided.insert(daylioMoodKey(it.key()), it.value());
    }
    QStringList unknown;
    QSet<QString> seen;
    for (const DaylioRow& row : rows) {
        const QString key = daylioMoodKey(row.mood);
        if (key.isEmpty() || decided.contains(key)) {
            continue;
        }
        if (const std::optional<int> value = defaultDaylioMood(key)) {
            decided.insert(key, value);
        } else if (!seen.contains(key)) {
            seen.insert(key);
            unknown.append(row.mood);
        }
    }
    if (!unknown.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Exchange",
                "%1 does not know where these moods belong on its %2 to %3 scale: %4. Give each a "
                "value, or leave it out. Nothing was imported.")
                .arg(appName(), QString::number(MoodScale::kMin), QString::number(MoodScale::kMax),
                    unknown.join(QStringLiteral(", "))));
    }
    return decided;
}

// Writes the checked rows through the repositories, inside the import's one transaction.
class Writer
{
public:
    explicit Writer(Database& db) : m_checkins(db), m_journal(db, SystemClock::instance()) {}

    // The day's mood, unless the vault already has one for that day.
    Status dayMood(const QDate& day, const Metric& mood, double value, const QString& at, ImportSummary& summary);
    Status entry(const journal::EntryDraft& draft, const QString& createdAt, ImportSummary& summary);

private:
    CheckinRepository m_checkins;
    journal::JournalRepository m_journal;
};

Status Writer::dayMood(const QDate& day, const Metric& mood, double value, const QString& at, ImportSummary& summary)
{
    if (Status fits = checkMetricValue(mood, value); !fits) {
        return fits;
    }
    if (Status s = m_checkins.insertDayAsRecorded(day, at, at, std::nullopt); !s) {
        return s;
    }
    // A mood the vault already has for that day is the person's own record of it: it stays.
    Result<bool> added = m_checkins.insertValueAsRecorded(day, mood.id, value, at);
    if (!added) {
        return added.error();
    }
    summary.checkins += added.value() ? 1 : 0;
    return {};
}

Status Writer::entry(const journal::EntryDraft& draft, const QString& createdAt, ImportSummary& summary)
{
    journal::Entry entry;
    entry.createdAt = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    entry.updatedAt = entry.createdAt;
    entry.day = draft.day;
    entry.title = draft.title;
    entry.body = draft.body;
    entry.mood = draft.mood;
    entry.tags = draft.tags;
    // The same file imported again adds nothing twice.
    Result<bool> known = m_journal.containsSame(entry);
    if (!known) {
        return known.error();
    }
    if (known.value()) {
        return {};
    }
    if (Result<qint64> id = m_journal.insertAsRecorded(entry); !id) {
        return id.error();
    }
    ++summary.entries;
    return {};
}

Error withLine(int line, const Error& error)
{
    return Error::make(error.code,
        QCoreApplication::translate("Exchange", "Line %1: %2 Nothing was imported.").arg(line).arg(error.message));
}

} // namespace

std::optional<int> defaultDaylioMood(const QString& name)
{
    static const QHash<QString, int> defaults{{QStringLiteral("rad"), kDaylioRad},
        {QStringLiteral("good"), kDaylioGood}, {QStringLiteral("meh"), kDaylioMeh}, {QStringLiteral("bad"), kDaylioBad},
        {QStringLiteral("awful"), kDaylioAwful}};
    const auto it = defaults.constFind(daylioMoodKey(name));
    if (it == defaults.constEnd()) {
        return std::nullopt;
    }
    return it.value();
}

Result<DaylioPreview> inspectDaylio(const QByteArray& csv, const Clock& clock)
{
    Progress quiet;
    return inspectDaylio(csv, clock, quiet);
}

Result<DaylioPreview> inspectDaylio(const QByteArray& csv, const Clock& clock, Progress& progress)
{
    progress.step(QCoreApplication::translate("DaylioImport", "Reading the file"), 0);
    QStringList ignoredColumns;
    Result<QList<DaylioRow>> rows = readDaylioRows(csv, clock, &ignoredColumns);
    if (!rows) {
        return rows.error();
    }
    DaylioPreview preview;
    preview.ignoredColumns = ignoredColumns;
    preview.rows = static_cast<int>(rows.value().size());
    QSet<QDate> days;
    QSet<QString> seen;
    for (const DaylioRow& row : rows.value()) {
        days.insert(row.day);
        if (!preview.first.isValid() || row.day < preview.first) {
            preview.first = row.day;
        }
        if (!preview.last.isValid() || row.day > preview.last) {
            preview.last = row.day;
        }
        if (row.hasText()) {
            ++preview.notes;
        }
        const QString key = daylioMoodKey(row.mood);
        if (!key.isEmpty() && !defaultDaylioMood(key) && !seen.contains(key)) {
            seen.insert(key);
            preview.unknownMoods.append(row.mood);
        }
    }
    preview.days = static_cast<int>(days.size());
    return preview;
}

Result<ImportSummary> importDaylio(
    Database& db, const QByteArray& csv, const DaylioMoodMapping& moods, const Clock& clock)
{
    Progress quiet;
    return importDaylio(db, csv, moods, clock, quiet);
}

Result<ImportSummary> importDaylio(
    Database& db, const QByteArray& csv, const DaylioMoodMapping& moods, const Clock& clock, Progress& progress)
{
    progress.step(QCoreApplication::translate("DaylioImport", "Reading the file"), 0);
    Result<QList<DaylioRow>> read = readDaylioRows(csv, clock);
    if (!read) {
        return read.error();
    }
    QList<DaylioRow> rows = std::move(read.value());
    Result<QHash<QString, std::optional<int>>> decided = resolveMoods(rows, moods);
    if (!decided) {
        return decided.error();
    }
    const auto moodOf = [&](const DaylioRow& row) -> std::optional<int> {
        const QString key = daylioMoodKey(row.mood);
        return key.isEmpty() ? std::nullopt : decided.value().value(key);
    };
    Result<Metric> moodMetric = MetricRepository(db).byKey(QStringLiteral("mood"));
    if (!moodMetric) {
        return moodMetric.error();
    }
    // Daylio lists the newest first; the journal reads best with ids in the order things happened.
    std::stable_sort(
        rows.begin(), rows.end(), [](const DaylioRow& a, const DaylioRow& b) { return a.createdAt < b.createdAt; });

    ImportSummary summary;
    Writer writer(db);
    Transaction tx(db);
    if (Status begun = tx.begin(); !begun) {
        return begun.error();
    }

    // Day by day, in order: QMap keeps the days sorted.
    QMap<QDate, QList<const DaylioRow*>> byDay;
    for (const DaylioRow& row : rows) {
        byDay[row.day].append(&row);
    }
    progress.step(QCoreApplication::translate("DaylioImport", "Adding your days"), byDay.size());
    qint64 daysDone = 0;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const QList<const DaylioRow*>& dayRows = it.value();
        progress.advance(daysDone++);
        if (progress.stopRequested()) {
            return Progress::cancelled(QCoreApplication::translate("DaylioImport", "Nothing was imported."));
        }

        // The day's mood: the mean of its moods, to the nearest whole number (as Daylio's own
        // statistics average a day), so several check-ins in one day give one value.
        double sum = 0;
        int counted = 0;
        for (const DaylioRow* row : dayRows) {
            if (const std::optional<int> value = moodOf(*row)) {
                sum += *value;
                ++counted;
            }
        }
        if (counted > 0) {
            const double mean = std::round(sum / counted);
            if (Status s = writer.dayMood(it.key(), moodMetric.value(), mean, dayRows.last()->createdAt, summary); !s) {
                return withLine(dayRows.last()->line, s.error());
            }
        }

        // Rows with words become entries; activities logged without words are kept together in
        // one short entry for the day, so nothing the person logged is lost.
        QStringList activityLines;
        QStringList activityTags;
        const DaylioRow* firstActivityRow = nullptr;
        for (const DaylioRow* row : dayRows) {
            if (row->hasText()) {
                journal::EntryDraft draft;
                draft.day = row->day;
                draft.title = row->title;
                draft.body = row->note;
                draft.mood = moodOf(*row);
                draft.tags = row->activities;
                if (Status s = writer.entry(draft, row->createdAt, summary); !s) {
                    return withLine(row->line, s.error());
                }
            } else if (!row->activities.isEmpty()) {
                if (!firstActivityRow) {
                    firstActivityRow = row;
                }
                const QString when = row->time.toString(QStringLiteral("HH:mm"));
                const QString what = row->activities.join(QStringLiteral(", "));
                activityLines.append(row->mood.isEmpty() ? QStringLiteral("%1 · %2").arg(when, what)
                                                         : QStringLiteral("%1 · %2: %3").arg(when, row->mood, what));
                activityTags.append(row->activities);
            }
        }
        if (firstActivityRow) {
            journal::EntryDraft draft;
            draft.day = it.key();
            draft.title = activitiesTitle();
            draft.body = activityLines.join(u'\n');
            draft.tags = journal::EntryText::normalizeTags(activityTags);
            if (Status s = writer.entry(draft, firstActivityRow->createdAt, summary); !s) {
                return withLine(firstActivityRow->line, s.error());
            }
        }
    }
    progress.step(QCoreApplication::translate("DaylioImport", "Saving"), 0);
    if (Status committed = tx.commit(); !committed) {
        return committed.error();
    }
    return summary;
}

} // namespace tideline::exchange
