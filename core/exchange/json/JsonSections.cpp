#include "core/exchange/json/JsonSections.h"

#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace tideline::exchange {

JsonSectionWriter::JsonSectionWriter(QByteArray& out, const char* name, bool last, const ByteSink* sink)
    : m_out(out), m_sink(sink), m_last(last)
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
    if (m_sink == nullptr || m_out.isEmpty()) {
        return {};
    }
    Status s = (*m_sink)(m_out.constData(), m_out.size());
    m_out.clear();
    return s;
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
