#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tideline {

class Database;

// The vault's `setting` table: small choices that are the person's own and so stay encrypted
// (the support region, the day's prompt, whether "on this day" shows). One key, one text
// value; a key that was never set has no row. The one writer of that table; settings read
// before unlock live in the plain settings file instead.
class SettingTable
{
public:
    explicit SettingTable(Database& db) : m_db(db) {}

    // The stored value, or "" when the key has no row.
    Result<QString> read(const QString& key);
    Status write(const QString& key, const QString& value);
    // Removes the key's row; a key without one is left as it is.
    Status remove(const QString& key);
    // Stores value only when key has none yet (an import keeps the person's current choice):
    // true when it was stored.
    Result<bool> insertIfAbsent(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace tideline
