#include "RoutinesCommand.h"

#include "CommandWords.h"
#include "Console.h"
#include "JournalOptions.h"
#include "OpenVault.h"
#include "core/i18n/BuiltinText.h"
#include "core/routines/RoutineRepository.h"

#include <QCoreApplication>

namespace tideline::cli {

namespace {

QString standing(const Routine& routine)
{
    if (routine.archived) {
        return QStringLiteral("put-away");
    }
    return routine.hidden ? QStringLiteral("hidden") : QStringLiteral("on-today");
}

int list(RoutineRepository& routines)
{
    const Result<QList<Routine>> all = routines.all();
    if (!all) {
        return Console::fail(all.error());
    }
    Console::data(QStringLiteral("id\tstanding\torigin\tlabel"));
    for (const Routine& r : all.value()) {
        const QString label = r.builtin ? i18n::shownBuiltinText(r.label) : r.label;
        Console::data(QStringLiteral("%1\t%2\t%3\t%4")
                          .arg(QString::number(r.id), standing(r),
                              r.builtin ? QStringLiteral("built-in") : QStringLiteral("own"), tsvField(label)));
    }
    return toInt(ExitCode::Done);
}

int add(RoutineRepository& routines, const CommandWords& words)
{
    if (words.positional.isEmpty()) {
        return Console::usageError(QCoreApplication::translate("Cli",
            "routines add needs the item's words, such as: routines add "
            "\"Stretch for five minutes\"."));
    }
    const Result<Routine> added = routines.add(words.positional.join(u' '), SystemClock::instance());
    if (!added) {
        return Console::fail(added.error());
    }
    Console::data(QString::number(added.value().id));
    return toInt(ExitCode::Done);
}

int edit(RoutineRepository& routines, const CommandWords& words, qint64 id)
{
    if (const auto label = words.value(QStringLiteral("--label"))) {
        if (const Status renamed = routines.rename(id, *label); !renamed) {
            return Console::fail(renamed.error());
        }
    }
    if (words.has(QStringLiteral("--show")) || words.has(QStringLiteral("--hide"))) {
        if (const Status shown = routines.setHidden(id, words.has(QStringLiteral("--hide"))); !shown) {
            return Console::fail(shown.error());
        }
    }
    Console::message(QCoreApplication::translate("Cli", "Routine %1 is saved.").arg(id));
    return toInt(ExitCode::Done);
}

int remove(RoutineRepository& routines, qint64 id)
{
    const Result<Routine> routine = routines.byId(id);
    if (!routine) {
        return Console::fail(routine.error());
    }
    const Status removed = routine.value().builtin ? routines.setHidden(id, true) : routines.setArchived(id, true);
    if (!removed) {
        return Console::fail(removed.error());
    }
    Console::message(routine.value().builtin
            ? QCoreApplication::translate("Cli",
                "Routine %1 is built in, so it is hidden from Today instead; routines edit %1 --show "
                "brings it back.")
                  .arg(id)
            : QCoreApplication::translate("Cli", "Routine %1 is put away; the days it was done are kept.").arg(id));
    return toInt(ExitCode::Done);
}

} // namespace

int runRoutines(CommandContext& context)
{
    const QString sub = context.args.value(0);
    const QStringList subs{
        QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("remove")};
    if (!subs.contains(sub)) {
        return Console::usageError(sub.isEmpty()
                ? QCoreApplication::translate("Cli", "routines needs one of: list, add, edit, remove.")
                : QCoreApplication::translate("Cli", "routines does not know “%1”; use list, add, edit or remove.")
                      .arg(sub));
    }
    const bool editing = sub == QStringLiteral("edit");
    const auto words
        = CommandWords::parse(context.args.mid(1), editing ? QStringList{QStringLiteral("--label")} : QStringList{},
            editing ? QStringList{QStringLiteral("--show"), QStringLiteral("--hide")} : QStringList{},
            QStringLiteral("routines %1").arg(sub));
    if (!words) {
        return Console::usageError(words.error().message);
    }
    if (sub == QStringLiteral("list") && !words.value().positional.isEmpty()) {
        return Console::usageError(QCoreApplication::translate("Cli", "routines list takes no other words."));
    }
    qint64 id = 0;
    if (editing || sub == QStringLiteral("remove")) {
        const auto named = idFrom(words.value(), QStringLiteral("routines %1").arg(sub));
        if (!named) {
            return Console::usageError(named.error().message);
        }
        id = named.value();
    }
    if (editing) {
        if (words.value().has(QStringLiteral("--show")) && words.value().has(QStringLiteral("--hide"))) {
            return Console::usageError(QCoreApplication::translate("Cli", "Choose either --show or --hide."));
        }
        if (words.value().values.isEmpty() && words.value().flags.isEmpty()) {
            return Console::usageError(QCoreApplication::translate(
                "Cli", "routines edit needs something to change: --label, --show or --hide."));
        }
    }
    auto opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    RoutineRepository routines(vault.database());
    int code = 0;
    if (sub == QStringLiteral("list")) {
        code = list(routines);
    } else if (sub == QStringLiteral("add")) {
        code = add(routines, words.value());
    } else if (editing) {
        code = edit(routines, words.value(), id);
    } else {
        code = remove(routines, id);
    }
    vault.lock();
    return code;
}

} // namespace tideline::cli
