#include "TestVault.h"
#include "core/journal/FtsQuery.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tideline;
using namespace tideline::journal;
using namespace tideline::test;

namespace {

qint64 add(JournalRepository& repo, const QString& title, const QString& body, QDate day = QDate(2025, 6, 1),
    QStringList tags = {})
{
    EntryDraft d;
    d.title = title;
    d.body = body;
    d.day = day;
    d.tags = tags;
    auto id = repo.create(d);
    REQUIRE(id.ok());
    return id.value();
}

std::vector<qint64> ids(const std::vector<SearchHit>& hits)
{
    std::vector<qint64> out;
    for (const auto& h : hits) {
        out.push_back(h.id);
    }
    return out;
}

SearchQuery page(int offset)
{
    SearchQuery q = SearchQuery::forText(QStringLiteral("the"));
    q.limit = 1;
    q.offset = offset;
    return q;
}

} // namespace

TEST_CASE("Typed text becomes FTS5 syntax that cannot be read as operators", "[journal]")
{
    CHECK(toFtsQuery(QStringLiteral("sleep")) == QStringLiteral("\"sleep\""));
    CHECK(toFtsQuery(QStringLiteral("sle*")) == QStringLiteral("\"sle\"*"));
    CHECK(toFtsQuery(QStringLiteral("\"bad dream\" again")) == QStringLiteral("\"bad dream\" \"again\""));
    CHECK(toFtsQuery(QStringLiteral("NEAR(a b) OR -")) == QStringLiteral("\"NEAR\" \"a\" \"b\" \"OR\""));
    CHECK(toFtsQuery(QStringLiteral("\"unbalanced quote")) == QStringLiteral("\"unbalanced\" \"quote\""));
    CHECK(toFtsQuery(QStringLiteral("say \"\"hi")) == QStringLiteral("\"say\" \"hi\""));
    CHECK(toFtsQuery(QStringLiteral("   ")).isEmpty());
    CHECK(toFtsQuery(QStringLiteral("- * () \"\" 🌊")).isEmpty());
    // Control characters separate words: FTS5 stops reading a query at a NUL (fuzz_fts_query).
    CHECK(toFtsQuery(QString::fromUtf8(QByteArray("b\0\0^a :", 7))) == QStringLiteral("\"b\" \"a\""));
    CHECK(toFtsQuery(QString::fromUtf8("\"bad\x01"
                                       "dream\" x\x7f"))
        == QStringLiteral("\"bad dream\" \"x\""));
}

TEST_CASE("Search finds words, prefixes and phrases, best first, with snippets", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);
    const qint64 titled = add(repo, QStringLiteral("Nightmare again"), QStringLiteral("Woke at three."));
    const qint64 once = add(repo, QStringLiteral("Walk"),
        QStringLiteral("A long walk by the river, then lunch with Sam. Later that night a nightmare, but I used "
                       "the breathing and it passed. The river was calm and grey and I stayed a while."));
    const qint64 phrase
        = add(repo, QStringLiteral("Breathing"), QStringLiteral("Box breathing helped after the bad dream."));
    add(repo, QStringLiteral("Other"), QStringLiteral("Dream job interview, not bad at all."));

    SECTION("a word: the title match ranks first")
    {
        auto hits = repo.search(SearchQuery::forText(QStringLiteral("nightmare")));
        REQUIRE(hits.ok());
        REQUIRE(hits.value().size() == 2);
        CHECK(hits.value()[0].id == titled);
        CHECK(hits.value()[1].id == once);
        CHECK(hits.value()[0].title == QStringLiteral("\uFDD0Nightmare\uFDD1 again"));
        CHECK(hits.value()[1].snippet.contains(QStringLiteral("\uFDD0nightmare\uFDD1")));
        CHECK(hits.value()[1].snippet.contains(QStringLiteral("…")));
    }
    SECTION("a prefix")
    {
        CHECK(ids(repo.search(SearchQuery::forText(QStringLiteral("breat*"))).value())
            == std::vector<qint64>{phrase, once});
    }
    SECTION("a phrase only where the words are together")
    {
        CHECK(ids(repo.search(SearchQuery::forText(QStringLiteral("\"bad dream\""))).value())
            == std::vector<qint64>{phrase});
        CHECK(repo.search(SearchQuery::forText(QStringLiteral("bad dream"))).value().size() == 2);
    }
    SECTION("diacritics and case do not matter")
    {
        add(repo, QStringLiteral("Café"), QStringLiteral("Naïve résumé"));
        CHECK(repo.search(SearchQuery::forText(QStringLiteral("CAFE resume"))).value().size() == 1);
    }
    SECTION("limit and offset page through results")
    {
        auto first = repo.search(page(0));
        auto second = repo.search(page(1));
        REQUIRE(first.value().size() == 1);
        REQUIRE(second.value().size() == 1);
        CHECK(first.value()[0].id != second.value()[0].id);
    }
}

