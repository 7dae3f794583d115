#pragma once

struct sqlite3;

namespace tideline {

// `bm25_order(fts_table, weight, ...)`: an FTS5 ranking function that orders matches exactly as
// FTS5's bm25() does, without bm25()'s most expensive step where that step cannot change the
// order.
//
// bm25() weighs each phrase of a query by its rarity (its IDF), and to know that rarity it
// counts, once per query, every entry holding the phrase: a pass over the phrase's whole
// doclist, before the first row is scored. For a query of one phrase (one word, one prefix, one
// quoted phrase: most searches) the IDF multiplies every row's score by the same number and
// cannot change the order, so bm25_order() leaves it out: a search that ranks only the newest
// matches (JournalSearch.cpp) then reads only those. For two phrases or more it is bm25(), IDF and
// all. Scores are negative, best first, as with bm25().
// Registers it on a connection; SQLite's result code.
int registerSearchRanking(sqlite3* db);

} // namespace tideline
