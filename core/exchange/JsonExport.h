#pragma once

#include "core/common/Clock.h"
#include "core/common/Progress.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace tideline {

class Database;

namespace exchange {

// The version of the Tideline JSON export written by this build (docs/EXPORT-FORMAT.md). An
// import refuses a file with a larger number: it may hold things this build would drop.
// Version 2 added the check-up sections (core/checkup/CheckupJson.h); version 3 splits a file's
// bytes over records of a few MiB (core/exchange/json/AttachmentParts.h), so a file of any size
// Tideline keeps imports again. Files of versions 1 and 2 still import.
inline constexpr int kJsonExportVersion = 3;

// Everything the person wrote or recorded, as one JSON document (docs/EXPORT-FORMAT.md):
// metrics, check-ins, journal entries (drafts too) with their tags, moments, routines with the
// days they were done, the safety plan, contacts, own resources and the in-vault settings.
// Things are linked by stable keys (metric key, routine key or label, tag name), never by
// row ids, so the file can be imported into any vault. One record per line, for people who
// read or diff it.
//
// Records, their history and attachments (with their bytes as base64) come last
// (docs/RECORDS-FORMAT.md). Answers to a sensitive check-up question (PHQ-9 item 9) are in the
// file only withSensitive.
Result<QByteArray> exportJson(Database& db, const Clock& clock, bool withSensitive = false);

// The same written to path as it is made, about 1 MiB at a time (never whole in memory), through
// a staged file (ExportFile.h's rules: owner-only, atomic, never over a file unless overwrite):
// a stop asked for, or any failure, leaves no file at all. Progress counts records.
Status writeJsonExport(
    Database& db, const Clock& clock, bool withSensitive, const QString& path, bool overwrite, Progress& progress);

} // namespace exchange
} // namespace tideline
