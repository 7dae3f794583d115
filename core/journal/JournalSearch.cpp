// JournalRepository::search: full-text search over title and body with FTS5.
#include "core/journal/FtsQuery.h"
#include "core/journal/JournalRepository.h"
#include "core/journal/MatchHighlighter.h"
#include "core/storage/Database.h"

namespace tideline::journal {

Result<std::vector<SearchHit>> JournalRepository::search(const SearchQuery& query)
{
    std::vector<SearchHit> hits;
    const QList<QueryPhrase> phrases = parseQuery(query.text);
    const QString match = toFtsQuery(query.text);
    if (match.isEmpty() || query.limit <= 0) {
        return hits;
    }
    // Measured with bench_journal on 10,000 entries of ~300 words:
    // - The best matches by bm25() (titles weigh 4, bodies 1: a word someone put in a title is
    //   what the entry is about). bm25() is called as an ordinary function in ORDER BY, so
    //   SQLite keeps only the top rows as it goes; FTS5's own "ORDER BY rank" path was 10-20
    //   times slower.
    // - Filters are sets of ids read from indexes (entry_by_day, entry_tag_by_tag): joining
    //   the entry table for every match would decrypt a page per match, which cost more than
    //   the whole search. The "+" keeps SQLite from handing the id list to FTS5 as rowid
    //   constraints, which would run one FTS5 query per id.
    // - Only the rows returned are read, and MatchHighlighter marks them (see why there).
    const bool byDay = query.from.isValid() || query.to.isValid();
    const QString tag = query.tag.trimmed();
    QByteArray sql = "WITH top AS ("
                     "  SELECT rowid AS id, bm25(entry_fts, 4.0, 1.0) AS score FROM entry_fts"
                     "  WHERE entry_fts MATCH ?1";
    if (byDay) {
        sql += " AND +rowid IN (SELECT id FROM entry WHERE day >= ifnull(?2, '0000-01-01')"
               "                 AND day <= ifnull(?3, '9999-12-31'))";
    }
    if (!tag.isEmpty()) {
        sql += " AND +rowid IN (SELECT et.entry_id FROM entry_tag AS et JOIN tag AS t ON t.id = et.tag_id"
               "                 WHERE t.name = ?4)";
    }
    sql += "  ORDER BY score LIMIT ?5 OFFSET ?6) "
           "SELECT e.id, e.day, e.title, e.body, e.is_draft, e.is_sensitive "
           "FROM top CROSS JOIN entry AS e ON e.id = top.id "
           "ORDER BY top.score, top.id;";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    Statement& s = stmt.value();
    s.bind(1, match);
    if (query.from.isValid()) {
        s.bind(2, query.from.toString(Qt::ISODate));
    }
    if (query.to.isValid()) {
        s.bind(3, query.to.toString(Qt::ISODate));
    }
    if (!tag.isEmpty()) {
        s.bind(4, tag);
    }
    s.bind(5, query.limit).bind(6, qMax(0, query.offset));
    const MatchHighlighter marker(phrases);
    for (;;) {
        auto step = s.step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            return hits;
        }
        SearchHit hit;
        hit.id = s.columnInt(0);
        hit.day = QDate::fromString(s.columnText(1), Qt::ISODate);
        hit.title = marker.highlight(s.columnText(2));
        hit.snippet = marker.snippet(s.columnText(3));
        hit.isDraft = s.columnInt(4) != 0;
        hit.sensitive = s.columnInt(5) != 0;
        hits.push_back(hit);
    }
}

} // namespace tideline::journal
