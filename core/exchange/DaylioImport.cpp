#include "core/exchange/DaylioImport.h"

#include "core/common/AppName.h"
#include "core/exchange/Rows.h"

#include "core/checkin/MetricRepository.h"
#include "core/common/Day.h"
#include "core/exchange/CsvReader.h"
#include "core/journal/Entry.h"
#include "core/journal/EntryText.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace tideline::exchange {

namespace {

using journal::EntryText::kMaxTagChars;

const QString kExpectedHeader = QStringLiteral("full_date,date,weekday,time,mood,activities,note_title,note");
// The short entry that keeps activities logged without words (docs/IMPORT-DAYLIO.md).
const QString kActivitiesTitle = QStringLiteral("Activities from Daylio");

// One row of the file, checked.
struct DaylioRow
{
    int line = 0;
    QDate day;
    QTime time;
    QString createdAt; // UTC, as Tideline stores times
    QString mood; // as written, trimmed; empty when the row has none
    QStringList activities; // tag names, normalised
    QString title;
    QString note;

    bool hasText() const { return !journal::EntryText::isBlank(title) || !journal::EntryText::isBlank(note); }
};

Error atLine(int line, const QString& what)
{
    return Error::make(
        ErrorCode::InvalidInput, QStringLiteral("Line %1: %2 Nothing was imported.").arg(line).arg(what));
}

QString moodKey(const QString& name)
{
    return name.trimmed().toLower();
}

// "21:06", "9:06", "21:06:30", "9:06 pm", "9:06 PM", "9:06 p.m." (Daylio writes the time as the
// phone shows it).
std::optional<QTime> parseTime(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(?:([ap])\\.?\\s*m\\.?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    int hour = m.captured(1).toInt();
    const int minute = m.captured(2).toInt();
    const int second = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    const QString half = m.captured(4).toLower();
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12) {
            return std::nullopt;
        }
        hour = hour % 12 + (half == QStringLiteral("p") ? 12 : 0);
    }
    const QTime time(hour, minute, second);
    if (!time.isValid()) {
        return std::nullopt;
    }
    return time;
}

// Daylio keeps a little formatting in notes (bold, lists, line breaks) as HTML tags. They
// become plain text, and CRLF line breaks become LF; anything else is kept exactly as written.
QString plainNote(QString text)
{
    // A note's line breaks as the journal keeps them, whatever the file used.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    static const QRegularExpression lineBreak(
        QStringLiteral("<br\\s*/?>|</(?:li|p|div)>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression listItem(QStringLiteral("<li>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression formatting(
        QStringLiteral("</?(?:b|i|u|s|strong|em|ul|ol|p|div|span)>"), QRegularExpression::CaseInsensitiveOption);
    text.replace(lineBreak, QStringLiteral("\n"));
    text.replace(listItem, QStringLiteral("• "));
    text.replace(formatting, QString());
    while (text.endsWith(u'\n') || text.endsWith(u' ')) {
        text.chop(1);
    }
    return text;
}

// Where each column Tideline reads sits, found by its name in the first line: Daylio's exports
// differ between versions (newer ones add columns such as "scales" between activities and the
// note title, the order may change, and some have only one of the note columns).
struct Columns
{
    int fullDate = -1; // required
    int mood = -1; // required
    int time = -1; // optional: without it, a row's time is noon
    int activities = -1;
    int noteTitle = -1;
    int note = -1;
    qsizetype count = 0;
    QStringList ignored; // columns Tideline does not use, as written in the file
};

Result<Columns> readHeader(const CsvRecord& header)
{
    // Daylio's own columns that Tideline does not need: the date written out and the weekday
    // say again what full_date says.
    static const QStringList restated = {QStringLiteral("date"), QStringLiteral("weekday")};
    Columns columns;
    columns.count = header.fields.size();
    const std::pair<const char*, int Columns::*> used[] = {
        {"full_date", &Columns::fullDate},
        {"mood", &Columns::mood},
        {"time", &Columns::time},
        {"activities", &Columns::activities},
        {"note_title", &Columns::noteTitle},
        {"note", &Columns::note},
    };
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString written = header.fields[i].trimmed();
        const QString name = written.toLower();
        bool placed = false;
        for (const auto& [key, member] : used) {
            // The first column of a name is used; a repeat of it is listed as not used.
            if (name == QLatin1String(key) && columns.*member < 0) {
                columns.*member = static_cast<int>(i);
                placed = true;
            }
        }
        if (!placed && !restated.contains(name)) {
            columns.ignored.append(written.isEmpty()
                    ? QCoreApplication::translate("DaylioImport", "(a column without a name)")
                    : written.left(60));
        }
    }
    const auto missing = [&](const QString& what) { return atLine(header.line, what); };
    if (columns.fullDate < 0) {
        return missing(QCoreApplication::translate("DaylioImport",
            "there is no full_date column (each row's day, written as YYYY-MM-DD), so this does not look like a "
            "Daylio CSV export. Daylio's first line reads %1.")
                           .arg(kExpectedHeader));
    }
    if (columns.mood < 0) {
        return missing(QCoreApplication::translate("DaylioImport",
            "there is no mood column, so this does not look like a Daylio CSV export. Daylio's first line reads %1.")
                           .arg(kExpectedHeader));
    }
    return columns;
}

