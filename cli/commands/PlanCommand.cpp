#include "PlanCommand.h"

#include "CommandWords.h"
#include "Console.h"
#include "JournalOptions.h"
#include "OpenVault.h"
#include "core/safety/SafetyPlanRepository.h"

#include <QCoreApplication>

namespace tideline::cli {

namespace {

using Section = SafetyPlanRepository::Section;

QString sectionNames()
{
    QStringList names;
    for (Section section : SafetyPlanRepository::allSections()) {
        names.append(SafetyPlanRepository::sectionKey(section));
    }
    return names.join(QStringLiteral(", "));
}

Result<Section> sectionNamed(const QString& name)
{
    if (const auto section = SafetyPlanRepository::sectionFromKey(name)) {
        return *section;
    }
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Cli", "“%1” is not a part of the safety plan; use one of: %2.")
            .arg(name, sectionNames()));
}

int list(SafetyPlanRepository& plan, const QList<Section>& sections)
{
    constexpr int kPage = 200;
    for (Section section : sections) {
        for (int offset = 0;; offset += kPage) {
            const auto items = plan.items(section, kPage, offset);
            if (!items) {
                return Console::fail(items.error());
            }
            for (const auto& item : items.value()) {
                const QString tick = !SafetyPlanRepository::hasTicks(section) ? QStringLiteral("-")
                    : item.checked                                            ? QStringLiteral("[x]")
                                                                              : QStringLiteral("[ ]");
                Console::data(QStringLiteral("%1\t%2\t%3\t%4")
                                  .arg(QString::number(item.id), SafetyPlanRepository::sectionKey(section), tick,
                                      tsvField(item.text)));
            }
            if (items.value().size() < kPage) {
                break;
            }
        }
    }
    return toInt(ExitCode::Done);
}

int edit(SafetyPlanRepository& plan, const CommandWords& words, qint64 id)
{
    if (const auto text = words.value(QStringLiteral("--text"))) {
        if (const Status saved = plan.updateText(id, *text); !saved) {
            return Console::fail(saved.error());
        }
    }
    if (words.has(QStringLiteral("--tick")) || words.has(QStringLiteral("--untick"))) {
        if (const Status ticked = plan.setChecked(id, words.has(QStringLiteral("--tick"))); !ticked) {
            return Console::fail(ticked.error());
        }
    }
    Console::message(QCoreApplication::translate("Cli", "Line %1 of your plan is saved.").arg(id));
    return toInt(ExitCode::Done);
}

// The checks that need no vault, so a mistake is reported before the secret is asked for.
int checkWords(const QString& sub, const CommandWords& words)
{
    if (sub == QStringLiteral("list") && words.positional.size() > 1) {
        return Console::usageError(QCoreApplication::translate("Cli", "plan list takes at most one section."));
    }
    if (sub == QStringLiteral("add") && words.positional.size() < 2) {
        return Console::usageError(QCoreApplication::translate("Cli",
            "plan add needs a section and the words, such as: plan add "
            "warning_sign \"I stop sleeping\"."));
    }
    if (sub == QStringLiteral("edit")) {
        if (words.has(QStringLiteral("--tick")) && words.has(QStringLiteral("--untick"))) {
            return Console::usageError(QCoreApplication::translate("Cli", "Choose either --tick or --untick."));
        }
        if (words.values.isEmpty() && words.flags.isEmpty()) {
            return Console::usageError(
                QCoreApplication::translate("Cli", "plan edit needs something to change: --text, --tick or --untick."));
        }
    }
    return 0;
}

} // namespace

int runPlan(CommandContext& context)
{
    const QString sub = context.args.value(0);
    const QStringList subs{
        QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("remove")};
    if (!subs.contains(sub)) {
        return Console::usageError(sub.isEmpty()
                ? QCoreApplication::translate("Cli", "plan needs one of: list, add, edit, remove.")
                : QCoreApplication::translate("Cli", "plan does not know “%1”; use list, add, edit or remove.")
                      .arg(sub));
    }
    const bool editing = sub == QStringLiteral("edit");
    const auto words
        = CommandWords::parse(context.args.mid(1), editing ? QStringList{QStringLiteral("--text")} : QStringList{},
            editing ? QStringList{QStringLiteral("--tick"), QStringLiteral("--untick")} : QStringList{},
            QStringLiteral("plan %1").arg(sub));
    if (!words) {
        return Console::usageError(words.error().message);
    }
    if (const int mistake = checkWords(sub, words.value()); mistake != 0) {
        return mistake;
    }
    QList<Section> sections = SafetyPlanRepository::allSections();
    if ((sub == QStringLiteral("list") && !words.value().positional.isEmpty()) || sub == QStringLiteral("add")) {
        const auto named = sectionNamed(words.value().positional.first());
        if (!named) {
            return Console::usageError(named.error().message);
        }
        sections = {named.value()};
    }
    qint64 id = 0;
    if (editing || sub == QStringLiteral("remove")) {
        const auto named = idFrom(words.value(), QStringLiteral("plan %1").arg(sub));
        if (!named) {
            return Console::usageError(named.error().message);
        }
        id = named.value();
    }
    auto opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    SafetyPlanRepository plan(vault.database(), SystemClock::instance());
    int code = toInt(ExitCode::Done);
    if (sub == QStringLiteral("list")) {
        code = list(plan, sections);
    } else if (sub == QStringLiteral("add")) {
        const auto added = plan.add(sections.first(), words.value().positional.mid(1).join(u' '));
        if (added) {
            Console::data(QString::number(added.value()));
        } else {
            code = Console::fail(added.error());
        }
    } else if (editing) {
        code = edit(plan, words.value(), id);
    } else if (const auto removed = plan.remove(id); !removed) {
        code = Console::fail(removed.error());
    } else {
        Console::message(QCoreApplication::translate("Cli", "Line %1 is removed from your plan.").arg(id));
    }
    vault.lock();
    return code;
}

} // namespace tideline::cli
