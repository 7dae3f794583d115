#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace tideline {

class Database;

namespace exchange {

// What an import added (things already in the vault are not counted again).
struct ImportSummary
{
    int metrics = 0;
    int checkins = 0;
    int entries = 0;
    int moments = 0;
    int routineDays = 0;
    int safetyItems = 0; // plan items, contacts and own resources
    int settings = 0;
    int checkups = 0; // check-ups taken
    int checkupForms = 0; // the person's own forms
    int records = 0;
    int attachments = 0;
};

// The largest file an import reads; a vault of many years stays far below it.
inline constexpr qint64 kMaxImportBytes = 512LL * 1024 * 1024;

// Adds a Tideline JSON export (docs/EXPORT-FORMAT.md) to the open vault, in one transaction:
// all of it or, on the first mistake, nothing. Mistakes are reported with where they are: the
// line for broken JSON, the line, record and field ("Line 40, entries[12].day") for a wrong value.
// A file of a newer format version is refused with NewerVersion. Merging into a vault that
// already has content is safe: things are matched by stable keys, and what is already there
// stays (see the document for each kind).
Result<ImportSummary> importJson(Database& db, const QByteArray& json);
// The same from a file, read as a stream (core/exchange/JsonStream.h): the file is checked from
// end to end before the transaction begins, then read again a record at a time, so memory stays
// small whatever its size. Progress tells both passes; a stop asked for rolls everything back
// and answers Cancelled.
Result<ImportSummary> importJson(Database& db, QIODevice& file, Progress& progress);

// The checks on an export's top level that the import and its preview share: "format" is
// "tideline-export" and "version" a whole number this Tideline reads (NewerVersion otherwise).
Status checkExportHeader(const QJsonObject& root);

} // namespace exchange
} // namespace tideline