// The whole file, checked row by row. Everything is read before anything is written; a Daylio
// export is small (years of it are a few megabytes) and the import is one transaction anyway.
Result<QList<DaylioRow>> readRows(const QByteArray& bytes, const Clock& clock, QStringList* ignoredColumns = nullptr)
{
    if (bytes.size() > kMaxImportBytes) {
        return Error::make(ErrorCode::InvalidInput,
            QStringLiteral("The file is larger than %1 imports (%2 MB). Nothing was imported.")
                .arg(appName(), QString::number(kMaxImportBytes / (1024 * 1024))));
    }
    Result<QList<CsvRecord>> records = readCsv(bytes);
    if (!records) {
        return records.error();
    }
    if (records.value().isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
            QStringLiteral("The file is empty; a Daylio export starts with the line %1. Nothing was imported.")
                .arg(kExpectedHeader));
    }
    Result<Columns> header = readHeader(records.value().first());
    if (!header) {
        return header.error();
    }
    const Columns& c = header.value();
    if (ignoredColumns) {
        *ignoredColumns = c.ignored;
    }

    QList<DaylioRow> rows;
    rows.reserve(records.value().size() - 1);
    for (qsizetype r = 1; r < records.value().size(); ++r) {
        const CsvRecord& record = records.value()[r];
        if (record.fields.size() != c.count) {
            return atLine(record.line,
                QStringLiteral("this row has %1 fields where the first line names %2.")
                    .arg(record.fields.size())
                    .arg(c.count));
        }
        DaylioRow row;
        row.line = record.line;

        const QString dayText = record.fields[c.fullDate].trimmed();
        Result<QDate> day = Day::parse(dayText);
        if (!day) {
            return atLine(record.line,
                QStringLiteral("“%1” in full_date is not a day written as YYYY-MM-DD.").arg(dayText.left(40)));
        }
        if (Status recordable = Day::checkRecordable(day.value(), clock); !recordable) {
            return atLine(record.line, recordable.error().message);
        }
        row.day = day.value();

        // Without a time column, each row is taken as written at noon.
        const QString timeText = c.time >= 0 ? record.fields[c.time].trimmed() : QStringLiteral("12:00");
        const std::optional<QTime> time = parseTime(timeText);
        if (!time) {
            return atLine(record.line,
                QStringLiteral("“%1” in time is not a time of day (like 21:06 or 9:06 pm).").arg(timeText.left(40)));
        }
        row.time = *time;
        // Daylio writes the phone's local time; Tideline stores UTC.
        row.createdAt = QDateTime(row.day, row.time, Qt::LocalTime).toUTC().toString(Qt::ISODateWithMs);

        row.mood = record.fields[c.mood].trimmed();
        if (row.mood.size() > 200) {
            return atLine(record.line, QStringLiteral("the mood name is longer than 200 characters."));
        }

        if (c.activities >= 0) {
            for (QString piece : record.fields[c.activities].split(u'|')) {
                // Tideline's tags never hold a comma (it separates tags when typed): a space keeps the words apart.
                piece.replace(u',', u' ');
                // normalizeTag would shorten a long name without a word; a person is told instead.
                if (piece.simplified().size() > kMaxTagChars) {
                    return atLine(record.line,
                        QStringLiteral("the activity “%1…” is longer than the %2 characters a tag can have.")
                            .arg(piece.simplified().left(30))
                            .arg(kMaxTagChars));
                }
                const QString name = journal::EntryText::normalizeTag(piece);
                if (!name.isEmpty()) {
                    row.activities.append(name);
                }
            }
            row.activities = journal::EntryText::normalizeTags(row.activities);
        }
        if (c.noteTitle >= 0) {
            row.title = plainNote(record.fields[c.noteTitle]).simplified(); // a title is one line
        }
        if (c.note >= 0) {
            row.note = plainNote(record.fields[c.note]);
        }
        if (Status fits = journal::EntryText::validate(row.title, row.note); !fits) {
            return atLine(record.line, fits.error().message);
        }
        rows.append(std::move(row));
    }
    return rows;
}

// The mood value for each row's name, or an error naming every name still undecided.
Result<QHash<QString, std::optional<int>>> resolveMoods(const QList<DaylioRow>& rows, const DaylioMoodMapping& given)
{
    QHash<QString, std::optional<int>> decided;
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (it.value() && (*it.value() < 0 || *it.value() > 10)) {
            return Error::make(ErrorCode::InvalidInput,
                QStringLiteral("The mood “%1” was given %2; moods go from 0 to 10. Nothing was imported.")
                    .arg(it.key().trimmed().left(60))
                    .arg(*it.value()));
        }
        decided.insert(moodKey(it.key()), it.value());
    }
    QStringList unknown;
    QSet<QString> seen;
    for (const DaylioRow& row : rows) {
        const QString key = moodKey(row.mood);
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
            QStringLiteral("%1 does not know where these moods belong on its 0 to 10 scale: %2. Give each a "
                           "value, or leave it out. Nothing was imported.")
                .arg(appName(), unknown.join(QStringLiteral(", "))));
    }
    return decided;
}

