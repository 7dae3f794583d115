#pragma once

#include "core/common/Result.h"

#include <QByteArray>

namespace tideline {

class Database;

namespace exchange {

// The check-ins as CSV (RFC 4180, CRLF line ends): a header `day,<metric keys>` and one row per
// day that has a check-in, oldest first; a cell is the value as a number with a '.' decimal,
// empty when that metric was not recorded that day. Columns: every metric shown on Today, then
// any other (hidden, archived, turned off) that has values, in the metrics' order.
// Only keys, days and numbers appear, so no cell can start a spreadsheet formula (keys are
// [a-z0-9_] and values are never negative); labels and notes are left to the JSON export.
Result<QByteArray> checkinsCsv(Database& db);

} // namespace exchange
} // namespace tideline