TEST_CASE("Search filters by tag and by date range", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);
    const qint64 jan
        = add(repo, QStringLiteral("a"), QStringLiteral("river"), QDate(2025, 1, 10), {QStringLiteral("walks")});
    const qint64 feb = add(repo, QStringLiteral("b"), QStringLiteral("river"), QDate(2025, 2, 10));
    const qint64 mar
        = add(repo, QStringLiteral("c"), QStringLiteral("river"), QDate(2025, 3, 10), {QStringLiteral("Walks")});

    SearchQuery byTag = SearchQuery::forText(QStringLiteral("river"));
    byTag.tag = QStringLiteral("WALKS");
    auto tagged = ids(repo.search(byTag).value());
    std::sort(tagged.begin(), tagged.end());
    CHECK(tagged == std::vector<qint64>{jan, mar});

    SearchQuery byDate = SearchQuery::forText(QStringLiteral("river"));
    byDate.from = QDate(2025, 2, 1);
    byDate.to = QDate(2025, 2, 28);
    CHECK(ids(repo.search(byDate).value()) == std::vector<qint64>{feb});
}

TEST_CASE("Odd searches are searched as words and never raise an error", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);
    const qint64 near
        = add(repo, QStringLiteral("near"), QStringLiteral("I was NEAR the door OR the window (scared)."));
    add(repo, QStringLiteral("x"), QStringLiteral("unrelated text"));
    const std::string oddUtf8 = GENERATE(as<std::string>{}, "\"", "\"\"", "\"near", "near\"", "*", "**", "near*", "(",
        ")", "(near", "NEAR", "NEAR(", "NEAR(door window)", "OR", "door OR", "AND", "NOT", "-", "--", "-door", "door -",
        "^door", "title:door", "col:", "{title body}:door", ":", "+", "''", "'", "🌊", "\u200B", "", "   ", "\\", "%",
        "_", "a\"b\"c", "NEAR/2", "door\twindow", "\u05E9\u05DC\u05D5\u05DD", std::string("door\0window", 11),
        std::string("\"near\0\"", 7), "door\x1bwindow");
    const QString odd = QString::fromStdString(oddUtf8);
    auto hits = repo.search(SearchQuery::forText(odd));
    INFO(oddUtf8);
    REQUIRE(hits.ok());
    for (const auto& hit : hits.value()) {
        CHECK(hit.id == near);
    }
}

TEST_CASE("The operator words are found as the words they are", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);
    const qint64 near = add(repo, QStringLiteral("near"), QStringLiteral("I was NEAR the door OR the window."));
    CHECK(ids(repo.search(SearchQuery::forText(QStringLiteral("NEAR(door window)"))).value())
        == std::vector<qint64>{near});
    CHECK(ids(repo.search(SearchQuery::forText(QStringLiteral("door OR"))).value()) == std::vector<qint64>{near});
    CHECK(
        ids(repo.search(SearchQuery::forText(QStringLiteral("\"the door OR\""))).value()) == std::vector<qint64>{near});
    CHECK(repo.search(SearchQuery::forText(QStringLiteral("\""))).value().empty());
    CHECK(repo.search(SearchQuery::forText(QString())).value().empty());
}

TEST_CASE("Emoji, right-to-left and zero-width text can be searched", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);
    const qint64 rtl = add(repo, QStringLiteral("שלום"), QStringLiteral("مرحبا بالعالم 🌊 calm"));
    CHECK(ids(repo.search(SearchQuery::forText(QStringLiteral("مرحبا"))).value()) == std::vector<qint64>{rtl});
    CHECK(ids(repo.search(SearchQuery::forText(QStringLiteral("שלום"))).value()) == std::vector<qint64>{rtl});
    CHECK(ids(repo.search(SearchQuery::forText(QStringLiteral("🌊 calm"))).value()) == std::vector<qint64>{rtl});
    CHECK(ids(repo.search(SearchQuery::forText(QStringLiteral("ca\u200B*"))).value()).size() <= 1);
}

namespace {

// `count` entries in one statement (ids 1 to count, oldest first), each with "calm" in its body;
// every hundredth also has it in its title, which bm25 ranks far above a body alone; entries 5
// and 10 also hold a word no other entry has.
void addManyCalmEntries(TestVault& tv, int count)
{
    const QString sql = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO entry (created_at, updated_at, day, title, body) "
        "SELECT '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', date('2000-01-01', '+' || (i / 2) || ' days'), "
        "       CASE WHEN i % 100 = 0 THEN 'Calm' ELSE 'Day ' || i END, "
        "       'a calm walk by the sea' || CASE WHEN i IN (5, 10) THEN ' lighthouse' ELSE '' END FROM n;")
                            .arg(count);
    REQUIRE(tv.vault->database().exec(sql.toUtf8().constData()).ok());
}

