// JournalRepository::search: full-text search over title and body with FTS5.
#include "core/journal/FtsQuery.h"
#include "core/journal/JournalRepository.h"
#include "core/journal/MatchHighlighter.h"
#include "core/storage/Database.h"

#include <limits>

namespace tideline::journal {

namespace {

// Results come newest entries first, in windows, each ranked best first: the matches among the
// newest 3,000 entries, then among the 6,000 before them, then 12,000, and so on. A vault of up
// to 3,000 entries is ranked as a whole. Why (docs/BENCHMARKS.md, "Ranking the newest entries
// first"): ranking reads every match's positions and length, so a word in two thirds of 100,000
// entries cost 40 ms to rank whole; a window of entries is a range of rowids, which FTS5 seeks to
// at once, so the first page costs about the same at any vault size. Windows double so a word
// found only in old entries is reached in a few steps.
constexpr qint64 kFirstWindowEntries = 3000;

// The ranked matches of one window. The "+" keeps SQLite from handing the filters' id lists to
// FTS5 as rowid constraints (one FTS5 query per id); the window's bounds are handed to it, and
// are what makes the window cheap.
QByteArray rankedSql(bool byDay, bool byTag, bool countOnly)
{
    // A deleted or edited entry's old words stay in the index for a moment after the delete or
    // the save (migrations 0006, 0007); its id is left out here, in the ranking, so a page of
    // results is never one short and never shows words the entry no longer has.
    QByteArray where = " WHERE entry_fts MATCH ?1 AND rowid >= ?7 AND rowid < ?8"
                       " AND +rowid NOT IN (SELECT id FROM entry_deleted_words)";
    if (byDay) {
        where += " AND +rowid IN (SELECT id FROM entry WHERE day >= ifnull(?2, '0000-01-01')"
                 "                 AND day <= ifnull(?3, '9999-12-31'))";
    }
    if (byTag) {
        where += " AND +rowid IN (SELECT et.entry_id FROM entry_tag AS et JOIN tag AS t ON t.id = et.tag_id"
                 "                 WHERE t.name = ?4)";
    }
    if (countOnly) {
        return "SELECT count(*) FROM entry_fts" + where + ";";
    }
    // bm25_order() orders as bm25() does (titles weigh 4, bodies 1: a word someone put in a
    // title is what the entry is about), called as an ordinary function in ORDER BY so SQLite
    // keeps only the top rows as it goes; FTS5's own "ORDER BY rank" path was 10-20 times slower.
    // Ties go by id, so a page ends where the next one starts.
    // Only the rows returned are read from the entry table, and MatchHighlighter marks them.
    return "WITH top AS (SELECT rowid AS id, bm25_order(entry_fts, 4.0, 1.0) AS score FROM entry_fts" + where
        + "  ORDER BY score, id LIMIT ?5 OFFSET ?6) "
          "SELECT e.id, e.day, e.title, e.body, e.is_draft, e.is_sensitive "
          "FROM top CROSS JOIN entry AS e ON e.id = top.id "
          "ORDER BY top.score, top.id;";
}

} // namespace

Result<std::vector<SearchHit>> JournalRepository::search(const SearchQuery& query)
{
    std::vector<SearchHit> hits;
    const QList<QueryPhrase> phrases = parseQuery(query.text);
    const QString match = toFtsQuery(query.text);
    if (match.isEmpty() || query.limit <= 0) {
        return hits;
    }
    const bool byDay = query.from.isValid() || query.to.isValid();
    const QString tag = query.tag.trimmed();
    const auto bind = [&](Statement& s, qint64 lower, qint64 upper) {
        s.bind(1, match).bind(7, lower).bind(8, upper);
        if (query.from.isValid()) {
            s.bind(2, query.from.toString(Qt::ISODate));
        }
        if (query.to.isValid()) {
            s.bind(3, query.to.toString(Qt::ISODate));
        }
        if (!tag.isEmpty()) {
            s.bind(4, tag);
        }
    };
    // The same two statements for every window: built once, and compiled once (Database keeps them).
    const QByteArray rankedText = rankedSql(byDay, !tag.isEmpty(), false);
    const QByteArray countText = rankedSql(byDay, !tag.isEmpty(), true);
    const MatchHighlighter marker(phrases);
    int skip = qMax(0, query.offset);
    int wanted = query.limit;
    qint64 upper = std::numeric_limits<qint64>::max();
    for (qint64 entries = kFirstWindowEntries; wanted > 0; entries *= 2) {
        // The window's oldest entry: the one `entries` back from its newest. The FTS5 index's own
        // table of entry lengths has a row per entry and no text, so this reads a few small pages.
        auto edge = m_db.prepare("SELECT id FROM entry_fts_docsize WHERE id < ?1 ORDER BY id DESC LIMIT 1 OFFSET ?2;");
        if (!edge) {
            return edge.error();
        }
        edge.value().bind(1, upper).bind(2, entries - 1);
        auto edgeRow = edge.value().nextRow();
        if (!edgeRow) {
            return edgeRow.error();
        }
        // Fewer entries than that left: this is the last window, down to the oldest.
        const qint64 lower = edgeRow.value() ? edge.value().columnInt(0) : std::numeric_limits<qint64>::min();
        const bool last = !edgeRow.value();

        if (skip > 0) { // a later page: skip whole windows by counting their matches
            auto count = m_db.prepare(countText.constData());
            if (!count) {
                return count.error();
            }
            bind(count.value(), lower, upper);
            auto counted = count.value().nextRow();
            if (!counted) {
                return counted.error();
            }
            const qint64 inWindow = counted.value() ? count.value().columnInt(0) : 0;
            if (skip >= inWindow) {
                skip -= static_cast<int>(inWindow);
                if (last) {
                    break;
                }
                upper = lower;
                continue;
            }
        }

        auto ranked = m_db.prepare(rankedText.constData());
        if (!ranked) {
            return ranked.error();
        }
        Statement& s = ranked.value();
        bind(s, lower, upper);
        s.bind(5, wanted).bind(6, skip);
        skip = 0;
        for (;;) {
            auto step = s.step();
            if (!step) {
                return step.error();
            }
            if (step.value() == Statement::Step::Done) {
                break;
            }
            SearchHit hit;
            hit.id = s.columnInt(0);
            hit.day = QDate::fromString(s.columnText(1), Qt::ISODate);
            hit.title = marker.highlight(s.columnText(2));
            hit.snippet = marker.snippet(s.columnText(3));
            hit.isDraft = s.columnInt(4) != 0;
            hit.sensitive = s.columnInt(5) != 0;
            hits.push_back(hit);
            --wanted;
        }
        if (last) {
            break;
        }
        upper = lower;
    }
    return hits;
}

} // namespace tideline::journal
