// core/storage: transactions that nest (savepoints), the one writer of the settings table, and
// the writers that now go through a repository inside an outer transaction.
#include "core/storage/Transaction.h"
#include "core/exchange/JsonImport.h"
#include "core/journal/Entry.h"
#include "core/journal/JournalRepository.h"
#include "core/safety/GroundingNotes.h"
#include "core/storage/Database.h"
#include "core/storage/SettingTable.h"

#include "SqlScalar.h"
#include "TestVault.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::test;

namespace {

qint64 settings(Database& db)
{
    return scalar(db, "SELECT count(*) FROM setting WHERE key LIKE 'test.%'");
}

} // namespace

TEST_CASE("A transaction inside another joins it: the outer rollback takes both back", "[storage]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    SettingTable store(db);
    {
        Transaction outer(db);
        REQUIRE(outer.begin().ok());
        REQUIRE(db.transactionDepth() == 1);
        REQUIRE(store.write(QStringLiteral("test.outer"), QStringLiteral("1")).ok());
        {
            Transaction inner(db);
            REQUIRE(inner.begin().ok());
            CHECK(db.transactionDepth() == 2);
            REQUIRE(store.write(QStringLiteral("test.inner"), QStringLiteral("2")).ok());
            REQUIRE(inner.commit().ok());
        }
        CHECK(db.transactionDepth() == 1);
        CHECK(settings(db) == 2);
        // outer is never committed: it rolls back as it goes out of scope
    }
    CHECK(db.transactionDepth() == 0);
    CHECK(settings(db) == 0);
}

TEST_CASE("An inner transaction that fails rolls back to where it began, and the outer goes on", "[storage]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    SettingTable store(db);
    Transaction outer(db);
    REQUIRE(outer.begin().ok());
    REQUIRE(store.write(QStringLiteral("test.kept"), QStringLiteral("1")).ok());
    {
        Transaction inner(db);
        REQUIRE(inner.begin().ok());
        REQUIRE(store.write(QStringLiteral("test.dropped"), QStringLiteral("2")).ok());
        // inner is left without a commit, as after an error
    }
    CHECK(db.transactionDepth() == 1);
    REQUIRE(outer.commit().ok());
    CHECK(db.transactionDepth() == 0);
    CHECK(store.read(QStringLiteral("test.kept")).value() == QStringLiteral("1"));
    CHECK(store.read(QStringLiteral("test.dropped")).value().isEmpty());
    // A checkpoint asked for inside a transaction waits; outside it runs.
    Transaction again(db);
    REQUIRE(again.begin().ok());
    CHECK(db.checkpointTruncate().ok());
    REQUIRE(again.commit().ok());
    CHECK(db.checkpointTruncate().ok());
}

TEST_CASE("Three levels deep, each commit keeps its part until the outermost decides", "[storage]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    SettingTable store(db);
    Transaction a(db);
    REQUIRE(a.begin().ok());
    Transaction b(db);
    REQUIRE(b.begin().ok());
    Transaction c(db);
    REQUIRE(c.begin().ok());
    CHECK(db.transactionDepth() == 3);
    REQUIRE(store.write(QStringLiteral("test.deep"), QStringLiteral("3")).ok());
    REQUIRE(c.commit().ok());
    REQUIRE(b.commit().ok());
    REQUIRE(a.commit().ok());
    CHECK(db.transactionDepth() == 0);
    CHECK(store.read(QStringLiteral("test.deep")).value() == QStringLiteral("3"));
}

TEST_CASE("The settings table has one writer: set replaces, insertIfAbsent keeps what is there", "[storage]")
{
    TestVault tv;
    SettingTable store(tv.vault->database());
    CHECK(store.read(QStringLiteral("test.none")).value().isEmpty());
    REQUIRE(store.write(QStringLiteral("test.a"), QStringLiteral("first")).ok());
    REQUIRE(store.write(QStringLiteral("test.a"), QStringLiteral("second 🌊")).ok());
    CHECK(store.read(QStringLiteral("test.a")).value() == QStringLiteral("second 🌊"));
    CHECK_FALSE(store.insertIfAbsent(QStringLiteral("test.a"), QStringLiteral("third")).value());
    CHECK(store.read(QStringLiteral("test.a")).value() == QStringLiteral("second 🌊"));
    CHECK(store.insertIfAbsent(QStringLiteral("test.b"), QString()).value());
    CHECK(settings(tv.vault->database()) == 2);
}

TEST_CASE("A JSON import whose last record is wrong leaves no entry and no tag behind", "[storage][exchange]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    const qint64 tagsBefore = scalar(db, "SELECT count(*) FROM tag");
    // The entry and its new tags are written (the tags in a savepoint of the journal's own),
    // then the moment is refused: everything goes.
    const QByteArray json = R"({"format": "tideline-export", "version": 1,
  "entries": [
    {"created_at": "2026-01-01T20:00:00.000Z", "updated_at": "2026-01-01T20:00:00.000Z", "day": "2026-01-01",
     "title": "Kept?", "body": "no", "tags": ["brand new", "another"]}
  ],
  "moments": [
    {"occurred_at": "2026-01-02T03:00:00.000Z", "day": "2026-01-02", "kind": "earthquake",
     "created_at": "2026-01-02T03:00:00.000Z"}
  ]
})";
    Result<exchange::ImportSummary> imported = exchange::importJson(db, json);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message.contains(QStringLiteral("moments[0].kind")));
    CHECK(imported.error().message.startsWith(QStringLiteral("Line 7, ")));
    CHECK(scalar(db, "SELECT count(*) FROM entry") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM tag") == tagsBefore);
    CHECK(db.transactionDepth() == 0);
}

TEST_CASE("Grounding notes are an entry kept by the journal's own rules", "[storage][safety]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    tv.clock.set(QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC));
    const QString marked = QStringLiteral("Breathing") + QChar(journal::kMatchStart) + QStringLiteral(" done");
    Result<qint64> kept = keepGroundingNotes(db, tv.clock, marked, QStringLiteral("  Five things I could see.  "));
    REQUIRE(kept.ok());
    Result<journal::Entry> entry = journal::JournalRepository(db, tv.clock).get(kept.value());
    REQUIRE(entry.ok());
    // EntryText::clean: the search-marker characters never reach the vault.
    CHECK(entry.value().title == QStringLiteral("Breathing done"));
    CHECK(entry.value().body == QStringLiteral("Five things I could see."));
    CHECK_FALSE(entry.value().isDraft);
    CHECK(entry.value().day == tv.clock.nowUtc().toLocalTime().date());
    CHECK(keepGroundingNotes(db, tv.clock, QString(), QStringLiteral(" \u200B ")).code() == ErrorCode::InvalidInput);
}
