#include "TestVault.h"
#include "core/journal/FtsQuery.h"
#include "core/journal/JournalRepository.h"

#include <catch2/catch.hpp>

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
