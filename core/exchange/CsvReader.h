#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tideline::exchange {

// One record of a CSV file and the 1-based line it starts on (a quoted field may hold line
// breaks, so a record can span several lines; mistakes are reported at its first line).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Reads RFC 4180 CSV from UTF-8 bytes: an optional byte-order mark, CRLF or LF line ends,
// fields in double quotes holding commas, line breaks and doubled quotes (""). Blank lines
// are skipped. The whole file is read into memory: imports are bounded by kMaxImportBytes, and
// a file must be checked whole before anything of it is imported.
//
// Refused with the line (InvalidInput, "Line N: …"): bytes that are not UTF-8, a quoted field
// that is never closed (the line where it opened), text right after a closing quote.
Result<QList<CsvRecord>> readCsv(const QByteArray& bytes);

} // namespace tideline::exchange
