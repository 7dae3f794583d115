#include "core/routines/RoutineRepository.h"

#include "core/common/Day.h"
#include "core/common/ItemLabel.h"
#include "core/i18n/BuiltinText.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace tideline {

namespace {

#define ROUTINE_COLUMNS "id, key, label, builtin, archived, hidden, sort_order "

Routine readRoutine(const Statement& st)
{
    Routine r;
    r.id = st.columnInt(0);
    r.key = st.columnText(1);
    r.builtin = st.columnInt(3) != 0;
    r.label = r.builtin ? i18n::shownBuiltinText(st.columnText(2)) : st.columnText(2);
    r.archived = st.columnInt(4) != 0;
    r.hidden = st.columnInt(5) != 0;
    r.sortOrder = static_cast<int>(st.columnInt(6));
    return r;
}

Error notFound()
{
    return Error::make(
        ErrorCode::NotFound, QCoreApplication::translate("Routine", "That routine item is no longer there."));
}

} // namespace

Result<QList<Routine>> RoutineRepository::query(const char* sql)
{
    return readRows<Routine>(sql, readRoutine);
}

Result<QList<Routine>> RoutineRepository::all()
{
    return query("SELECT " ROUTINE_COLUMNS "FROM routine ORDER BY sort_order, id");
}

Result<QList<Routine>> RoutineRepository::onToday()
{
    return query("SELECT " ROUTINE_COLUMNS "FROM routine WHERE hidden = 0 AND archived = 0 ORDER BY sort_order, id");
}

Result<Routine> RoutineRepository::byId(qint64 id)
{
    return readRow<Routine>("SELECT " ROUTINE_COLUMNS "FROM routine WHERE id = ?", id, readRoutine, notFound());
}

Result<Routine> RoutineRepository::add(const QString& label, const Clock& clock)
{
    Result<QString> name = cleanItemLabel(label, LabelOf::RoutineItem);
    if (!name) {
        return name.error();
    }
    Result<Statement> st = m_db.prepare("INSERT INTO routine (label, builtin, sort_order, created_at) "
                                        "VALUES (?, 0, (SELECT coalesce(max(sort_order), 0) + 1 FROM routine), ?)");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, name.value()).bind(2, clock.nowUtc().toUTC().toString(Qt::ISODateWithMs));
    if (auto s = st.value().run(); !s) {
        return s.error();
    }
    return byId(m_db.lastInsertRowId());
}

Status RoutineRepository::rename(qint64 id, const QString& label)
{
    Result<QString> name = cleanItemLabel(label, LabelOf::RoutineItem);
    if (!name) {
        return name.error();
    }
    return setText("UPDATE routine SET label = ?1 WHERE id = ?2", id, name.value(), notFound());
}

Status RoutineRepository::setHidden(qint64 id, bool hidden)
{
    return setFlag("UPDATE routine SET hidden = ?1 WHERE id = ?2", id, hidden, notFound());
}

Status RoutineRepository::setArchived(qint64 id, bool archived)
{
    Result<Routine> routine = byId(id);
    if (!routine) {
        return routine.error();
    }
    if (routine.value().builtin && archived) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Routine", "“%1” is built in; hide it to take it off Today.")
                .arg(routine.value().label));
    }
    return setFlag("UPDATE routine SET archived = ?1 WHERE id = ?2", id, archived, notFound());
}

Status RoutineRepository::move(qint64 id, int direction)
{
    return moveRow(id, direction, "SELECT id FROM routine ORDER BY sort_order, id",
        "UPDATE routine SET sort_order = ?1 WHERE id = ?2", notFound());
}

