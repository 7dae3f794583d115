#include "core/storage/SettingRepository.h"

#include "core/storage/Database.h"

namespace tideline {

Result<QString> SettingRepository::value(const QString& key)
{
    Result<Statement> st = m_db.prepare("SELECT value FROM setting WHERE key = ?1;");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, key);
    Result<bool> row = st.value().nextRow();
    if (!row) {
        return row.error();
    }
    return row.value() ? st.value().columnText(0) : QString();
}

Status SettingRepository::set(const QString& key, const QString& value)
{
    Result<Statement> st = m_db.prepare("INSERT INTO setting (key, value) VALUES (?1, ?2) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value;");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, key).bind(2, value);
    return st.value().run();
}

Result<bool> SettingRepository::insertIfAbsent(const QString& key, const QString& value)
{
    Result<Statement> st
        = m_db.prepare("INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING;");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, key).bind(2, value);
    if (Status s = st.value().run(); !s) {
        return s.error();
    }
    return m_db.changes() > 0;
}

} // namespace tideline
