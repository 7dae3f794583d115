#include "core/storage/SettingTable.h"

#include "core/storage/Database.h"

namespace tideline {

Result<QString> SettingTable::read(const QString& key)
{
    auto stmt = m_db.prepare("SELECT value FROM setting WHERE key = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, key);
    auto step = stmt.value().step();
    if (!step) {
        return step.error();
    }
    return step.value() == Statement::Step::Row ? stmt.value().columnText(0) : QString();
}

Status SettingTable::write(const QString& key, const QString& value)
{
    auto stmt = m_db.prepare("INSERT INTO setting (key, value) VALUES (?1, ?2) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, key).bind(2, value);
    return stmt.value().run();
}

Status SettingTable::remove(const QString& key)
{
    auto stmt = m_db.prepare("DELETE FROM setting WHERE key = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, key);
    return stmt.value().run();
}

Result<bool> SettingTable::insertIfAbsent(const QString& key, const QString& value)
{
    auto stmt = m_db.prepare("INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, key).bind(2, value);
    if (Status s = stmt.value().run(); !s) {
        return s.error();
    }
    return m_db.changes() > 0;
}

} // namespace tideline
