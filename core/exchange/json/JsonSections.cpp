#include "core/exchange/json/JsonSections.h"

#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace tideline::exchange {

JsonSectionWriter::JsonSectionWriter(QByteArray& out, const char* name, bool last) : m_out(out), m_last(last)
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

void JsonSectionWriter::add(const QJsonValue& value)
{
    m_out += m_first ? "\n    " : ",\n    ";
    m_first = false;
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
    static constexpr std::array<const JsonSection*, 10> sections{&kMetricsSection, &kCheckinsSection, &kTagsSection,
        &kEntriesSection, &kMomentsSection, &kRoutinesSection, &kSafetyPlanSection, &kContactsSection,
        &kResourcesSection, &kSettingsSection};
    return sections;
}

} // namespace tideline::exchange
