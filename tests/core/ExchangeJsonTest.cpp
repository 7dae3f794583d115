// core/exchange: the JSON export of everything, and its import (DESIGN.md sections 5 and 7).
#include "core/exchange/JsonExport.h"
#include "core/exchange/JsonImport.h"
#include "core/exchange/JsonLocation.h"
#include "core/storage/Database.h"

#include "SqlScalar.h"
#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tideline;
using namespace tideline::test;

namespace {

void exec(Database& db, const char* sql)
{
    INFO(sql);
    REQUIRE(db.exec(sql).ok());
}

// Something of every kind, with text that is easy to get wrong: emoji, right-to-left,
// zero-width joiners, quotes, line breaks.
void fill(Database& db)
{
    exec(db,
        "INSERT INTO metric (key, label, kind, min_value, max_value, unit, sort_order, created_at) VALUES "
        "('custom_pain', 'Pain 😣', 'scale', 0, 10, NULL, 20, '2026-01-01T09:00:00.000Z'),"
        "('custom_walks', 'Walks', 'count', 0, 20, 'walks', 21, '2026-01-01T09:00:00.000Z');"
        "UPDATE metric SET label = 'How I feel', sort_order = 30 WHERE key = 'mood';"
        "UPDATE metric SET hidden = 1 WHERE key = 'energy';"
        "UPDATE metric SET enabled = 1 WHERE key = 'self_harm_thoughts';"
        "INSERT INTO checkin (day, created_at, updated_at, note) VALUES "
        "('2026-01-01', '2026-01-01T09:00:00.000Z', '2026-01-01T10:00:00.000Z', 'שלום \"hi\"\nline two'),"
        "('2026-01-02', '2026-01-02T09:00:00.000Z', '2026-01-02T09:00:00.000Z', NULL);"
        "INSERT INTO checkin_value (day, metric_id, value, updated_at) SELECT '2026-01-01', id, 7.5, "
        "'2026-01-01T10:00:00.000Z' FROM metric WHERE key = 'sleep_hours';"
        "INSERT INTO checkin_value (day, metric_id, value, updated_at) SELECT '2026-01-01', id, 3, "
        "'2026-01-01T10:00:00.000Z' FROM metric WHERE key IN ('mood', 'custom_pain', 'custom_walks');"
        "INSERT INTO checkin_value (day, metric_id, value, updated_at) SELECT '2026-01-02', id, 0, "
        "'2026-01-02T09:00:00.000Z' FROM metric WHERE key = 'nightmares';"
        "INSERT INTO tag (name) VALUES ('sleep'), ('unused tag'), ('👩‍👧 family');"
        "INSERT INTO entry (created_at, updated_at, day, title, body, mood, prompt_key, is_draft, is_sensitive) VALUES "
        "('2026-01-01T20:00:00.000Z', '2026-01-01T21:00:00.000Z', '2026-01-01', 'First', 'a\u200Db', 4, "
        "'grounding_1', 0, 1),"
        "('2026-01-02T20:00:00.000Z', '2026-01-02T20:00:00.000Z', '2025-12-31', '', 'still typing', NULL, NULL, 1, 0);"
        "INSERT INTO entry_tag (entry_id, tag_id) SELECT e.id, t.id FROM entry e, tag t "
        "WHERE e.title = 'First' AND t.name IN ('sleep', '👩‍👧 family');"
        "INSERT INTO moment (occurred_at, day, kind, intensity, trigger_text, place, body_sensations, what_helped, "
        "created_at) VALUES ('2026-01-02T03:00:00.000Z', '2026-01-02', 'nightmare', 7, NULL, 'home', 'tight chest', "
        "'breathing', '2026-01-02T03:05:00.000Z');"
        "INSERT INTO routine (key, label, sort_order, created_at) VALUES "
        "(NULL, 'Call my sister', 12, '2026-01-01T09:00:00.000Z');"
        "UPDATE routine SET hidden = 1 WHERE key = 'less_caffeine';"
        "INSERT INTO routine_log (routine_id, day, done_at) SELECT id, '2026-01-01', '2026-01-01T12:00:00.000Z' "
        "FROM routine WHERE key = 'water' OR label = 'Call my sister';"
        "UPDATE safety_plan_item SET checked = 1, updated_at = '2026-01-01T09:30:00.000Z' WHERE text = 'Keys';"
        "INSERT INTO safety_plan_item (section, text, checked, builtin, sort_order, created_at, updated_at) VALUES "
        "('warning_sign', 'I stop eating', 0, 0, 1, '2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z');"
        "INSERT INTO safety_contact (name, phone, note, kind, sort_order, created_at) VALUES "
        "('Sam', '+44 20 7946 0000', NULL, 'person', 1, '2026-01-01T09:00:00.000Z');"
        "INSERT INTO resource (region, name, phone, url, note, user_added, sort_order) VALUES "
        "('GB', 'Local centre', NULL, 'https://example.org', NULL, 1, 1);"
        "INSERT INTO setting (key, value) VALUES ('region', 'GB');");
}

// The export without its time stamp: what "identical content" compares.
QByteArray content(Database& db)
{
    ManualClock clock;
    Result<QByteArray> json = exchange::exportJson(db, clock);
    REQUIRE(json.ok());
    return json.value();
}

QJsonObject parsed(Database& db)
{
    return QJsonDocument::fromJson(content(db)).object();
}

} // namespace

