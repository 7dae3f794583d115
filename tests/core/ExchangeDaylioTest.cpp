// core/exchange: bringing in a Daylio CSV export (docs/IMPORT-DAYLIO.md). The fixtures in
// tests/fixtures/daylio/ are written by hand from Daylio's documented export format.
#include "core/exchange/DaylioImport.h"
#include "core/exchange/JsonExport.h"
#include "core/storage/Database.h"

#include "SqlScalar.h"
#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>

using namespace tideline;
using namespace tideline::test;

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(TIDELINE_FIXTURES_DIR "/daylio/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void exec(Database& db, const char* sql)
{
    INFO(sql);
    REQUIRE(db.exec(sql).ok());
}

std::optional<double> moodOn(Database& db, const char* day)
{
    const QByteArray sql = QByteArray("SELECT value FROM checkin_value v JOIN metric m ON m.id = v.metric_id "
                                      "WHERE m.key = 'mood' AND v.day = '")
        + day + "'";
    auto row = db.queryFirst(sql.constData());
    REQUIRE(row.ok());
    if (!row.value()) {
        return std::nullopt;
    }
    return row.value()->columnDouble(0);
}

QString textOf(Database& db, const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    auto row = db.queryFirst(utf8.constData());
    REQUIRE(row.ok());
    REQUIRE(row.value().has_value());
    return row.value()->columnText(0);
}

QString utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime).toUTC().toString(Qt::ISODateWithMs);
}

// The vault as the JSON export sees it: what "unchanged" compares.
QByteArray content(Database& db)
{
    ManualClock clock;
    Result<QByteArray> json = exchange::exportJson(db, clock);
    REQUIRE(json.ok());
    return json.value();
}

} // namespace

TEST_CASE("Daylio's default moods sit on Tideline's scale", "[daylio]")
{
    CHECK(exchange::defaultDaylioMood(QStringLiteral("rad")) == 9);
    CHECK(exchange::defaultDaylioMood(QStringLiteral(" Good ")) == 7);
    CHECK(exchange::defaultDaylioMood(QStringLiteral("MEH")) == 5);
    CHECK(exchange::defaultDaylioMood(QStringLiteral("bad")) == 3);
    CHECK(exchange::defaultDaylioMood(QStringLiteral("awful")) == 1);
    CHECK_FALSE(exchange::defaultDaylioMood(QStringLiteral("happy")));
}

TEST_CASE("Inspecting a Daylio export counts rows and days and names unknown moods", "[daylio]")
{
    ManualClock clock;
    auto basic = exchange::inspectDaylio(fixture("basic-bom-crlf.csv"), clock);
    REQUIRE(basic.ok());
    CHECK(basic.value().rows == 6);
    CHECK(basic.value().days == 5);
    CHECK(basic.value().first == QDate(2023, 5, 10));
    CHECK(basic.value().last == QDate(2023, 5, 14));
    CHECK(basic.value().notes == 3);
    CHECK(basic.value().unknownMoods.isEmpty());

    auto custom = exchange::inspectDaylio(fixture("custom-moods.csv"), clock);
    REQUIRE(custom.ok());
    CHECK(custom.value().rows == 5);
    CHECK(custom.value().days == 3);
    // First spelling seen, in order; "HAPPY" is the same name as "happy"; "sad " is trimmed.
    CHECK(custom.value().unknownMoods
        == QStringList{QStringLiteral("happy"), QStringLiteral("sad"), QStringLiteral("Tired")});
}

