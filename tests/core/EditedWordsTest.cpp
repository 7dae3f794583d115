// Words edited out of an entry leave the full-text index for good (migration 0007): set aside by
// the save, taken out with secure-delete by JournalRepository::removeDeletedWords, and never found
// by a search in between.
#include "SqlScalar.h"
#include "TestVault.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::journal;
using namespace tideline::test;

namespace {

EntryDraft draft(const QString& title, const QString& body)
{
    EntryDraft d;
    d.title = title;
    d.body = body;
    d.day = QDate(2026, 3, 14);
    return d;
}

// How many index blocks hold the term, read from FTS5's own table: what someone who opened the
// vault could dig out, whatever a search answers. No other term in these tests starts with its
// first letters, so FTS5's prefix compression leaves it whole.
qint64 blocksHolding(Database& db, const char* term)
{
    return scalar(db,
        QStringLiteral("SELECT count(*) FROM entry_fts_data WHERE instr(CAST(block AS TEXT), '%1') > 0;")
            .arg(QString::fromLatin1(term)));
}

std::size_t found(JournalRepository& repo, const QString& typed)
{
    auto hits = repo.search(SearchQuery::forText(typed));
    REQUIRE(hits.ok());
    return hits.value().size();
}

void indexIsWhole(Database& db)
{
    CHECK(db.exec("INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1);").ok());
}

// A fresh vault and its journal, for the cases that need nothing else.
struct Journal
{
    TestVault tv;
    Database& db = tv.vault->database();
    JournalRepository repo{db, tv.clock};
};

} // namespace

TEST_CASE("Words edited out of an entry leave the index for good", "[journal][privacy]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    JournalRepository repo(db, tv.clock);
    auto created = repo.create(draft(QStringLiteral("Thursday"), QStringLiteral("He said zebrawords to me again")));
    REQUIRE(created.ok());
    const qint64 id = created.value();
    REQUIRE(repo.create(draft(QStringLiteral("Friday"), QStringLiteral("A calm walk by the river"))).ok());
    REQUIRE(blocksHolding(db, "zebrawords") > 0); // the probe sees the term while it is there

    REQUIRE(repo.update(id, draft(QStringLiteral("Thursday"), QStringLiteral("I am not writing that down"))).ok());
    // The quick half: the old words wait, and no search finds the entry by old or new words.
    CHECK(JournalRepository::deletedWordsWaiting(db).value() == 1);
    CHECK(found(repo, QStringLiteral("zebrawords")) == 0);
    CHECK(found(repo, QStringLiteral("writing")) == 0);
    CHECK(found(repo, QStringLiteral("calm")) == 1);
    CHECK(repo.get(id).value().body == QStringLiteral("I am not writing that down"));

    SECTION("the second step takes them out and puts the new words in")
    {
        REQUIRE(JournalRepository::removeDeletedWords(db).ok());
        CHECK(JournalRepository::deletedWordsWaiting(db).value() == 0);
        CHECK(blocksHolding(db, "zebrawords") == 0);
        CHECK(found(repo, QStringLiteral("zebrawords")) == 0);
        CHECK(found(repo, QStringLiteral("writing")) == 1);
        CHECK(found(repo, QStringLiteral("Thursday")) == 1);
        CHECK(found(repo, QStringLiteral("river")) == 1);
        indexIsWhole(db);
    }
    SECTION("several saves before the step: every old wording goes")
    {
        REQUIRE(repo.update(id, draft(QStringLiteral("Thursday"), QStringLiteral("then zulufeelings came"))).ok());
        REQUIRE(repo.update(id, draft(QStringLiteral("Thu"), QStringLiteral("Only this stays"))).ok());
        CHECK(JournalRepository::deletedWordsWaiting(db).value() == 1);
        REQUIRE(JournalRepository::removeDeletedWords(db).ok());
        CHECK(blocksHolding(db, "zebrawords") == 0);
        CHECK(blocksHolding(db, "zulufeelings") == 0);
        CHECK(found(repo, QStringLiteral("stays")) == 1);
        CHECK(found(repo, QStringLiteral("Thursday")) == 0);
        indexIsWhole(db);
    }
    SECTION("an edit and then a delete before the step: the words that were indexed go")
    {
        REQUIRE(repo.remove(id).ok());
        CHECK(JournalRepository::deletedWordsWaiting(db).value() == 1);
        REQUIRE(JournalRepository::removeDeletedWords(db).ok());
        CHECK(blocksHolding(db, "zebrawords") == 0);
        CHECK(found(repo, QStringLiteral("writing")) == 0);
        CHECK(found(repo, QStringLiteral("river")) == 1);
        indexIsWhole(db);
    }
    const auto goneAfterUnlock = [&] {
        REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
        Database& reopened = tv.vault->database();
        JournalRepository again(reopened, tv.clock);
        CHECK(JournalRepository::deletedWordsWaiting(reopened).value() == 0);
        CHECK(blocksHolding(reopened, "zebrawords") == 0);
        CHECK(found(again, QStringLiteral("writing")) == 1);
        indexIsWhole(reopened);
    };
    SECTION("a lock takes them out when the step has not run")
    {
        tv.vault->lock();
        goneAfterUnlock();
    }
    SECTION("an unlock takes them out after a crash")
    {
        db.close(); // as a kill would leave it: no lock ran
        tv.restart();
        goneAfterUnlock();
    }
}

