#include "core/journal/Entry.h"
#include "core/journal/FtsQuery.h"
#include "core/journal/MatchHighlighter.h"

#include <catch2/catch.hpp>

using namespace tideline::journal;

namespace {

// Markers shown as [ and ] so the expectations read easily.
QString shown(QString marked)
{
    marked.replace(QChar(kMatchStart), u'[');
    marked.replace(QChar(kMatchEnd), u']');
    return marked;
}

QString highlight(const QString& query, const QString& text)
{
    return shown(MatchHighlighter(parseQuery(query)).highlight(text));
}

QString snippet(const QString& query, const QString& text, int words = 24)
{
    return shown(MatchHighlighter(parseQuery(query)).snippet(text, words));
}

} // namespace

TEST_CASE("Matches are marked as FTS5 matched them", "[journal]")
{
    CHECK(highlight(QStringLiteral("river"), QStringLiteral("By the River, the river."))
        == QStringLiteral("By the [River], the [river]."));
    CHECK(highlight(QStringLiteral("riv*"), QStringLiteral("rivers and a riverbank"))
        == QStringLiteral("[rivers] and a [riverbank]"));
    CHECK(highlight(QStringLiteral("\"bad dream\""), QStringLiteral("a bad day, a bad dream"))
        == QStringLiteral("a bad day, a [bad dream]"));
    CHECK(highlight(QStringLiteral("cafe resume"), QStringLiteral("Café, résumé!"))
        == QStringLiteral("[Café], [résumé]!"));
    CHECK(highlight(QStringLiteral("שלום"), QStringLiteral("אמרתי שלום לים")) == QStringLiteral("אמרתי [שלום] לים"));
    CHECK(
        highlight(QStringLiteral("NEAR(door"), QStringLiteral("near the door")) == QStringLiteral("[near] the [door]"));
    CHECK(highlight(QStringLiteral("nothing"), QStringLiteral("no match here")) == QStringLiteral("no match here"));
    // Plain ASCII words are compared letter by letter: case, length, prefixes, digits.
    CHECK(highlight(QStringLiteral("RIVER"), QStringLiteral("river RiVeR Rivers rive"))
        == QStringLiteral("[river] [RiVeR] Rivers rive"));
    CHECK(highlight(QStringLiteral("riverbanks*"), QStringLiteral("river riverbank Riverbanks"))
        == QStringLiteral("river riverbank [Riverbanks]"));
    CHECK(highlight(QStringLiteral("2024"), QStringLiteral("in 2024, not 20245"))
        == QStringLiteral("in [2024], not 20245"));
    CHECK(highlight(QStringLiteral("rivé"), QStringLiteral("RIVE, rivé, rive"))
        == QStringLiteral("[RIVE], [rivé], [rive]"));
    CHECK(highlight(QStringLiteral("straße"), QStringLiteral("strasse straße")) == QStringLiteral("strasse [straße]"));
    CHECK(highlight(QStringLiteral("x"), QString()).isEmpty());
}

TEST_CASE("A snippet shows the words around the best group of matches", "[journal]")
{
    QStringList words;
    for (int i = 0; i < 100; ++i) {
        words.append(QStringLiteral("w%1").arg(i));
    }
    words[50] = QStringLiteral("river");
    words[52] = QStringLiteral("calm");
    words[90] = QStringLiteral("river");
    const QString text = words.join(u' ');

    const QString cut = snippet(QStringLiteral("river calm"), text, 10);
    CHECK(cut == QStringLiteral("…w47 w48 w49 [river] w51 [calm] w53 w54 w55 w56…"));
    CHECK(snippet(QStringLiteral("w0"), text, 3) == QStringLiteral("[w0] w1 w2…"));
    CHECK(snippet(QStringLiteral("w99"), text, 3) == QStringLiteral("…w97 w98 [w99]"));
    // A match in the title only: the body's first words.
    CHECK(snippet(QStringLiteral("absent"), text, 3) == QStringLiteral("w0 w1 w2…"));
    CHECK(snippet(QStringLiteral("short"), QStringLiteral("a short one."), 24) == QStringLiteral("a [short] one."));
}

TEST_CASE("A snippet of a huge entry stays quick and bounded", "[journal]")
{
    QString big;
    while (big.size() < 5 * 1024 * 1024) {
        big += QStringLiteral("tide ");
    }
    const QString cut = snippet(QStringLiteral("tide"), big);
    CHECK(cut.size() < 400);
    CHECK(cut.startsWith(QStringLiteral("[tide]")));
}
