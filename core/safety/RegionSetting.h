#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tideline {

class Database;

// The region whose support numbers the person wants to see. Kept in the vault's setting
// table, not the plain settings file: where someone lives is personal.
class RegionSetting
{
public:
    explicit RegionSetting(Database& db) : m_db(db) {}

    // The stored code, or "" when the person has not chosen yet.
    Result<QString> chosen();
    // code must be a region of ResourceCatalogue::bundled().
    Status choose(const QString& code);

private:
    Database& m_db;
};

} // namespace tideline
