// core/vault/SearchWarmUp: the unlock reads what every search reads, so the person's first search
// finds it in the connection's cache; and a damaged index never stops the unlock.
#include "core/vault/SearchWarmUp.h"

#include "core/journal/JournalRepository.h"
#include "core/records/RecordRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Sqlite.h"

#include "TestVault.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::test;

namespace {

// Pages this connection had to read from the file (and decrypt) since the last call.
int cacheMissesSinceLast(Database& db)
{
    int current = 0;
    int highwater = 0;
    REQUIRE(sqlite3_db_status(db.handle(), SQLITE_DBSTATUS_CACHE_MISS, &current, &highwater, 1) == SQLITE_OK);
    return current;
}

void fill(Database& db, const Clock& clock)
{
    journal::JournalRepository repo(db, clock);
    for (int i = 0; i < 200; ++i) {
        journal::EntryDraft d;
        d.day = QDate(2026, 1, 1).addDays(i % 300);
        d.title = QStringLiteral("Day %1").arg(i);
        d.body = QStringLiteral("A walk by the river, tea with my sister, and a quiet evening number %1.").arg(i);
        REQUIRE(repo.create(d).ok());
    }
}

} // namespace

TEST_CASE("After an unlock, a search for a word nobody writes reads no page from the file", "[vault][search]")
{
    TestVault tv;
    fill(tv.vault->database(), tv.clock);
    tv.vault->lock();
    REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());

    Database& db = tv.vault->database();
    (void)cacheMissesSinceLast(db);
    journal::JournalRepository journal(db, tv.clock);
    REQUIRE(journal.search(journal::SearchQuery::forText(QStringLiteral("zzwarm"))).ok());
    records::RecordRepository records(db, tv.clock);
    REQUIRE(records.search(QStringLiteral("zzwarm"), 10).ok());
    CHECK(cacheMissesSinceLast(db) == 0);

    // The same search on a connection nobody warmed does read pages: the check above can fail.
    auto cold = tv.vault->openTaskConnection();
    REQUIRE(cold.ok());
    (void)cacheMissesSinceLast(*cold.value());
    journal::JournalRepository coldJournal(*cold.value(), tv.clock);
    REQUIRE(coldJournal.search(journal::SearchQuery::forText(QStringLiteral("zzwarm"))).ok());
    CHECK(cacheMissesSinceLast(*cold.value()) > 0);
}

TEST_CASE("A damaged search index does not stop the unlock, and the search then says what is wrong", "[vault][search]")
{
    TestVault tv;
    fill(tv.vault->database(), tv.clock);
    // One of FTS5's own tables gone, so that every query of the index fails. The vault's
    // connections are defensive (index tables read-only); this one drops that to do the damage.
    sqlite3* handle = tv.vault->database().handle();
    REQUIRE(sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr) == SQLITE_OK);
    REQUIRE(tv.vault->database().exec("DROP TABLE entry_fts_idx;").ok());
    tv.vault->lock();

    REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
    journal::JournalRepository journal(tv.vault->database(), tv.clock);
    const auto found = journal.search(journal::SearchQuery::forText(QStringLiteral("river")));
    REQUIRE_FALSE(found.ok());
    CHECK_FALSE(found.error().message.isEmpty());
    // Everything else is there as it was.
    CHECK(journal.count().value() == 200);
}
