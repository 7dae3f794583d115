#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tideline {

class Database;

// The vault's own settings (table setting): small values that are user content, such as the
// daily prompt's state or the chosen region, keyed by a dotted name ("prompt.day"). The one
// writer of that table; settings read before unlock live in the plain settings file instead.
class SettingRepository
{
public:
    explicit SettingRepository(Database& db) : m_db(db) {}

    // The stored value, or "" when there is none.
    Result<QString> value(const QString& key);
    // Stores value under key, replacing what was there.
    Status set(const QString& key, const QString& value);
    // Stores value only when key has none yet (an import keeps the person's current choice):
    // true when it was stored.
    Result<bool> insertIfAbsent(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace tideline
