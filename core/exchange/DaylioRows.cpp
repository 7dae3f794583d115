#include "core/exchange/DaylioRows.h"

#include "core/common/AppName.h"
#include "core/common/Day.h"
#include "core/exchange/CsvReader.h"
#include "core/exchange/JsonImport.h"
#include "core/journal/EntryText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace tideline::exchange {

namespace {

using journal::EntryText::kMaxTagChars;

const QString kExpectedHeader = QStringLiteral("full_date,date,weekday,time,mood,activities,note_title,note");

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
    const auto missing = [&](const QString& what) { return daylioLineError(header.line, what); };
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

} // namespace

bool DaylioRow::hasText() const
{
    return !journal::EntryText::isBlank(title) || !journal::EntryText::isBlank(note);
}

QString daylioMoodKey(const QString& name)
{
    return name.trimmed().toLower();
}

Error daylioLineError(int line, const QString& what)
{
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Exchange", "Line %1: %2 Nothing was imported.").arg(line).arg(what));
}

Result<QList<DaylioRow>> readDaylioRows(const QByteArray& bytes, const Clock& clock, QStringList* ignoredColumns)
{
    if (bytes.size() > kMaxImportBytes) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Exchange", "The file is larger than %1 imports (%2 MB). Nothing was imported.")
                .arg(appName(), QString::number(kMaxImportBytes / (1024 * 1024))));
    }
    Result<QList<CsvRecord>> records = readCsv(bytes);
    if (!records) {
        return records.error();
    }
    if (records.value().isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Exchange", "The file is empty; a Daylio export starts with the line %1. Nothing was imported.")
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
            return daylioLineError(record.line,
                QCoreApplication::translate("Exchange", "this row has %1 fields where the first line names %2.")
                    .arg(record.fields.size())
                    .arg(c.count));
        }
        DaylioRow row;
        row.line = record.line;

        const QString dayText = record.fields[c.fullDate].trimmed();
        Result<QDate> day = Day::parse(dayText);
        if (!day) {
            return daylioLineError(record.line,
                QCoreApplication::translate("Exchange", "“%1” in full_date is not a day written as YYYY-MM-DD.")
                    .arg(dayText.left(40)));
        }
        if (Status recordable = Day::checkRecordable(day.value(), clock); !recordable) {
            return daylioLineError(record.line, recordable.error().message);
        }
        row.day = day.value();

        // Without a time column, each row is taken as written at noon.
        const QString timeText = c.time >= 0 ? record.fields[c.time].trimmed() : QStringLiteral("12:00");
        const std::optional<QTime> time = parseTime(timeText);
        if (!time) {
            return daylioLineError(record.line,
                QCoreApplication::translate("Exchange", "“%1” in time is not a time of day (like 21:06 or 9:06 pm).")
                    .arg(timeText.left(40)));
        }
        row.time = *time;
        // Daylio writes the phone's local time; Tideline stores UTC.
        row.createdAt = QDateTime(row.day, row.time, Qt::LocalTime).toUTC().toString(Qt::ISODateWithMs);

        row.mood = record.fields[c.mood].trimmed();
        if (row.mood.size() > 200) {
            return daylioLineError(
                record.line, QCoreApplication::translate("Exchange", "the mood name is longer than 200 characters."));
        }

        if (c.activities >= 0) {
            for (QString piece : record.fields[c.activities].split(u'|')) {
                // Tideline's tags never hold a comma (it separates tags when typed): a space keeps the words apart.
                piece.replace(u',', u' ');
                // normalizeTag would shorten a long name without a word; a person is told instead.
                if (piece.simplified().size() > kMaxTagChars) {
                    return daylioLineError(record.line,
                        QCoreApplication::translate(
                            "Exchange", "the activity “%1…” is longer than the %2 characters a tag can have.")
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
            return daylioLineError(record.line, fits.error().message);
        }
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace tideline::exchange