std::vector<qint64> searchIds(JournalRepository& repo, const QString& text, int offset, int limit)
{
    SearchQuery q = SearchQuery::forText(text);
    q.offset = offset;
    q.limit = limit;
    auto hits = repo.search(q);
    REQUIRE(hits.ok());
    return ids(hits.value());
}

} // namespace

TEST_CASE("In a large journal the newest entries' matches come first, each window best first", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);
    addManyCalmEntries(tv, 7000);
    // Windows: the newest 3,000 entries (4,001 to 7,000), then the 6,000 before them (all the rest).
    const std::vector<qint64> all = searchIds(repo, QStringLiteral("calm"), 0, 10000);
    REQUIRE(all.size() == 7000);

    SECTION("the newest 3,000 entries first, then the older ones, every match once")
    {
        std::vector<qint64> newest(all.begin(), all.begin() + 3000);
        std::vector<qint64> older(all.begin() + 3000, all.end());
        std::sort(newest.begin(), newest.end());
        std::sort(older.begin(), older.end());
        CHECK(newest.front() == 4001);
        CHECK(newest.back() == 7000);
        CHECK(std::adjacent_find(newest.begin(), newest.end()) == newest.end());
        CHECK(older.front() == 1);
        CHECK(older.back() == 4000);
        CHECK(std::adjacent_find(older.begin(), older.end()) == older.end());
    }
    SECTION("within a window the best matches lead: the word in a title beats the word in a body")
    {
        // 30 titled entries among the newest 3,000 (4,100 ... 7,000), 40 among the rest.
        for (int i = 0; i < 30; ++i) {
            CHECK(all[static_cast<size_t>(i)] % 100 == 0);
            CHECK(all[static_cast<size_t>(i)] > 4000);
        }
        CHECK(all[30] % 100 != 0);
        for (int i = 3000; i < 3040; ++i) {
            CHECK(all[static_cast<size_t>(i)] % 100 == 0);
            CHECK(all[static_cast<size_t>(i)] <= 4000);
        }
        CHECK(all[3040] % 100 != 0);
    }
    SECTION("pages, also one across the windows' edge, follow the same order")
    {
        std::vector<qint64> paged;
        for (int offset = 0; offset < 7000; offset += 700) {
            const std::vector<qint64> page = searchIds(repo, QStringLiteral("calm"), offset, 700);
            REQUIRE(page.size() == 700);
            paged.insert(paged.end(), page.begin(), page.end());
        }
        CHECK(paged == all);
        const std::vector<qint64> across = searchIds(repo, QStringLiteral("calm"), 2990, 20);
        CHECK(across == std::vector<qint64>(all.begin() + 2990, all.begin() + 3010));
        CHECK(searchIds(repo, QStringLiteral("calm"), 6990, 50).size() == 10);
        CHECK(searchIds(repo, QStringLiteral("calm"), 7000, 50).empty());
    }
    SECTION("a word only the oldest entries hold is found, and filters still apply")
    {
        CHECK(searchIds(repo, QStringLiteral("lighthouse"), 0, 50) == std::vector<qint64>{5, 10});
        SearchQuery ranged = SearchQuery::forText(QStringLiteral("calm"));
        ranged.from = QDate(2000, 1, 3); // entries 4 to 7
        ranged.to = QDate(2000, 1, 4);
        ranged.limit = 100;
        auto hits = repo.search(ranged);
        REQUIRE(hits.ok());
        std::vector<qint64> found = ids(hits.value());
        std::sort(found.begin(), found.end());
        CHECK(found == std::vector<qint64>{4, 5, 6, 7});
    }
}

TEST_CASE("While a deleted entry's words wait to leave the index, pages are whole", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);
    std::vector<qint64> kept;
    for (int i = 0; i < 5; ++i) {
        tv.clock.advanceSeconds(1);
        kept.push_back(add(repo, QStringLiteral("river %1").arg(i), QStringLiteral("the river again")));
    }
    // The best match of all (the word three times) is the one deleted: its words still in the
    // index, it would take the first place of the first page if the ranking counted it.
    tv.clock.advanceSeconds(1);
    const qint64 gone = add(repo, QStringLiteral("river"), QStringLiteral("river river river"));
    REQUIRE(repo.remove(gone).ok());
    REQUIRE(JournalRepository::deletedWordsWaiting(tv.vault->database()).value() == 1);

    std::vector<qint64> seen;
    SearchQuery q = SearchQuery::forText(QStringLiteral("river"));
    q.limit = 2;
    const size_t pageSizes[] = {2, 2, 1, 0}; // five entries left, two a page
    for (size_t page = 0; page < std::size(pageSizes); ++page) {
        q.offset = static_cast<int>(page) * 2;
        auto hits = repo.search(q);
        REQUIRE(hits.ok());
        CHECK(hits.value().size() == pageSizes[page]);
        for (qint64 id : ids(hits.value())) {
            seen.push_back(id);
        }
    }
    std::sort(seen.begin(), seen.end());
    CHECK(seen == kept);
}
