#include "core/exchange/json/JsonSections.h"

#include "core/storage/Database.h"
#include "core/vault/AtomicFile.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace tideline::exchange {

void JsonSink::recordAdded()
{
    ++records;
    if (progress) {
        progress->advance(records);
        if (progress->stopRequested() && db) {
            db->interrupt(); // the query feeding this section ends with Cancelled at its next row
        }
    }
    if (file && bytes.size() >= kFlushBytes) {
        flush();
    }
}

void JsonSink::flush()
{
    if (file && written) {
        written = file->write(bytes);
    }
    if (file) {
        bytes.clear(); // keeps its capacity for the next piece
    }
}

std::optional<JsonRecords::Record> JsonImportContext::next(JsonRecords& records)
{
    if (progress) {
        progress->advance(bytesBefore + records.bytesRead());
        if (progress->stopRequested()) {
            stopped = true;
            return std::nullopt;
        }
    }
    std::optional<JsonRecords::Record> record = records.next();
    if (record) {
        current = record->index;
        currentLine = record->line;
    }
    return record;
}

JsonSectionWriter::JsonSectionWriter(JsonSink& sink, const char* name, bool last)
    : m_sink(sink), m_out(sink.bytes), m_last(last)
{
    m_out += "  \"";
    m_out += name;
    m_out += "\": [";
}

JsonSectionWriter::~JsonSectionWriter()
{
    m_out += m_first ? "]" : "\n  ]";
    m_out += m_last ? "\n" : ",\n";
}

void JsonSectionWriter::startRecord()
{
    m_out += m_first ? "\n    " : ",\n    ";
    m_first = false;
}

Status JsonSectionWriter::flush()
{
    m_sink.flush(); // held in memory when the sink has no file (exportJson)
    return m_sink.written;
}

void JsonSectionWriter::add(const QJsonValue& value)
{
    startRecord();
    if (value.isObject()) {
        m_out += QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    } else {
        // A lone string: wrap it to let QJsonDocument escape it, then unwrap.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        m_out += wrapped.mid(1, wrapped.size() - 2);
    }
    m_sink.recordAdded();
}

QJsonValue textOrNull(const Statement& row, int column)
{
    return row.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(row.columnText(column));
}

QJsonValue intOrNull(const Statement& row, int column)
{
    return row.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(row.columnInt(column));
}

std::span<const JsonSection* const> jsonSections()
{
    // A new section: a file of its own beside these (its write and read), one line here, and its
    // fields in docs/EXPORT-FORMAT.md.
    static constexpr std::array<const JsonSection*, 13> sections{&kMetricsSection, &kCheckinsSection, &kTagsSection,
        &kEntriesSection, &kMomentsSection, &kRoutinesSection, &kSafetyPlanSection, &kContactsSection,
        &kResourcesSection, &kSettingsSection, &kRecordKindsSection, &kRecordsSection, &kAttachmentsSection};
    return sections;
}

} // namespace tideline::exchange
