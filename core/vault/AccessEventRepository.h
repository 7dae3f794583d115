#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QList>

namespace tideline {

class Database;

// Unlocks and failed tries, kept inside the vault so a person can see whether someone
// tried to get in (DESIGN.md section 4, access_event).
class AccessEventRepository
{
public:
    enum class Outcome { Unlocked, Failed, Recovered };

    struct Event
    {
        QDateTime occurredAt; // UTC
        Outcome outcome;
    };

    explicit AccessEventRepository(Database& db) : m_db(db) {}

    Status record(Outcome outcome, const QDateTime& at);
    // Newest first.
    Result<QList<Event>> recent(int limit);

private:
    Database& m_db;
};

} // namespace tideline