TEST_CASE("A Daylio export comes in as moods, entries and tags", "[daylio]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    auto imported = exchange::importDaylio(db, fixture("basic-bom-crlf.csv"), {}, tv.clock);
    REQUIRE(imported.ok());
    CHECK(imported.value().checkins == 5);
    CHECK(imported.value().entries == 5);

    // Two moods on 14 May (rad 9, good 7): the day's mood is their mean.
    CHECK(moodOn(db, "2023-05-14") == 8.0);
    CHECK(moodOn(db, "2023-05-13") == 1.0);
    CHECK(moodOn(db, "2023-05-12") == 5.0);
    CHECK(moodOn(db, "2023-05-11") == 3.0);
    CHECK(moodOn(db, "2023-05-10") == 7.0); // "Good": case does not matter

    // The note with its title: quotes, a comma, a line break and an emoji kept exactly.
    CHECK(textOf(db, QStringLiteral("SELECT body FROM entry WHERE title = 'Lovely day'"))
        == QStringLiteral("We laughed, a lot.\nThen we said \"goodbye\" 👋")); // CRLF in a note becomes LF
    CHECK(textOf(db, QStringLiteral("SELECT created_at FROM entry WHERE title = 'Lovely day'"))
        == utc(2023, 5, 14, 21, 6));
    CHECK(scalar(db, QStringLiteral("SELECT mood FROM entry WHERE title = 'Lovely day'")) == 9);
    CHECK(scalar(db,
              QStringLiteral("SELECT count(*) FROM entry e JOIN entry_tag et ON et.entry_id = e.id JOIN tag t ON "
                             "t.id = et.tag_id WHERE e.title = 'Lovely day' AND t.name IN ('friends', 'movies')"))
        == 2);
    // Right-to-left text; Daylio's <br> is a line break.
    CHECK(textOf(db, QStringLiteral("SELECT body FROM entry WHERE day = '2023-05-12'"))
        == QStringLiteral("שלום עולם — a note\nsecond line"));
    // A title with no note is an entry.
    CHECK(scalar(db,
              QStringLiteral("SELECT count(*) FROM entry WHERE day = '2023-05-11' AND title = 'Only a title' "
                             "AND body = ''"))
        == 1);
    // Activities logged without words: one short entry for the day, tagged with them.
    CHECK(textOf(db,
              QStringLiteral("SELECT body FROM entry WHERE day = '2023-05-14' AND title = 'Activities from "
                             "Daylio'"))
        == QStringLiteral("08:30 · good: sleep early, reading"));
    CHECK(textOf(db, QStringLiteral("SELECT body FROM entry WHERE day = '2023-05-10'"))
        == QStringLiteral("19:45 · Good: walk, family"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM tag WHERE name = 'family'")) == 1); // spaces trimmed
    // A mood alone is the day's mood and nothing more.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM entry WHERE day = '2023-05-13'")) == 0);
    // The full-text index knows the imported text.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'goodbye'")) == 1);

    SECTION("importing the same file again adds nothing")
    {
        const QByteArray before = content(db);
        auto again = exchange::importDaylio(db, fixture("basic-bom-crlf.csv"), {}, tv.clock);
        REQUIRE(again.ok());
        CHECK(again.value().entries == 0);
        CHECK(again.value().checkins == 0);
        CHECK(content(db) == before);
    }
}

TEST_CASE("Columns are found by name: a newer export's extra columns are named and left out", "[daylio]")
{
    TestVault tv;
    Database& db = tv.vault->database();

    // A newer Daylio: "scales" between activities and the note title.
    auto newer = exchange::inspectDaylio(fixture("newer-with-scales.csv"), tv.clock);
    REQUIRE(newer.ok());
    CHECK(newer.value().rows == 2);
    CHECK(newer.value().notes == 1);
    CHECK(newer.value().ignoredColumns == QStringList{QStringLiteral("scales")});
    auto imported = exchange::importDaylio(db, fixture("newer-with-scales.csv"), {}, tv.clock);
    REQUIRE(imported.ok());
    CHECK(imported.value().checkins == 2);
    CHECK(textOf(db, QStringLiteral("SELECT body FROM entry WHERE title = 'A good day'"))
        == QStringLiteral("Sun on the water"));
    CHECK(moodOn(db, "2023-05-13") == 5.0);
    // The scale's words are in no entry.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM entry WHERE body LIKE '%Energy%' OR title LIKE '%Energy%'"))
        == 0);

    // Another order, only the note column, no time, and a column of someone's own.
    auto subset = exchange::inspectDaylio(fixture("reordered-subset.csv"), tv.clock);
    REQUIRE(subset.ok());
    CHECK(subset.value().rows == 2);
    CHECK(subset.value().notes == 1);
    CHECK(subset.value().ignoredColumns == QStringList{QStringLiteral("Extra Column")});
    auto placed = exchange::importDaylio(db, fixture("reordered-subset.csv"), {}, tv.clock);
    REQUIRE(placed.ok());
    CHECK(moodOn(db, "2023-05-12") == 1.0);
    // Without a time column a row is taken as written at noon, local time.
    CHECK(textOf(db, QStringLiteral("SELECT created_at FROM entry WHERE body = 'Only a note, no title'"))
        == utc(2023, 5, 14, 12, 0));

    // A repeated column: the first is used, the repeat is named.
    const QByteArray repeated = "full_date,mood,mood,note\n2023-05-09,good,awful,hello\n";
    auto twice = exchange::inspectDaylio(repeated, tv.clock);
    REQUIRE(twice.ok());
    CHECK(twice.value().ignoredColumns == QStringList{QStringLiteral("mood")});
    REQUIRE(exchange::importDaylio(db, repeated, {}, tv.clock).ok());
    CHECK(moodOn(db, "2023-05-09") == 7.0);
}

TEST_CASE("A Daylio file without a day or a mood column is refused, naming the column", "[daylio]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    const QByteArray before = content(db);
    const std::pair<QByteArray, const char*> cases[] = {
        {fixture("no-mood.csv"), "Line 1: there is no mood column"},
        {fixture("wrong-header.csv"), "Line 1: there is no full_date column"},
        {"date,time,mood\nMay 14,21:06,rad\n", "Line 1: there is no full_date column"},
    };
    for (const auto& [csv, message] : cases) {
        INFO(message);
        auto inspected = exchange::inspectDaylio(csv, tv.clock);
        REQUIRE_FALSE(inspected.ok());
        CHECK(inspected.error().message.startsWith(QString::fromUtf8(message)));
        CHECK(inspected.error().message.contains(QStringLiteral("Nothing was imported")));
        CHECK_FALSE(exchange::importDaylio(db, csv, {}, tv.clock).ok());
    }
    CHECK(content(db) == before);
}

TEST_CASE("A day that already has a mood in the vault keeps it", "[daylio]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    exec(db,
        "INSERT INTO checkin (day, created_at, updated_at, note) VALUES "
        "('2023-05-14', '2023-05-14T10:00:00.000Z', '2023-05-14T10:00:00.000Z', 'mine');"
        "INSERT INTO checkin_value (day, metric_id, value, updated_at) SELECT '2023-05-14', id, 2, "
        "'2023-05-14T10:00:00.000Z' FROM metric WHERE key = 'mood';"
        "INSERT INTO entry (created_at, updated_at, day, title, body) VALUES "
        "('2023-05-14T10:00:00.000Z', '2023-05-14T10:00:00.000Z', '2023-05-14', 'Mine', 'kept');");
    auto imported = exchange::importDaylio(db, fixture("basic-bom-crlf.csv"), {}, tv.clock);
    REQUIRE(imported.ok());
    CHECK(imported.value().checkins == 4);
    CHECK(moodOn(db, "2023-05-14") == 2.0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM checkin WHERE day = '2023-05-14' AND note = 'mine'")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM entry WHERE title = 'Mine' AND body = 'kept'")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM entry")) == 6);
}

