#pragma once

#include "core/common/Result.h"
#include "core/records/Record.h"

#include <optional>

namespace tideline {
class Database;
}

namespace tideline::records {

// What the record editor holds but the person has not saved yet, kept encrypted in the vault
// (the `setting` table) so a quick exit, an auto-lock or a killed process loses at most the last
// second of typing, without adding a version to the record's history at every keystroke. A
// version is kept only when the person saves.
struct RecordDraft
{
    qint64 recordId = 0; // 0: a new record
    RecordFields fields;
};

class RecordDraftStore
{
public:
    explicit RecordDraftStore(Database& db) : m_db(db) {}

    Status save(const RecordDraft& draft);
    Result<std::optional<RecordDraft>> load();
    Status clear();

private:
    Database& m_db;
};

} // namespace tideline::records