TEST_CASE("The JSON export is valid JSON with a version and every kind of content", "[exchange]")
{
    TestVault tv;
    fill(tv.vault->database());
    const QJsonObject root = parsed(tv.vault->database());
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("tideline-export"));
    CHECK(root.value(QStringLiteral("version")).toInt() == exchange::kJsonExportVersion);
    CHECK(root.value(QStringLiteral("checkins")).toArray().size() == 2);
    CHECK(root.value(QStringLiteral("entries")).toArray().size() == 2); // the draft too
    CHECK(root.value(QStringLiteral("tags")).toArray().size() == 3);
    CHECK(root.value(QStringLiteral("moments")).toArray().size() == 1);
    CHECK(root.value(QStringLiteral("safety_contacts")).toArray().size() == 1);
    CHECK(root.value(QStringLiteral("resources")).toArray().size() == 1);
    const QJsonObject first = root.value(QStringLiteral("checkins")).toArray().at(0).toObject();
    CHECK(first.value(QStringLiteral("note")).toString() == QStringLiteral("שלום \"hi\"\nline two"));
    CHECK(first.value(QStringLiteral("values")).toObject().value(QStringLiteral("sleep_hours")).toDouble() == 7.5);
    // Linked by keys, never by row ids.
    CHECK_FALSE(content(tv.vault->database()).contains("\"id\""));
    CHECK_FALSE(root.contains(QStringLiteral("access_events")));
}

TEST_CASE("JSON export, import into a new vault, export again: identical content", "[exchange]")
{
    TestVault source;
    fill(source.vault->database());
    const QByteArray exported = content(source.vault->database());

    TestVault target;
    Result<exchange::ImportSummary> imported = exchange::importJson(target.vault->database(), exported);
    REQUIRE(imported.ok());
    CHECK(imported.value().entries == 2);
    CHECK(imported.value().checkins == 2);
    CHECK(imported.value().metrics == 2);
    CHECK(content(target.vault->database()) == exported);

    // The full-text index knows the imported text.
    CHECK(scalar(target.vault->database(), "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'typing'") == 1);

    SECTION("importing the same file again adds nothing")
    {
        Result<exchange::ImportSummary> again = exchange::importJson(target.vault->database(), exported);
        REQUIRE(again.ok());
        CHECK(again.value().entries == 0);
        CHECK(again.value().checkins == 0);
        CHECK(content(target.vault->database()) == exported);
    }
}

TEST_CASE("Importing into a vault with its own content keeps what is there", "[exchange]")
{
    TestVault source;
    fill(source.vault->database());
    const QByteArray exported = content(source.vault->database());

    TestVault target;
    Database& db = target.vault->database();
    exec(db,
        "INSERT INTO checkin (day, created_at, updated_at, note) VALUES "
        "('2026-01-01', '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z', 'mine');"
        "INSERT INTO checkin_value (day, metric_id, value, updated_at) SELECT '2026-01-01', id, 9, "
        "'2026-01-05T09:00:00.000Z' FROM metric WHERE key = 'mood';"
        "INSERT INTO entry (created_at, updated_at, day, title, body) VALUES "
        "('2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z', '2026-01-05', 'Mine', 'kept');"
        "INSERT INTO setting (key, value) VALUES ('region', 'IE');");
    REQUIRE(exchange::importJson(db, exported).ok());
    CHECK(scalar(db,
              "SELECT value FROM checkin_value v JOIN metric m ON m.id = v.metric_id "
              "WHERE v.day = '2026-01-01' AND m.key = 'mood'")
        == 9);
    CHECK(scalar(db, "SELECT count(*) FROM checkin WHERE day = '2026-01-01' AND note = 'mine'") == 1);
    // The day's other values arrive from the file.
    CHECK(scalar(db, "SELECT count(*) FROM checkin_value WHERE day = '2026-01-01'") == 4);
    CHECK(scalar(db, "SELECT count(*) FROM entry") == 3);
    CHECK(scalar(db, "SELECT count(*) FROM setting WHERE key = 'region' AND value = 'IE'") == 1);
}

