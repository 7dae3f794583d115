#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/exchange/JsonImport.h"
#include "core/exchange/JsonStream.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>

#include <span>

namespace tideline {
class Database;
class StagedFile;
class Statement;
} // namespace tideline

namespace tideline::exchange {

// Where an export's text goes: kept in memory (exportJson), or written on to a staged file in
// pieces of about 1 MiB (writeJsonExport), so a 100,000-entry export is never whole in memory.
// Each record added reports progress; a stop asked for interrupts the query feeding the section.
struct JsonSink
{
    static constexpr qsizetype kFlushBytes = 1024 * 1024;

    QByteArray bytes;
    StagedFile* file = nullptr;
    Progress* progress = nullptr;
    Database* db = nullptr;
    qint64 records = 0;
    Status written;

    void recordAdded();
    // Writes what is held on to the file (when there is one) and empties it.
    void flush();
};

// Writes `"name": [` then one compact record per line, then `]` (docs/EXPORT-FORMAT.md). A record
// of large parts (an attachment's bytes) is written in pieces, flushed to the sink's file as it grows.
class JsonSectionWriter
{
public:
    JsonSectionWriter(JsonSink& sink, const char* name, bool last);
    ~JsonSectionWriter();
    JsonSectionWriter(const JsonSectionWriter&) = delete;
    JsonSectionWriter& operator=(const JsonSectionWriter&) = delete;

    // One record: an object, or a lone string (the tags section).
    void add(const QJsonValue& value);
    // One record written in pieces: startRecord() puts the separator before it, append() adds
    // JSON text as it is (the caller keeps it valid), flush() passes it to the sink, if any.
    void startRecord();
    void append(QByteArrayView json) { m_out += json; }
    Status flush();

private:
    JsonSink& m_sink;
    QByteArray& m_out;
    bool m_last;
    bool m_first = true;
};

// A column as the export writes it: its value, or null.
QJsonValue textOrNull(const Statement& row, int column);
QJsonValue intOrNull(const Statement& row, int column);

// What an import's sections share while they walk the file: the vault (inside the import's one
// transaction), the counts so far, and the record being read, so that a mistake can be given its
// line in the file.
// The file is read as a stream (core/exchange/JsonStream.h): a section takes its records one at a
// time through next(), which also reports progress and notices a stop.
struct JsonImportContext
{
    Database& db;
    ImportSummary summary;
    qsizetype current = -1;
    int currentLine = 0; // the line of the record being read
    Progress* progress = nullptr;
    qint64 bytesBefore = 0; // bytes of the file's lists done before this one
    bool stopped = false;

    // The next record of the list (and current, currentLine set to it); nullopt at the end, on a
    // read error (records.status()) or when the person asked to stop (stopped).
    std::optional<JsonRecords::Record> next(JsonRecords& records);
};

// One top-level list of the export: its name in the file, how it is written and how it is read
// back. Each lives in a file of its own (MetricsSection.cpp, …); every write goes through the
// table's repository, inside the import's transaction.
struct JsonSection
{
    const char* name;
    Status (*write)(Database& db, JsonSectionWriter& out);
    // Reads and adds every record, setting context.current to the record being read; the first
    // mistake stops it (the import then adds nothing at all).
    Status (*read)(JsonImportContext& context, JsonRecords& records);
};

extern const JsonSection kMetricsSection;
extern const JsonSection kCheckinsSection;
extern const JsonSection kTagsSection;
extern const JsonSection kEntriesSection;
extern const JsonSection kMomentsSection;
extern const JsonSection kRoutinesSection;
extern const JsonSection kSafetyPlanSection;
extern const JsonSection kContactsSection;
extern const JsonSection kResourcesSection;
extern const JsonSection kSettingsSection;
extern const JsonSection kRecordKindsSection;
extern const JsonSection kRecordsSection;
extern const JsonSection kAttachmentsSection;

// Every section in the order of the file. Earlier sections come first because later ones refer
// to them: metrics before check-ins, tags before entries, entries and records before the
// attachments that belong to them.
std::span<const JsonSection* const> jsonSections();

} // namespace tideline::exchange
