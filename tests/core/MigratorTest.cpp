#include "core/storage/Migrator.h"
#include "FileProbe.h"
#include "SqlScalar.h"
#include "TestVault.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

#include <QDir>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::test;

TEST_CASE("The embedded migrations are numbered in order from 0001")
{
    const QStringList files = Migrator::migrationFiles();
    REQUIRE_FALSE(files.isEmpty());
    REQUIRE(files.first().endsWith(QStringLiteral("0001_initial.sql")));
    // Strictly increasing; the last one is the schema version. (0002 belongs to the check-ups
    // branch, which lands beside 0003_records: once both are in, the numbers have no gap again.)
    int previous = 0;
    for (const QString& file : files) {
        const int number = QFileInfo(file).fileName().left(4).toInt();
        REQUIRE(number > previous);
        previous = number;
    }
    REQUIRE(Migrator::latestVersion() == previous);
}

TEST_CASE("A new vault has the whole first schema with its built-ins")
{
    TestVault tv;
    auto& db = tv.vault->database();
    REQUIRE(db.userVersion().value() == Migrator::latestVersion());
    for (const char* table : {"metric", "checkin", "checkin_value", "entry", "tag", "entry_tag", "entry_fts", "moment",
             "access_event", "routine", "routine_log", "safety_plan_item", "safety_contact", "resource", "setting"}) {
        INFO(table);
        auto stmt = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = ?1;");
        REQUIRE(stmt.ok());
        stmt.value().bind(1, QString::fromLatin1(table));
        REQUIRE(stmt.value().step().value() == Statement::Step::Row);
        REQUIRE(stmt.value().columnInt(0) == 1);
    }
    REQUIRE(scalar(db, "SELECT count(*) FROM metric WHERE builtin = 1;") == 11);
    REQUIRE(scalar(db, "SELECT enabled FROM metric WHERE key = 'self_harm_thoughts';") == 0);
    REQUIRE(scalar(db, "SELECT count(*) FROM routine WHERE builtin = 1;") == 12);
    REQUIRE(scalar(db, "SELECT count(*) FROM safety_plan_item WHERE section = 'emergency_bag';") == 8);
    REQUIRE(scalar(db, "SELECT count(*) FROM safety_plan_item WHERE section = 'close_at_hand';") == 5);
}

TEST_CASE("The full-text index follows entries through insert, update and delete")
{
    TestVault tv;
    auto& db = tv.vault->database();
    REQUIRE(db.exec("INSERT INTO entry (created_at, updated_at, day, title, body) VALUES "
                    "('2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z', '2026-01-01', 'Harbour', "
                    "'The tide came in slowly');")
                .ok());
    REQUIRE(scalar(db, "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'tide';") == 1);
    // An edit sets the indexed words aside (0007); a second step swaps them for the new ones.
    REQUIRE(db.exec("UPDATE entry SET body = 'Calm water today';").ok());
    REQUIRE(scalar(db, "SELECT count(*) FROM entry_deleted_words;") == 1);
    REQUIRE(journal::JournalRepository::removeDeletedWords(db).ok());
    REQUIRE(scalar(db, "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'tide';") == 0);
    REQUIRE(scalar(db, "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'calm';") == 1);
    // A delete sets the words aside (0006); they leave the index in a second step.
    REQUIRE(db.exec("DELETE FROM entry;").ok());
    REQUIRE(scalar(db, "SELECT count(*) FROM entry_deleted_words;") == 1);
    REQUIRE(journal::JournalRepository::removeDeletedWords(db).ok());
    REQUIRE(scalar(db, "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'calm';") == 0);
    REQUIRE(scalar(db, "SELECT count(*) FROM entry_deleted_words;") == 0);
}

TEST_CASE("A failing migration is rolled back whole and the version stays")
{
    QTemporaryDir dir;
    const QString sqlDir = dir.filePath(QStringLiteral("migrations"));
    QDir().mkpath(sqlDir);
    REQUIRE(writeAll(sqlDir + QStringLiteral("/0001_first.sql"), "CREATE TABLE a (x INTEGER);"));
    REQUIRE(writeAll(sqlDir + QStringLiteral("/0002_broken.sql"),
        "CREATE TABLE b (x INTEGER); INSERT INTO a VALUES (1); THIS IS NOT SQL;"));
    const QStringList files{sqlDir + QStringLiteral("/0001_first.sql"), sqlDir + QStringLiteral("/0002_broken.sql")};

    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("t.db")), SecureBuffer::random(32), true).ok());
    REQUIRE(db.configure().ok());
    auto migrated = Migrator::migrate(db, files);
    REQUIRE_FALSE(migrated.ok());
    REQUIRE(db.userVersion().value() == 1);
    REQUIRE(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'b';") == 0);
    REQUIRE(scalar(db, "SELECT count(*) FROM a;") == 0);
}

TEST_CASE("The bundled SQLCipher is 4.x with FTS5")
{
    REQUIRE(Database::sqlcipherVersion().startsWith(QStringLiteral("4.")));
    REQUIRE(Database::sqliteVersion().startsWith(QStringLiteral("3.")));
}
