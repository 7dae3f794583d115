#include "MomentsCommand.h"

#include "CommandWords.h"
#include "Console.h"
#include "JournalOptions.h"
#include "OpenVault.h"
#include "core/common/Day.h"
#include "core/moments/MomentRepository.h"

#include <QCoreApplication>

namespace tideline::cli {

namespace {

const QStringList kNoteOptions{
    QStringLiteral("--trigger"), QStringLiteral("--place"), QStringLiteral("--body"), QStringLiteral("--helped")};

QString* noteField(Moment& moment, const QString& option)
{
    if (option == QStringLiteral("--trigger")) {
        return &moment.trigger;
    }
    if (option == QStringLiteral("--place")) {
        return &moment.place;
    }
    return option == QStringLiteral("--body") ? &moment.bodySensations : &moment.whatHelped;
}

Error invalid(const QString& text)
{
    return Error::make(ErrorCode::InvalidInput, text);
}

Result<QDate> dayOption(const CommandWords& words, const QString& option)
{
    const auto value = words.value(option);
    if (!value) {
        return QDate();
    }
    const QDate day = QDate::fromString(*value, Qt::ISODate);
    if (!day.isValid() || value->size() != 10) {
        return invalid(
            QCoreApplication::translate("Cli", "%1 needs a day written as YYYY-MM-DD, such as 2026-03-14 (got “%2”).")
                .arg(option, *value));
    }
    return day;
}

// The intensity and notes named on the command line, onto moment. "none" clears the intensity.
Status applyDetails(const CommandWords& words, Moment& moment)
{
    if (const auto intensity = words.value(QStringLiteral("--intensity"))) {
        bool ok = false;
        const int value = intensity->toInt(&ok);
        if (*intensity == QStringLiteral("none")) {
            moment.intensity.reset();
        } else if (!ok || value < 0 || value > 10) {
            return invalid(
                QCoreApplication::translate("Cli", "--intensity needs a whole number from 0 to 10, or none (got “%1”).")
                    .arg(*intensity));
        } else {
            moment.intensity = value;
        }
    }
    for (const QString& option : kNoteOptions) {
        if (const auto text = words.value(option)) {
            *noteField(moment, option) = *text;
        }
    }
    return {};
}

int list(MomentRepository& moments, const QDate& from, const QDate& to)
{
    Console::data(QStringLiteral("id\ttime\tkind\tintensity\ttrigger\tplace\tbody\thelped"));
    for (QDate day = to; day >= from; day = day.addDays(-1)) { // newest first, as Today shows them
        const auto dayMoments = moments.forDay(day);
        if (!dayMoments) {
            return Console::fail(dayMoments.error());
        }
        for (const Moment& m : dayMoments.value()) {
            Console::data(
                QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
                    .arg(QString::number(m.id), m.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        momentKindKey(m.kind), m.intensity ? QString::number(*m.intensity) : QString(),
                        tsvField(m.trigger), tsvField(m.place), tsvField(m.bodySensations), tsvField(m.whatHelped)));
        }
    }
    return toInt(ExitCode::Done);
}

int add(MomentRepository& moments, const CommandWords& words)
{
    Moment moment;
    const auto kind = momentKindFromKey(words.positional.first());
    if (!kind) {
        return Console::usageError(QCoreApplication::translate("Cli",
            "“%1” is not a kind of moment; use flashback, nightmare, panic, "
            "trigger or other.")
                                       .arg(words.positional.first()));
    }
    moment.kind = kind.value();
    moment.occurredAt = SystemClock::instance().nowUtc();
    if (const auto at = words.value(QStringLiteral("--at"))) {
        const QDateTime local = QDateTime::fromString(*at, QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!local.isValid()) {
            return Console::fail(invalid(QCoreApplication::translate(
                "Cli", "--at needs a local time written as \"YYYY-MM-DD HH:MM\" (got “%1”).")
                                             .arg(*at)));
        }
        moment.occurredAt = local.toUTC();
    }
    if (const Status details = applyDetails(words, moment); !details) {
        return Console::fail(details.error());
    }
    const auto added = moments.add(moment, SystemClock::instance());
    if (!added) {
        return Console::fail(added.error());
    }
    Console::data(QString::number(added.value()));
    return toInt(ExitCode::Done);
}

int edit(MomentRepository& moments, const CommandWords& words, qint64 id)
{
    auto moment = moments.byId(id);
    if (!moment) {
        return Console::fail(moment.error());
    }
    if (const Status details = applyDetails(words, moment.value()); !details) {
        return Console::fail(details.error());
    }
    if (const Status saved = moments.updateDetails(moment.value()); !saved) {
        return Console::fail(saved.error());
    }
    Console::message(QCoreApplication::translate("Cli", "Moment %1 is saved.").arg(id));
    return toInt(ExitCode::Done);
}

QStringList valuedOptions(const QString& sub)
{
    if (sub == QStringLiteral("list")) {
        return {QStringLiteral("--day"), QStringLiteral("--from"), QStringLiteral("--to")};
    }
    QStringList options = kNoteOptions;
    options.append(QStringLiteral("--intensity"));
    if (sub == QStringLiteral("add")) {
        options.append(QStringLiteral("--at"));
    }
    return sub == QStringLiteral("remove") ? QStringList{} : options;
}

} // namespace

int runMoments(CommandContext& context)
{
    const QString sub = context.args.value(0);
    const QStringList subs{
        QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("remove")};
    if (!subs.contains(sub)) {
        return Console::usageError(sub.isEmpty()
                ? QCoreApplication::translate("Cli", "moments needs one of: list, add, edit, remove.")
                : QCoreApplication::translate("Cli", "moments does not know “%1”; use list, add, edit or remove.")
                      .arg(sub));
    }
    const auto words
        = CommandWords::parse(context.args.mid(1), valuedOptions(sub), {}, QStringLiteral("moments %1").arg(sub));
    if (!words) {
        return Console::usageError(words.error().message);
    }
    QDate from;
    QDate to;
    if (sub == QStringLiteral("list")) {
        const auto day = dayOption(words.value(), QStringLiteral("--day"));
        const auto first = dayOption(words.value(), QStringLiteral("--from"));
        const auto last = dayOption(words.value(), QStringLiteral("--to"));
        for (const auto* read : {&day, &first, &last}) {
            if (!*read) {
                return Console::fail(read->error());
            }
        }
        if (!words.value().positional.isEmpty()) {
            return Console::usageError(
                QCoreApplication::translate("Cli", "moments list takes only --day, --from and --to."));
        }
        const QDate today = Day::today(SystemClock::instance());
        from = day.value().isValid() ? day.value() : first.value().isValid() ? first.value() : today;
        to = day.value().isValid() ? day.value() : last.value().isValid() ? last.value() : today;
        if (from > to || from.daysTo(to) > 3660) {
            return Console::fail(invalid(
                QCoreApplication::translate("Cli", "--from should come before --to, at most ten years apart.")));
        }
    } else if (sub == QStringLiteral("add") && words.value().positional.size() != 1) {
        return Console::usageError(QCoreApplication::translate(
            "Cli", "moments add needs one kind: flashback, nightmare, panic, trigger or other."));
    }
    qint64 id = 0;
    if (sub == QStringLiteral("edit") || sub == QStringLiteral("remove")) {
        const auto named = idFrom(words.value(), QStringLiteral("moments %1").arg(sub));
        if (!named) {
            return Console::usageError(named.error().message);
        }
        id = named.value();
        if (sub == QStringLiteral("edit") && words.value().values.isEmpty()) {
            return Console::usageError(QStringLiteral(
                "moments edit needs something to change: --intensity, --trigger, --place, --body or --helped."));
        }
    }
    auto opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    MomentRepository moments(vault.database());
    int code = toInt(ExitCode::Done);
    if (sub == QStringLiteral("list")) {
        code = list(moments, from, to);
    } else if (sub == QStringLiteral("add")) {
        code = add(moments, words.value());
    } else if (sub == QStringLiteral("edit")) {
        code = edit(moments, words.value(), id);
    } else if (const Status removed = moments.remove(id); !removed) {
        code = Console::fail(removed.error());
    } else {
        Console::message(QCoreApplication::translate("Cli", "Moment %1 is removed.").arg(id));
    }
    vault.lock();
    return code;
}

} // namespace tideline::cli
