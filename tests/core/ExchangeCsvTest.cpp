// core/exchange: the check-ins as CSV.
#include "core/exchange/CsvExport.h"
#include "core/storage/Database.h"

#include "TestVault.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::test;

namespace {

void exec(Database& db, const char* sql)
{
    INFO(sql);
    REQUIRE(db.exec(sql).ok());
}

const char* kBuiltinHeader = "day,mood,sleep_hours,sleep_quality,nightmares,flashbacks,intrusive_thoughts,anxiety,"
                             "dissociation,energy,feeling_safe";

} // namespace

TEST_CASE("CSV of an empty vault is the header alone", "[exchange]")
{
    TestVault tv;
    Result<QByteArray> csv = exchange::checkinsCsv(tv.vault->database());
    REQUIRE(csv.ok());
    // self_harm_thoughts is off and has no values: no column for it.
    CHECK(csv.value() == QByteArray(kBuiltinHeader) + "\r\n");
}

TEST_CASE("CSV: a row per check-in day in order, a column per metric, empty when not recorded", "[exchange]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    exec(db,
        "INSERT INTO metric (key, label, kind, min_value, max_value, sort_order, created_at) VALUES "
        "('custom_pain', '=HYPERLINK(\"x\")', 'scale', 0, 10, 20, '2026-01-01T09:00:00.000Z');"
        "UPDATE metric SET hidden = 1 WHERE key = 'energy';"
        "UPDATE metric SET hidden = 1 WHERE key = 'feeling_safe';"
        "INSERT INTO checkin (day, created_at, updated_at, note) VALUES "
        "('2026-01-03', '2026-01-03T09:00:00.000Z', '2026-01-03T09:00:00.000Z', 'a note, with \"quotes\"'),"
        "('2026-01-01', '2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z', NULL),"
        "('2026-01-02', '2026-01-02T09:00:00.000Z', '2026-01-02T09:00:00.000Z', NULL);"
        "INSERT INTO checkin_value (day, metric_id, value, updated_at) SELECT '2026-01-03', id, 7.5, "
        "'2026-01-03T09:00:00.000Z' FROM metric WHERE key = 'sleep_hours';"
        "INSERT INTO checkin_value (day, metric_id, value, updated_at) SELECT '2026-01-03', id, 0, "
        "'2026-01-03T09:00:00.000Z' FROM metric WHERE key = 'nightmares';"
        "INSERT INTO checkin_value (day, metric_id, value, updated_at) SELECT '2026-01-01', id, 6, "
        "'2026-01-01T09:00:00.000Z' FROM metric WHERE key IN ('mood', 'energy', 'custom_pain');");
    Result<QByteArray> csv = exchange::checkinsCsv(db);
    REQUIRE(csv.ok());
    const QList<QByteArray> lines = csv.value().split('\n');
    REQUIRE(lines.size() == 5); // header, 3 days, the empty piece after the last CRLF
    // energy is hidden but has a value, so it stays; feeling_safe is hidden without values.
    CHECK(lines[0]
        == "day,mood,sleep_hours,sleep_quality,nightmares,flashbacks,intrusive_thoughts,anxiety,"
           "dissociation,energy,custom_pain\r");
    CHECK(lines[1] == "2026-01-01,6,,,,,,,,6,6\r");
    CHECK(lines[2] == "2026-01-02,,,,,,,,,,\r"); // a check-in with nothing recorded stays a row
    CHECK(lines[3] == "2026-01-03,,7.5,,0,,,,,,\r"); // '.' decimal; a zero is a value
    CHECK(lines[4].isEmpty());
    // Neither labels nor notes leave in the CSV: nothing a spreadsheet could run.
    CHECK_FALSE(csv.value().contains("HYPERLINK"));
    CHECK_FALSE(csv.value().contains("note"));
}