TEST_CASE("Unknown moods are asked about, never guessed", "[daylio]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    const QByteArray csv = fixture("custom-moods.csv");
    const QByteArray before = content(db);

    SECTION("without a mapping nothing comes in, and every unknown name is listed")
    {
        auto refused = exchange::importDaylio(db, csv, {}, tv.clock);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.code() == ErrorCode::InvalidInput);
        CHECK(refused.error().message.contains(QStringLiteral("happy, sad, Tired")));
        CHECK(content(db) == before);
    }
    SECTION("a mapping missing one name is refused naming only that one")
    {
        exchange::DaylioMoodMapping moods{{QStringLiteral("Happy"), 8}, {QStringLiteral("sad"), 2}};
        auto refused = exchange::importDaylio(db, csv, moods, tv.clock);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral(": Tired.")));
        CHECK(content(db) == before);
    }
    SECTION("a value outside 0 to 10 is refused")
    {
        exchange::DaylioMoodMapping moods{
            {QStringLiteral("happy"), 11}, {QStringLiteral("sad"), 2}, {QStringLiteral("tired"), 4}};
        auto refused = exchange::importDaylio(db, csv, moods, tv.clock);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("0 to 10")));
        CHECK(content(db) == before);
    }
    SECTION("mapped values and left-out moods")
    {
        exchange::DaylioMoodMapping moods{
            {QStringLiteral("HAPPY"), 8}, {QStringLiteral("sad"), 2}, {QStringLiteral("tired"), std::nullopt}};
        auto imported = exchange::importDaylio(db, csv, moods, tv.clock);
        REQUIRE(imported.ok());
        CHECK(moodOn(db, "2023-06-03") == 8.0);
        CHECK(moodOn(db, "2023-06-02") == 5.0); // sad 2 and good 7: the mean, 4.5, to the nearest whole
        CHECK(moodOn(db, "2023-06-01") == 8.0); // "Tired" left out, "HAPPY" counts
        CHECK(scalar(db, QStringLiteral("SELECT mood FROM entry WHERE day = '2023-06-02'")) == 2);
        CHECK(textOf(db, QStringLiteral("SELECT body FROM entry WHERE day = '2023-06-02'"))
            == QStringLiteral("A heavy day.\nI rested."));
    }
    SECTION("a mapping may move a default mood too")
    {
        exchange::DaylioMoodMapping moods{{QStringLiteral("happy"), 8}, {QStringLiteral("sad"), 2},
            {QStringLiteral("tired"), 4}, {QStringLiteral("good"), 6}};
        REQUIRE(exchange::importDaylio(db, csv, moods, tv.clock).ok());
        CHECK(moodOn(db, "2023-06-02") == 4.0); // (2 + 6) / 2
    }
}

