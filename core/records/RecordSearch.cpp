// RecordRepository::search: full-text search over a record's own words with FTS5, as the journal's
// search does (core/journal/JournalSearch.cpp explains the shape of the query).
#include "core/journal/Entry.h"
#include "core/journal/FtsQuery.h"
#include "core/journal/MatchHighlighter.h"
#include "core/records/RecordRepository.h"
#include "core/storage/Database.h"

namespace tideline::records {

namespace {

// Where the snippet comes from: the first field with a match, what happened first.
QString snippetOf(const journal::MatchHighlighter& marker, const QStringList& fields)
{
    for (const QString& text : fields) {
        const QString snippet = marker.snippet(text);
        if (snippet.contains(QChar(journal::kMatchStart))) {
            return snippet;
        }
    }
    return marker.snippet(fields.first());
}

} // namespace

Result<std::vector<RecordHit>> RecordRepository::search(const QString& typed, int limit)
{
    std::vector<RecordHit> hits;
    const QList<journal::QueryPhrase> phrases = journal::parseQuery(typed);
    const QString match = journal::toFtsQuery(typed);
    if (match.isEmpty() || limit <= 0) {
        return hits;
    }
    // What happened weighs most; a word in "where" or "who was there" counts too.
    const QByteArray sql
        = "WITH top AS ("
          "  SELECT rowid AS id, bm25(record_fts, 2.0, 4.0, 1.0, 1.0, 1.0) AS score FROM record_fts"
          "  WHERE record_fts MATCH ?1 ORDER BY score LIMIT ?2) "
          "SELECT r.id, r.occurred_day, ifnull(r.occurred_time, ''), r.approximate, r.what_happened, r.place, "
          "  r.is_sensitive, r.created_at, r.updated_at, "
          "  (SELECT group_concat(label, char(31)) FROM (SELECT k.label FROM record_kind_link AS l "
          "     JOIN record_kind AS k ON k.id = l.kind_id WHERE l.record_id = r.id ORDER BY k.sort_order, k.id)), "
          "  (SELECT count(*) FROM attachment AS a WHERE a.record_id = r.id), r.injuries, r.witnesses, r.told "
          "FROM top CROSS JOIN record AS r ON r.id = top.id WHERE r.deleted_at IS NULL "
          "ORDER BY top.score, top.id;";
    Result<Statement> stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    // Marked (deleted) records are still indexed until the vault locks: ask for a few more.
    stmt.value().bind(1, match).bind(2, limit + 20);
    const journal::MatchHighlighter marker(phrases);
    Status status = stmt.value().forEachRow([&](const Statement& row) {
        if (static_cast<int>(hits.size()) >= limit) {
            return;
        }
        RecordHit hit;
        RecordSummary& s = hit.record;
        s.id = row.columnInt(0);
        s.day = QDate::fromString(row.columnText(1), Qt::ISODate);
        s.time = row.columnText(2);
        s.approximate = row.columnInt(3) != 0;
        const QString account = row.columnText(4);
        s.headline = account.section(u'\n', 0, 0, QString::SectionSkipEmpty).simplified().left(200);
        s.place = row.columnText(5).simplified().left(200);
        s.sensitive = row.columnInt(6) != 0;
        s.createdAt = QDateTime::fromString(row.columnText(7), Qt::ISODateWithMs);
        s.updatedAt = QDateTime::fromString(row.columnText(8), Qt::ISODateWithMs);
        if (!row.isNull(9)) {
            s.kindLabels = row.columnText(9).split(QChar(31));
        }
        s.attachmentCount = static_cast<int>(row.columnInt(10));
        hit.snippet = snippetOf(marker, {account, s.place, row.columnText(11), row.columnText(12), row.columnText(13)});
        hits.push_back(std::move(hit));
    });
    if (!status) {
        return status.error();
    }
    return hits;
}

} // namespace tideline::records