TEST_CASE_METHOD(Journal, "A save that leaves the words alone sets nothing aside", "[journal]")
{
    EntryDraft d = draft(QStringLiteral("Morning"), QStringLiteral("Slept a little better"));
    const qint64 id = repo.create(d).value();
    d.mood = 6;
    d.sensitive = true;
    d.tags = {QStringLiteral("sleep")};
    REQUIRE(repo.update(id, d, true).ok());
    CHECK(JournalRepository::deletedWordsWaiting(db).value() == 0);
    CHECK(found(repo, QStringLiteral("slept")) == 1);
}

TEST_CASE_METHOD(Journal, "Odd text edited in and out leaves the index whole", "[journal]")
{
    const qint64 id = repo.create(draft(QStringLiteral("🌊 tide"), QStringLiteral("שלום world"))).value();
    const QStringList bodies{QStringLiteral("zero\u200Bwidth and emoji 👩🏽‍🦱"),
        QStringLiteral("مرحبا بالعالم"), QString(20000, QLatin1Char('a')) + QStringLiteral(" lastword"),
        QStringLiteral("plain again")};
    for (const QString& body : bodies) {
        REQUIRE(repo.update(id, draft(QStringLiteral("🌊 tide"), body)).ok());
        REQUIRE(JournalRepository::removeDeletedWords(db).ok());
        indexIsWhole(db);
    }
    CHECK(found(repo, QStringLiteral("plain")) == 1);
    CHECK(found(repo, QStringLiteral("lastword")) == 0);
    CHECK(found(repo, QStringLiteral("tide")) == 1);
}

TEST_CASE_METHOD(Journal, "An entry's id never changes, so the index and its words always agree", "[journal]")
{
    const qint64 id = repo.create(draft(QStringLiteral("Kept"), QStringLiteral("Words"))).value();
    CHECK_FALSE(db.exec(QStringLiteral("UPDATE entry SET id = %1;").arg(id + 100).toUtf8().constData()).ok());
    CHECK(repo.get(id).ok());
    CHECK(found(repo, QStringLiteral("words")) == 1);
}

TEST_CASE("Updating to 0007 drops wordings that earlier edits left in the index", "[journal][migration]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("t.db")), SecureBuffer::random(32), true).ok());
    REQUIRE(db.configure().ok());
    const QStringList files = Migrator::migrationFiles();
    const qsizetype before0007 = files.indexOf(files.filter(QStringLiteral("0007_")).value(0));
    REQUIRE(before0007 > 0);
    REQUIRE(Migrator::migrate(db, files.mid(0, before0007)).ok());
    REQUIRE(db.exec("INSERT INTO entry (created_at, updated_at, day, title, body) VALUES "
                    "('2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z', '2026-01-01', 'Harbour', "
                    "'zebrawords by the harbour');")
                .ok());
    REQUIRE(db.exec("UPDATE entry SET body = 'Calm water today';").ok());
    // Before 0007 an edit left the old words in an older segment of the index.
    REQUIRE(blocksHolding(db, "zebrawords") > 0);
    REQUIRE(Migrator::migrate(db, files).ok());
    CHECK(blocksHolding(db, "zebrawords") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'calm';") == 1);
    indexIsWhole(db);
}
