#pragma once

#include "core/common/Result.h"

namespace tideline {

class Clock;
class Database;

// Runs the journal's and the records' search once, for a word nobody writes, right after the
// vault opens, so the person's first search does not pay for reading the schema, FTS5's
// settings and the top of its index (docs/BENCHMARKS.md, "Warming the search"). It writes
// nothing and keeps nothing but this connection's page cache. A failure is returned as it is:
// a read that failed may have left the connection unusable (Vault::finishUnlock opens it again).
Status warmUpSearch(Database& db, const Clock& clock);

} // namespace tideline
