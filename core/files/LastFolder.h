#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tideline {
class Database;
} // namespace tideline

namespace tideline::files {

// The folder the person last saved into or opened from, so the file chooser starts there next
// time. Kept in the vault's setting table, never in the plain settings file: where someone
// keeps their files is personal. It belongs to this computer, so exports leave it out.
class LastFolder
{
public:
    // The setting's key, for the exports that skip it.
    static constexpr const char* kKey = "files.last_folder";

    explicit LastFolder(Database& db) : m_db(db) {}

    // The folder, or "" when none was kept yet.
    Result<QString> get();
    // folder must be an absolute path; it is kept as given.
    Status remember(const QString& folder);

private:
    Database& m_db;
};

} // namespace tideline::files
