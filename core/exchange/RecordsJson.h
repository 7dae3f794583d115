#pragma once

#include "core/common/ByteSink.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace tideline {

class Database;

namespace exchange {

// The records part of Tideline's JSON export (docs/RECORDS-FORMAT.md): the kinds, the records
// with their whole history, and every attachment with its bytes as base64.

// Whether a top-level key of an export is one of the records sections.
bool isRecordsSection(const QString& key);

// Writes `"record_kinds": […], "records": […], "attachments": […]` (each followed by a comma
// unless last) into out, flushing out into sink after each record and while an attachment's
// bytes are written, so no more than about one chunk of a file is ever in memory.
Status writeRecordsSections(Database& db, QByteArray& out, const ByteSink& sink, bool last);

// Where an import finds an attachment's bytes: the index in "attachments" gives a device that
// yields the decoded bytes (nullptr when that attachment carries none).
using AttachmentBytes = std::function<std::unique_ptr<QIODevice>(qsizetype index)>;

struct RecordsImportSummary
{
    int records = 0;
    int attachments = 0;
};

// Adds the records sections of an export's root object inside the import's transaction (the
// caller's). Things already in the vault (same uid) are left as they are. A mistake is an
// InvalidInput error naming the record and field ("records[3].day: …"); recordIndex is set to
// the record's index in its section for the line number, with the section's name in section.
// bytes: nullptr reads each attachment's "data" from root itself.
Status importRecordsSections(Database& db, const QJsonObject& root, const AttachmentBytes& bytes,
    RecordsImportSummary& summary, QString& section, qsizetype& recordIndex);

} // namespace exchange
} // namespace tideline
