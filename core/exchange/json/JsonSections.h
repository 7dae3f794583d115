#pragma once

#include "core/common/Result.h"
#include "core/exchange/JsonImport.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>

#include <span>

namespace tideline {
class Database;
class Statement;
} // namespace tideline

namespace tideline::exchange {

// Writes `"name": [` then one compact record per line, then `]` (docs/EXPORT-FORMAT.md).
class JsonSectionWriter
{
public:
    JsonSectionWriter(QByteArray& out, const char* name, bool last);
    ~JsonSectionWriter();
    JsonSectionWriter(const JsonSectionWriter&) = delete;
    JsonSectionWriter& operator=(const JsonSectionWriter&) = delete;

    // One record: an object, or a lone string (the tags section).
    void add(const QJsonValue& value);

private:
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
struct JsonImportContext
{
    Database& db;
    ImportSummary summary;
    qsizetype current = -1;
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
    Status (*read)(JsonImportContext& context, const QJsonArray& records);
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

// Every section in the order of the file. Earlier sections come first because later ones refer
// to them: metrics before check-ins, tags before entries.
std::span<const JsonSection* const> jsonSections();

} // namespace tideline::exchange