TEST_CASE("A malformed Daylio file names the line and imports nothing", "[daylio]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    exec(db,
        "INSERT INTO entry (created_at, updated_at, day, title, body) VALUES "
        "('2023-05-14T10:00:00.000Z', '2023-05-14T10:00:00.000Z', '2023-05-14', 'Mine', 'kept');");
    const QByteArray before = content(db);

    const QByteArray header = "full_date,date,weekday,time,mood,activities,note_title,note\n";
    const QByteArray good = "2023-05-14,May 14,Sunday,21:06,rad,\"\",\"\",\"fine\"\n";
    struct Case
    {
        const char* name;
        QByteArray csv;
        QString message;
    };
    const Case cases[] = {
        {"unbalanced quote", fixture("unbalanced-quote.csv"), QStringLiteral("Line 3: a field opens a quote")},
        {"impossible date", fixture("bad-date.csv"), QStringLiteral("Line 3: “2023-02-30” in full_date")},
        {"impossible time", fixture("bad-time.csv"), QStringLiteral("Line 2: “25:61” in time")},
        {"older layout without full_date", fixture("wrong-header.csv"),
            QStringLiteral("Line 1: there is no full_date column")},
        {"empty file", QByteArray(), QStringLiteral("The file is empty")},
        {"a row with a field too few", header + good + "2023-05-13,May 13,Saturday,21:06,rad,\"\",\"\"\n",
            QStringLiteral("Line 3: this row has 7 fields where the first line names 8")},
        {"a day still to come", header + good + "2027-01-01,January 1,Friday,09:00,good,,,\n",
            QStringLiteral("Line 3: 2027-01-01 hasn't come yet")},
        {"a date written another way", header + "14/05/2023,May 14,Sunday,21:06,rad,,,\n",
            QStringLiteral("Line 2: “14/05/2023”")},
        {"13 pm", header + "2023-05-14,May 14,Sunday,13:05 pm,rad,,,\n", QStringLiteral("Line 2: “13:05 pm”")},
        {"a title too long",
            header + good + "2023-05-13,May 13,Saturday,21:06,rad,,\"" + QByteArray(1001, 'x') + "\",\n",
            QStringLiteral("Line 3:")},
        {"an activity too long", header + "2023-05-13,May 13,Saturday,21:06,rad,\"" + QByteArray(61, 'a') + "\",,\n",
            QStringLiteral("Line 2: the activity")},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        auto inspected = exchange::inspectDaylio(c.csv, tv.clock);
        REQUIRE_FALSE(inspected.ok());
        INFO(inspected.error().message.toStdString());
        CHECK(inspected.error().message.startsWith(c.message));
        auto imported = exchange::importDaylio(db, c.csv, {}, tv.clock);
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.code() == ErrorCode::InvalidInput);
        CHECK(imported.error().message.startsWith(c.message));
        CHECK(imported.error().message.contains(QStringLiteral("Nothing was imported")));
        CHECK(content(db) == before);
    }
}

TEST_CASE("Daylio's times, written as the phone shows them, are stored in UTC", "[daylio]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    const QByteArray csv = "full_date,date,weekday,time,mood,activities,note_title,note\n"
                           "2023-01-02,January 2,Monday,12:05 AM,good,,,midnight\n"
                           "2023-01-03,January 3,Tuesday,12:40 p.m.,good,,,noon\n"
                           "2023-01-04,January 4,Wednesday,7:09:30,good,,,seconds\n";
    REQUIRE(exchange::importDaylio(db, csv, {}, tv.clock).ok());
    CHECK(textOf(db, QStringLiteral("SELECT created_at FROM entry WHERE body = 'midnight'")) == utc(2023, 1, 2, 0, 5));
    CHECK(textOf(db, QStringLiteral("SELECT created_at FROM entry WHERE body = 'noon'")) == utc(2023, 1, 3, 12, 40));
    CHECK(textOf(db, QStringLiteral("SELECT created_at FROM entry WHERE body = 'seconds'"))
        == QDateTime(QDate(2023, 1, 4), QTime(7, 9, 30), Qt::LocalTime).toUTC().toString(Qt::ISODateWithMs));
}

TEST_CASE("Zero-width and huge text from Daylio", "[daylio]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    // A note of only a zero-width space is no text: the row is a mood alone.
    QByteArray csv = "full_date,date,weekday,time,mood,activities,note_title,note\n"
                     "2023-01-02,January 2,Monday,09:00,good,,,\"\xE2\x80\x8B\"\n";
    // A long note (2 MB) comes in whole.
    const QByteArray big(2 * 1024 * 1024, 'w');
    csv += "2023-01-03,January 3,Tuesday,09:00,meh,,,\"" + big + "\"\n";
    auto imported = exchange::importDaylio(db, csv, {}, tv.clock);
    REQUIRE(imported.ok());
    CHECK(imported.value().entries == 1);
    CHECK(scalar(db, QStringLiteral("SELECT length(body) FROM entry WHERE day = '2023-01-03'")) == big.size());
    CHECK(moodOn(db, "2023-01-02") == 7.0);
}
