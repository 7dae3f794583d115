#pragma once

#include "core/common/Result.h"

#include <QDate>

namespace tideline {

class Database;

namespace journal {

// Whether the journal shows "on this day" (entries from the same date in earlier years). Old
// words can hurt to meet by surprise, so it is the person's choice: on until they turn it off,
// and it can be set aside for one day from the card itself. Kept in the vault's setting table.
class OnThisDaySetting
{
public:
    explicit OnThisDaySetting(Database& db) : m_db(db) {}

    // On unless the person turned it off.
    Result<bool> isOn();
    Status setOn(bool on);
    // "Not today": hidden for the rest of that day only.
    Result<bool> isSetAside(const QDate& day);
    Status setAside(const QDate& day);
    // On, and not set aside for that day: whether the card may show at all.
    Result<bool> showsOn(const QDate& day);

private:
    Database& m_db;
};

} // namespace journal
} // namespace tideline