TEST_CASE("A malformed import says where and imports nothing", "[exchange]")
{
    TestVault source;
    fill(source.vault->database());
    const QByteArray good = content(source.vault->database());

    TestVault target;
    Database& db = target.vault->database();
    const QByteArray before = content(db);

    struct Case
    {
        const char* name;
        QByteArray json;
        QString message;
        ErrorCode code = ErrorCode::InvalidInput;
    };
    QByteArray brokenLine = good;
    brokenLine.replace("\"title\":\"First\"", "\"title\":\"First\",,"); // the first entry's line
    const int entryLine = static_cast<int>(good.left(good.indexOf("\"title\":\"First\"")).count('\n')) + 1;
    QByteArray badDay = good;
    badDay.replace("\"day\":\"2025-12-31\"", "\"day\":\"2026-02-30\"");
    const int badDayLine = static_cast<int>(good.left(good.indexOf("\"day\":\"2025-12-31\"")).count('\n')) + 1;
    QByteArray unknownMetric = good;
    unknownMetric.replace("\"custom_walks\":3", "\"custom_wlaks\":3");
    QByteArray outOfRange = good;
    outOfRange.replace("\"sleep_hours\":7.5", "\"sleep_hours\":25");
    QByteArray newer = good;
    newer.replace("\"version\": " + QByteArray::number(exchange::kJsonExportVersion),
        "\"version\": " + QByteArray::number(exchange::kJsonExportVersion + 1));
    QByteArray misspelt = good;
    misspelt.replace("\"entries\"", "\"entires\"");
    QByteArray badTime = good;
    badTime.replace("2026-01-02T03:05:00.000Z", "2026-01-02 03:05");
    QByteArray hugeTitle = good;
    hugeTitle.replace("\"title\":\"First\"", "\"title\":\"" + QByteArray(1001, 'x') + "\"");
    QByteArray notAList = good;
    notAList.replace("\"tags\": [", "\"tags\": {\"a\": [");
    notAList.replace("\"👩‍👧 family\"\n  ]", "\"👩‍👧 family\"\n  ]}");
    const Case cases[] = {
        {"broken JSON", brokenLine, QStringLiteral("on line %1").arg(entryLine)},
        {"empty file", QByteArray(), QStringLiteral("not valid JSON")},
        {"not an export", "[1, 2]", QStringLiteral("not a Tideline export")},
        {"impossible day", badDay, QStringLiteral("Line %1, entries[1].day").arg(badDayLine)},
        {"unknown metric", unknownMetric, QStringLiteral("“custom_wlaks”")},
        {"value out of range", outOfRange, QStringLiteral("checkins[0].values.sleep_hours")},
        {"newer version", newer, QStringLiteral("newer Tideline"), ErrorCode::NewerVersion},
        {"misspelt section", misspelt, QStringLiteral("entires")},
        {"bad time", badTime, QStringLiteral("moments[0].created_at")},
        {"huge title", hugeTitle, QStringLiteral("entries[0].title: is longer than the 1000 characters")},
        {"a section that is not a list", notAList, QStringLiteral("tags: should be a list")},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        Result<exchange::ImportSummary> imported = exchange::importJson(db, c.json);
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.code() == c.code);
        INFO(imported.error().message.toStdString());
        CHECK(imported.error().message.contains(c.message));
        CHECK(imported.error().message.contains(QStringLiteral("Nothing was imported")));
        CHECK(content(db) == before); // metrics and check-ins before the mistake are gone too
    }
}

TEST_CASE("A custom metric the vault has with another shape is refused by name", "[exchange]")
{
    TestVault source;
    fill(source.vault->database());
    const QByteArray exported = content(source.vault->database());

    TestVault target;
    Database& db = target.vault->database();
    exec(db,
        "INSERT INTO metric (key, label, kind, min_value, max_value, sort_order, created_at) VALUES "
        "('custom_pain', 'Pain', 'count', 0, 50, 20, '2026-01-01T09:00:00.000Z');");
    const QByteArray before = content(db);
    Result<exchange::ImportSummary> imported = exchange::importJson(db, exported);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message.contains(QStringLiteral("metrics[10].key")));
    CHECK(imported.error().message.contains(QStringLiteral("custom_pain")));
    CHECK(content(db) == before);
}

TEST_CASE("A record's line is found in any layout of the JSON text", "[exchange]")
{
    const QByteArray compact = R"({"format":"x","tags":["a,[b]","c\"]"],"entries":[{"t":"[,]"},{"t":2}]})";
    CHECK(exchange::lineOfRecord(compact, "entries", 1) == 1);
    // Commas and brackets inside strings are not structure.
    CHECK(exchange::lineOfRecord(compact, "entries", 2) == 0);
    CHECK(exchange::lineOfRecord(compact, "tags", 1) == 1);
    CHECK(exchange::lineOfRecord(compact, "tags", 2) == 0);
    const QByteArray spread = "{\n  \"tags\": [\"a\"],\n  \"entries\": [\n    {\"t\": \"x,\\\"\"},\n\n    {\n"
                              "      \"t\": [1, 2]\n    },\n    3\n  ]\n}\n";
    CHECK(exchange::lineOfRecord(spread, "entries", 0) == 4);
    CHECK(exchange::lineOfRecord(spread, "entries", 1) == 6);
    CHECK(exchange::lineOfRecord(spread, "entries", 2) == 9);
    CHECK(exchange::lineOfRecord(spread, "entries", 3) == 0); // there is no fourth
    CHECK(exchange::lineOfRecord(spread, "moments", 0) == 0);
    CHECK(exchange::lineOfRecord(spread, "tags", 0) == 2);
    CHECK(exchange::lineOfOffset(spread, 0) == 1);
}
