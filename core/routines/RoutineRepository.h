#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/routines/Routine.h"
#include "core/storage/OrderedRepository.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <optional>

namespace tideline {

class Database;

// The healing-routine checklist: the built-ins the first migration seeds and the person's
// own, and which were done on which day (a row in routine_log means done; no row means
// nothing more than that).
class RoutineRepository : private OrderedRepository
{
public:
    explicit RoutineRepository(Database& db) : OrderedRepository(db) {}

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

    // For imports and the demo, inside their transaction:
    // the routine with this key, or without a key, the first of the person's own with this label.
    Result<std::optional<qint64>> findByKeyOrLabel(const std::optional<QString>& key, const QString& label);
    // A built-in's choices as another vault kept them: label, order, archived, hidden.
    Status restoreChoices(qint64 id, const Routine& choices);
    // An item of the person's own as another vault kept it (its key may be empty), created at
    // createdAt. Returns the new id.
    Result<qint64> insertAsRecorded(const Routine& routine, const QString& createdAt);
    // Done on day at doneAt; a day already marked stays as it is: false then.
    Result<bool> insertDoneAsRecorded(qint64 routineId, const QDate& day, const QString& doneAt);

private:
    Result<QList<Routine>> query(const char* sql);
};

} // namespace tideline
