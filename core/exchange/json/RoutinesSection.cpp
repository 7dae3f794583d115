// The "routines" list: the built-ins' choices and the person's own items, each with the days it
// was done.
#include "core/common/AppName.h"
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"

#include "core/common/AppName.h"
#include "core/routines/RoutineRepository.h"
#include "core/safety/PlanText.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tideline::exchange {

namespace {

Status write(Database& db, JsonSectionWriter& out)
{
    Status inner;
    Status outer = db.forEachRow(
        "SELECT id, key, label, builtin, archived, hidden, sort_order, created_at FROM routine ORDER BY sort_order, id",
        [&](const Statement& st) {
            if (!inner) {
                return;
            }
            QJsonArray done;
            Result<Statement> log
                = db.prepare("SELECT day, done_at FROM routine_log WHERE routine_id = ? ORDER BY day");
            if (!log) {
                inner = log.error();
                return;
            }
            log.value().bind(1, st.columnInt(0));
            inner = log.value().forEachRow([&](const Statement& row) {
                done.append(QJsonObject{
                    {QStringLiteral("day"), row.columnText(0)}, {QStringLiteral("done_at"), row.columnText(1)}});
            });
            if (!inner) {
                return;
            }
            QJsonObject r{{QStringLiteral("key"), textOrNull(st, 1)}, {QStringLiteral("label"), st.columnText(2)},
                {QStringLiteral("builtin"), st.columnInt(3) != 0}, {QStringLiteral("archived"), st.columnInt(4) != 0},
                {QStringLiteral("hidden"), st.columnInt(5) != 0}, {QStringLiteral("sort_order"), st.columnInt(6)},
                {QStringLiteral("done"), done}};
            if (st.columnInt(3) == 0) {
                r.insert(QStringLiteral("created_at"), st.columnText(7));
            }
            out.add(r);
        });
    return outer ? inner : outer;
}

// The routine the record names, found or added; its id.
Result<qint64> findOrAdd(
    RoutineRepository& routines, JsonFields& f, const std::optional<QString>& key, const Routine& choices, bool builtin)
{
    if (builtin && !key) {
        return invalidInput(
            QCoreApplication::translate("Exchange", "%1: a built-in routine needs its key. Nothing was imported.")
                .arg(f.where("key")));
    }
    // A routine is its key, or for one's own routines without a key, its label.
    Result<std::optional<qint64>> found = routines.findByKeyOrLabel(key, choices.label);
    if (!found) {
        return failedAt(f.path(), found.error());
    }
    if (found.value()) {
        if (builtin) {
            if (Status s = routines.restoreChoices(*found.value(), choices); !s) {
                return failedAt(f.path(), s.error());
            }
        }
        return *found.value();
    }
    if (builtin) {
        return invalidInput(QCoreApplication::translate(
            "Exchange", "%1: “%2” is not one of this %3's built-in routines. Nothing was imported.")
                                .arg(f.where("key"), *key, appName()));
    }
    const QString createdAt = f.time("created_at");
    if (!f.ok()) {
        return f.error();
    }
    Routine own = choices;
    own.key = key.value_or(QString());
    Result<qint64> added = routines.insertAsRecorded(own, createdAt);
    if (!added) {
        return failedAt(f.path(), added.error());
    }
    return added.value();
}

// The days the routine was done; a day already marked stays as it is.
Status readDone(
    RoutineRepository& routines, JsonFields& f, JsonImportContext& context, qint64 routineId, const QJsonArray& done)
{
    for (qsizetype d = 0; d < done.size(); ++d) {
        JsonFields log(done[d], QStringLiteral("%1[%2]").arg(f.where("done")).arg(d));
        const QDate day = QDate::fromString(log.day("day"), Qt::ISODate);
        const QString doneAt = log.time("done_at");
        if (!log.ok()) {
            return log.error();
        }
        Result<bool> added = routines.insertDoneAsRecorded(routineId, day, doneAt);
        if (!added) {
            return failedAt(log.path(), added.error());
        }
        context.summary.routineDays += added.value() ? 1 : 0;
    }
    return {};
}

Status read(JsonImportContext& context, JsonRecords& records)
{
    RoutineRepository routines(context.db);
    while (const auto record = context.next(records)) {
        const qsizetype i = record->index;
        JsonFields f(record->value, recordPath("routines", i));
        const std::optional<QString> key = f.optionalText("key", 64);
        if (key && !isKey(*key)) {
            f.fail(QCoreApplication::translate(
                "Exchange", "%1: a routine key is 1 to 64 of a-z, 0-9 and _. Nothing was imported.")
                       .arg(f.where("key")));
        }
        Routine choices;
        choices.label = f.text("label", kPlanTextMaxLength);
        const bool builtin = f.flag("builtin");
        choices.archived = f.flag("archived");
        choices.hidden = f.flag("hidden");
        choices.sortOrder = static_cast<int>(f.integer("sort_order", 0));
        const QJsonArray done = f.array("done");
        if (!f.ok()) {
            return f.error();
        }
        Result<qint64> routineId = findOrAdd(routines, f, key, choices, builtin);
        if (!routineId) {
            return routineId.error();
        }
        if (Status s = readDone(routines, f, context, routineId.value(), done); !s) {
            return s;
        }
    }
    return {};
}

} // namespace

const JsonSection kRoutinesSection{"routines", write, read};

} // namespace tideline::exchange