class Writer
{
public:
    explicit Writer(Database& db) : m_db(db) {}

    // The day's mood, unless the vault already has one for that day.
    Status dayMood(const QDate& day, const Metric& mood, double value, const QString& at, ImportSummary& summary);
    Status entry(const journal::EntryDraft& draft, const QString& createdAt, ImportSummary& summary);

private:
    Database& m_db;
};

Status Writer::dayMood(const QDate& day, const Metric& mood, double value, const QString& at, ImportSummary& summary)
{
    if (Status fits = checkMetricValue(mood, value); !fits) {
        return fits;
    }
    Result<Statement> checkin = m_db.prepare(
        "INSERT INTO checkin (day, created_at, updated_at) VALUES (?, ?, ?) ON CONFLICT (day) DO NOTHING");
    if (!checkin) {
        return checkin.error();
    }
    checkin.value().bind(1, Day::toText(day)).bind(2, at).bind(3, at);
    if (Status s = checkin.value().run(); !s) {
        return s;
    }
    // A mood the vault already has for that day is the person's own record of it: it stays.
    Result<Statement> st = m_db.prepare("INSERT INTO checkin_value (day, metric_id, value, updated_at) "
                                        "VALUES (?, ?, ?, ?) ON CONFLICT (day, metric_id) DO NOTHING");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, Day::toText(day)).bind(2, mood.id).bind(3, value).bind(4, at);
    if (Status s = st.value().run(); !s) {
        return s;
    }
    summary.checkins += m_db.changes();
    return {};
}

Status Writer::entry(const journal::EntryDraft& draft, const QString& createdAt, ImportSummary& summary)
{
    const QString title = journal::EntryText::clean(draft.title);
    const QString body = journal::EntryText::clean(draft.body);
    const QString day = Day::toText(draft.day);
    // The same file imported again adds nothing twice.
    Result<Statement> same
        = m_db.prepare("SELECT id FROM entry WHERE created_at = ? AND day = ? AND title = ? AND body = ? LIMIT 1");
    if (!same) {
        return same.error();
    }
    same.value().bind(1, createdAt).bind(2, day).bind(3, title).bind(4, body);
    Result<std::optional<qint64>> existing = firstInt(same.value());
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return {};
    }
    Result<Statement> st
        = m_db.prepare("INSERT INTO entry (created_at, updated_at, day, title, body, mood, prompt_key, is_draft, "
                       "is_sensitive) VALUES (?, ?, ?, ?, ?, ?, NULL, 0, 0)");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, createdAt).bind(2, createdAt).bind(3, day).bind(4, title).bind(5, body);
    if (draft.mood) {
        st.value().bind(6, *draft.mood);
    } else {
        st.value().bindNull(6);
    }
    if (Status s = st.value().run(); !s) {
        return s;
    }
    const qint64 entryId = m_db.lastInsertRowId();
    for (const QString& name : draft.tags) {
        Result<qint64> tag = ensureTag(m_db, name);
        if (!tag) {
            return tag.error();
        }
        Result<Statement> link = m_db.prepare("INSERT OR IGNORE INTO entry_tag (entry_id, tag_id) VALUES (?, ?)");
        if (!link) {
            return link.error();
        }
        link.value().bind(1, entryId).bind(2, tag.value());
        if (Status s = link.value().run(); !s) {
            return s;
        }
    }
    ++summary.entries;
    return {};
}

Error withLine(int line, const Error& error)
{
    return Error::make(error.code, QStringLiteral("Line %1: %2 Nothing was imported.").arg(line).arg(error.message));
}

} // namespace

std::optional<int> defaultDaylioMood(const QString& name)
{
    static const QHash<QString, int> defaults{{QStringLiteral("rad"), kDaylioRad},
        {QStringLiteral("good"), kDaylioGood}, {QStringLiteral("meh"), kDaylioMeh}, {QStringLiteral("bad"), kDaylioBad},
        {QStringLiteral("awful"), kDaylioAwful}};
    const auto it = defaults.constFind(moodKey(name));
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
    Result<QList<DaylioRow>> rows = readRows(csv, clock, &ignoredColumns);
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
        const QString key = moodKey(row.mood);
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
    Result<QList<DaylioRow>> read = readRows(csv, clock);
    if (!read) {
        return read.error();
    }
    QList<DaylioRow> rows = std::move(read.value());
    Result<QHash<QString, std::optional<int>>> decided = resolveMoods(rows, moods);
    if (!decided) {
        return decided.error();
    }
    const auto moodOf = [&](const DaylioRow& row) -> std::optional<int> {
        const QString key = moodKey(row.mood);
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
            draft.title = kActivitiesTitle;
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
