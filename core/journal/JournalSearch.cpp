// JournalRepository::search: full-text search over title and body with FTS5.
#include "journal/FtsQuery.h"
#include "journal/JournalRepository.h"
#include "storage/Database.h"

namespace tideline::journal {

Result<std::vector<SearchHit>> JournalRepository::search(const SearchQuery& query)
{
    std::vector<SearchHit> hits;
    const QString match = toFtsQuery(query.text);
    if (match.isEmpty() || query.limit <= 0) {
        return hits;
    }
    // The index is the outer loop (CROSS JOIN), so FTS5 hands rows over in rank order and
    // stops at the limit; snippets are made only for the rows returned. Titles weigh more than
    // bodies: a word someone put in a title is what the entry is about.
    auto stmt
        = m_db.prepare("SELECT e.id, e.day, highlight(entry_fts, 0, ?1, ?2), snippet(entry_fts, 1, ?1, ?2, ?3, 24), "
                       "       e.is_draft, e.is_sensitive "
                       "FROM entry_fts CROSS JOIN entry AS e ON e.id = entry_fts.rowid "
                       "WHERE entry_fts MATCH ?4 AND entry_fts.rank MATCH 'bm25(4.0, 1.0)' "
                       "  AND (?5 IS NULL OR e.day >= ?5) AND (?6 IS NULL OR e.day <= ?6) "
                       "  AND (?7 IS NULL OR EXISTS (SELECT 1 FROM entry_tag AS et JOIN tag AS t ON t.id = et.tag_id "
                       "                             WHERE et.entry_id = e.id AND t.name = ?7)) "
                       "ORDER BY entry_fts.rank LIMIT ?8 OFFSET ?9;");
    if (!stmt) {
        return stmt.error();
    }
    Statement& s = stmt.value();
    s.bind(1, QString(QChar(kMatchStart)))
        .bind(2, QString(QChar(kMatchEnd)))
        .bind(3, QStringLiteral("…"))
        .bind(4, match);
    if (query.from.isValid()) {
        s.bind(5, query.from.toString(Qt::ISODate));
    }
    if (query.to.isValid()) {
        s.bind(6, query.to.toString(Qt::ISODate));
    }
    const QString tag = query.tag.trimmed();
    if (!tag.isEmpty()) {
        s.bind(7, tag);
    }
    s.bind(8, query.limit).bind(9, qMax(0, query.offset));
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
        hit.title = s.columnText(2);
        hit.snippet = s.columnText(3);
        hit.isDraft = s.columnInt(4) != 0;
        hit.sensitive = s.columnInt(5) != 0;
        hits.push_back(hit);
    }
}

} // namespace tideline::journal
