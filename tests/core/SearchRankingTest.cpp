// bm25_order() (core/storage/SearchRanking.h): the journal's searches rank with it instead of
// FTS5's bm25(). It must put matches in exactly bm25()'s order; for a query of one phrase it may
// leave out the phrase's rarity (the same factor for every row), for more phrases it must be
// bm25() itself.
#include "core/common/SecureBuffer.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <cmath>
#include <vector>

using namespace tideline;

namespace {

struct Scored
{
    qint64 id;
    double bm25;
    double order;
};

// Every match of the query with both scores, in bm25()'s order (ties by id).
std::vector<Scored> scored(Database& db, const QString& match)
{
    auto stmt = db.prepare("SELECT rowid, bm25(t, 4.0, 1.0), bm25_order(t, 4.0, 1.0) FROM t WHERE t MATCH ?1 "
                           "ORDER BY bm25(t, 4.0, 1.0), rowid");
    REQUIRE(stmt.ok());
    stmt.value().bind(1, match);
    std::vector<Scored> rows;
    REQUIRE(stmt.value()
                .forEachRow([&](Statement& s) {
                    rows.push_back({s.columnInt(0), s.columnDouble(1), s.columnDouble(2)});
                })
                .ok());
    return rows;
}

std::vector<qint64> orderedBy(Database& db, const QString& match, const char* function)
{
    const QByteArray sql
        = QByteArray("SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY ") + function + "(t, 4.0, 1.0), rowid";
    auto stmt = db.prepare(sql.constData());
    REQUIRE(stmt.ok());
    stmt.value().bind(1, match);
    std::vector<qint64> ids;
    REQUIRE(stmt.value().forEachRow([&](Statement& s) { ids.push_back(s.columnInt(0)); }).ok());
    return ids;
}

} // namespace

TEST_CASE("bm25_order ranks matches exactly as bm25 does", "[storage][search]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("v.db")), SecureBuffer::random(32), true).ok());
    REQUIRE(db.exec("CREATE VIRTUAL TABLE t USING fts5(title, body);").ok());
    // Entries of different lengths, with the words in titles, bodies, both, once or often.
    const char* const words[] = {"calm", "river", "sleep", "dream", "walk", "tea", "rain", "quiet"};
    auto insert = db.prepare("INSERT INTO t (title, body) VALUES (?1, ?2)");
    REQUIRE(insert.ok());
    for (int i = 0; i < 300; ++i) {
        QString body;
        for (int w = 0; w < 5 + (i * 37) % 60; ++w) {
            body += QLatin1String(words[(i * 7 + w * w * 3) % 8]) + u' ';
        }
        if (i % 5 == 0) {
            body += QStringLiteral("the bad dream again ");
        }
        const QString title = i % 9 == 0 ? QStringLiteral("Calm day") : QStringLiteral("Day %1").arg(i);
        insert.value().reset();
        insert.value().bind(1, title).bind(2, body);
        REQUIRE(insert.value().run().ok());
    }

    SECTION("one phrase (a word, a prefix, a quoted phrase): the same order, scores in one ratio")
    {
        for (const QString& match : {QStringLiteral("\"calm\""), QStringLiteral("\"ra\"*"),
                 QStringLiteral("\"bad dream\""), QStringLiteral("\"tea\"")}) {
            INFO(match.toStdString());
            const std::vector<Scored> rows = scored(db, match);
            REQUIRE(rows.size() > 10);
            CHECK(orderedBy(db, match, "bm25_order") == orderedBy(db, match, "bm25"));
            const double ratio = rows.front().bm25 / rows.front().order;
            CHECK(ratio > 0);
            for (const Scored& row : rows) {
                CHECK(row.order < 0); // best first, as bm25()
                CHECK(row.bm25 / row.order == Approx(ratio).epsilon(1e-9));
            }
        }
    }
    SECTION("two phrases or more: bm25 itself, rarity and all")
    {
        for (const QString& match : {QStringLiteral("\"calm\" \"rain\""), QStringLiteral("\"river\" OR \"dream\""),
                 QStringLiteral("\"bad dream\" \"tea\" \"walk\"")}) {
            INFO(match.toStdString());
            const std::vector<Scored> rows = scored(db, match);
            REQUIRE(!rows.empty());
            CHECK(orderedBy(db, match, "bm25_order") == orderedBy(db, match, "bm25"));
            for (const Scored& row : rows) {
                CHECK(row.order == Approx(row.bm25).epsilon(1e-12));
            }
        }
    }
    SECTION("outside a MATCH it answers, it does not fail")
    {
        auto row = db.queryFirst("SELECT bm25_order(t) FROM t LIMIT 1;");
        REQUIRE(row.ok());
        REQUIRE(row.value().has_value());
        CHECK(row.value()->columnDouble(0) == 0.0);
    }
}
