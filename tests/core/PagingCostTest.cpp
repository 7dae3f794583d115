// What reading a page costs SQLite, counted in its own steps rather than timed: a page far back
// in the journal or the records costs what the first page does (an index seek, not a walk over
// every newer row), and a statement with `LIMIT ?` is compiled once, not at every bind.
#include "TestVault.h"
#include "core/journal/JournalRepository.h"
#include "core/records/RecordRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Sqlite.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::test;

namespace {

// The connection's cached statements whose SQL holds `part` (Database keeps them for reuse).
std::vector<sqlite3_stmt*> cachedStatements(Database& db, const char* part)
{
    std::vector<sqlite3_stmt*> found;
    for (sqlite3_stmt* s = sqlite3_next_stmt(db.handle(), nullptr); s; s = sqlite3_next_stmt(db.handle(), s)) {
        if (QByteArray(sqlite3_sql(s)).contains(part)) {
            found.push_back(s);
        }
    }
    return found;
}

// SQLite's virtual machine steps taken by `read` in the statements holding `part`, the second
// time it runs (the first compiles what it needs).
template<typename Read>
int stepsOf(Database& db, const char* part, Read&& read)
{
    read();
    const std::vector<sqlite3_stmt*> statements = cachedStatements(db, part);
    REQUIRE_FALSE(statements.empty());
    for (sqlite3_stmt* s : statements) {
        sqlite3_stmt_status(s, SQLITE_STMTSTATUS_VM_STEP, 1);
    }
    read();
    int steps = 0;
    for (sqlite3_stmt* s : statements) {
        steps += sqlite3_stmt_status(s, SQLITE_STMTSTATUS_VM_STEP, 0);
    }
    return steps;
}

} // namespace

TEST_CASE("A page far back in the journal costs what the first page costs", "[journal]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    // 6,000 entries, three a day from 2000 on, made in one statement.
    REQUIRE(db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) "
                    "INSERT INTO entry (created_at, updated_at, day, title, body) "
                    "SELECT '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', "
                    "       date('2000-01-01', '+' || (i / 3) || ' days'), 'Day ' || i, 'words' FROM n;")
                .ok());
    journal::JournalRepository repo(db, tv.clock);
    auto oldest = repo.listPage(std::nullopt, 50, QDate(2000, 1, 1), QDate(2000, 12, 31));
    REQUIRE(oldest.ok());
    REQUIRE(oldest.value().size() == 50);
    const journal::ListCursor farBack = journal::ListCursor::after(oldest.value().back());

    const int first = stepsOf(db, "FROM entry AS e", [&] { REQUIRE(repo.listPage(std::nullopt, 50).ok()); });
    const int far = stepsOf(db, "FROM entry AS e", [&] {
        auto page = repo.listPage(farBack, 50);
        REQUIRE(page.ok());
        REQUIRE(page.value().size() == 50);
        CHECK(page.value().front().day <= farBack.day);
    });
    const int period = stepsOf(db, "FROM entry AS e",
        [&] { REQUIRE(repo.listPage(std::nullopt, 50, QDate(2000, 1, 1), QDate(2000, 12, 31)).ok()); });
    INFO("steps: first page " << first << ", far back " << far << ", the oldest year " << period);
    // Walking from the newest to 2000 would take some 5,900 rows' worth of steps.
    CHECK(far < 2 * first);
    CHECK(period < 2 * first);
}

TEST_CASE("A page far back in the records costs what the first page costs", "[records]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    records::RecordRepository repo(db, tv.clock);
    for (int i = 0; i < 600; ++i) {
        records::RecordFields f;
        f.day = QDate(2020, 1, 1).addDays(i);
        f.whatHappened = QStringLiteral("Record %1").arg(i);
        REQUIRE(repo.create(f).ok());
    }
    auto oldest = repo.listPage(std::nullopt, 20, QDate(2020, 1, 1), QDate(2020, 1, 31));
    REQUIRE(oldest.ok());
    REQUIRE(oldest.value().size() == 20);
    const records::RecordCursor farBack = records::RecordCursor::after(oldest.value().back());

    const int first = stepsOf(db, "FROM record AS r", [&] { REQUIRE(repo.listPage(std::nullopt, 20).ok()); });
    const int far = stepsOf(db, "FROM record AS r", [&] {
        auto page = repo.listPage(farBack, 20);
        REQUIRE(page.ok());
        CHECK(page.value().size() == 11); // 1 to 11 January 2020, all that is older
    });
    INFO("steps: first page " << first << ", far back " << far);
    CHECK(far < 2 * first);
}

TEST_CASE("A statement with LIMIT ? is compiled once, whatever number is bound", "[journal]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    journal::JournalRepository repo(db, tv.clock);
    for (int limit : {50, 20, 50, 7}) {
        REQUIRE(repo.listPage(std::nullopt, limit).ok());
    }
    const std::vector<sqlite3_stmt*> statements = cachedStatements(db, "FROM entry AS e");
    REQUIRE(statements.size() == 1);
    sqlite3_stmt* stmt = statements.front();
    CHECK(sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_RUN, 0) == 4);
    CHECK(sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_REPREPARE, 0) == 0);
}