Status RoutineRepository::setDone(qint64 routineId, const QDate& day, bool done, const Clock& clock)
{
    if (Status s = Day::checkRecordable(day, clock); !s) {
        return s;
    }
    Status written;
    if (done) {
        const Result<bool> added
            = insertDoneAsRecorded(routineId, day, clock.nowUtc().toUTC().toString(Qt::ISODateWithMs));
        written = added ? Status{} : Status{added.error()};
    } else {
        Result<Statement> st = m_db.prepare("DELETE FROM routine_log WHERE routine_id = ? AND day = ?");
        if (!st) {
            return st.error();
        }
        st.value().bind(1, routineId).bind(2, Day::toText(day));
        written = st.value().run();
    }
    if (!written) {
        // A routine deleted meanwhile fails the foreign key: say so plainly.
        return byId(routineId).ok() ? written : Status{notFound()};
    }
    return {};
}

Result<std::optional<qint64>> RoutineRepository::findByKeyOrLabel(
    const std::optional<QString>& key, const QString& label)
{
    Result<Statement> st = key ? m_db.prepare("SELECT id FROM routine WHERE key = ?")
                               : m_db.prepare("SELECT id FROM routine WHERE key IS NULL AND label = ? "
                                              "ORDER BY id LIMIT 1");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, key ? *key : label);
    Result<bool> row = st.value().nextRow();
    if (!row) {
        return row.error();
    }
    return row.value() ? std::optional<qint64>(st.value().columnInt(0)) : std::nullopt;
}

Status RoutineRepository::restoreChoices(qint64 id, const Routine& choices)
{
    Result<Statement> st
        = m_db.prepare("UPDATE routine SET label = ?, archived = ?, hidden = ?, sort_order = ? WHERE id = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, choices.label).bind(2, choices.archived ? 1 : 0).bind(3, choices.hidden ? 1 : 0);
    st.value().bind(4, choices.sortOrder).bind(5, id);
    return st.value().run();
}

Result<qint64> RoutineRepository::insertAsRecorded(const Routine& routine, const QString& createdAt)
{
    Result<Statement> st = m_db.prepare("INSERT INTO routine (key, label, builtin, archived, hidden, sort_order, "
                                        "created_at) VALUES (?, ?, 0, ?, ?, ?, ?)");
    if (!st) {
        return st.error();
    }
    if (routine.key.isEmpty()) {
        st.value().bindNull(1);
    } else {
        st.value().bind(1, routine.key);
    }
    st.value().bind(2, routine.label).bind(3, routine.archived ? 1 : 0).bind(4, routine.hidden ? 1 : 0);
    st.value().bind(5, routine.sortOrder).bind(6, createdAt);
    if (auto s = st.value().run(); !s) {
        return s.error();
    }
    return m_db.lastInsertRowId();
}

Result<bool> RoutineRepository::insertDoneAsRecorded(qint64 routineId, const QDate& day, const QString& doneAt)
{
    Result<Statement> st = m_db.prepare("INSERT INTO routine_log (routine_id, day, done_at) VALUES (?, ?, ?) "
                                        "ON CONFLICT (routine_id, day) DO NOTHING");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, routineId).bind(2, Day::toText(day)).bind(3, doneAt);
    if (auto s = st.value().run(); !s) {
        return s.error();
    }
    return m_db.changes() > 0;
}

Result<QSet<qint64>> RoutineRepository::doneOn(const QDate& day)
{
    Result<Statement> st = m_db.prepare("SELECT routine_id FROM routine_log WHERE day = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, Day::toText(day));
    QSet<qint64> done;
    for (;;) {
        auto step = st.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            return done;
        }
        done.insert(st.value().columnInt(0));
    }
}

Result<QList<QDate>> RoutineRepository::history(qint64 routineId, const QDate& from, const QDate& to)
{
    Result<Statement> st
        = m_db.prepare("SELECT day FROM routine_log WHERE routine_id = ? AND day BETWEEN ? AND ? ORDER BY day");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, routineId).bind(2, Day::toText(from)).bind(3, Day::toText(to));
    QList<QDate> days;
    for (;;) {
        auto step = st.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            return days;
        }
        days.append(QDate::fromString(st.value().columnText(0), Qt::ISODate));
    }
}

} // namespace tideline
