#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace tideline {

class Database;

// For lists that keep ticks across reloads (the summary's entries and records): runs `sql`, a
// query of one 'YYYY-MM-DD' column for the row whose id is ?1, once for each id, and answers the
// day of each id that has a row. Ids without one (deleted, or filtered out by the query) are not
// in the answer.
Result<QHash<qint64, QDate>> readDaysById(Database& db, const char* sql, const QList<qint64>& ids);

} // namespace tideline
