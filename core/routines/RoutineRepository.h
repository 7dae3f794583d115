#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/routines/Routine.h"

#include <QDate>
#include <QList>
#include <QSet>

namespace tideline {

class Database;

// The healing-routine checklist: the built-ins the first migration seeds and the person's
// own, and which were done on which day (a row in routine_log means done; no row means
// nothing more than that).
class RoutineRepository
{
public:
    explicit RoutineRepository(Database& db) : m_db(db) {}

    Result<QList<Routine>> all();
    Result<QList<Routine>> onToday();
    Result<Routine> byId(qint64 id);

    Result<Routine> add(const QString& label, const Clock& clock);
    Status rename(qint64 id, const QString& label);
    Status setHidden(qint64 id, bool hidden);
    // The person's own only; built-ins are hidden instead.
    Status setArchived(qint64 id, bool archived);
    Status move(qint64 id, int direction);

    // Done or not done on a day (any past day or today).
    Status setDone(qint64 routineId, const QDate& day, bool done, const Clock& clock);
    Result<QSet<qint64>> doneOn(const QDate& day);
    // The days an item was done between from and to (inclusive), oldest first.
    Result<QList<QDate>> history(qint64 routineId, const QDate& from, const QDate& to);

private:
    Result<QList<Routine>> query(const char* sql);
    Status updateFlag(qint64 id, const char* sql, bool value);

    Database& m_db;
};

} // namespace tideline
