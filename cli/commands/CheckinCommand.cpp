#include "CheckinCommand.h"

#include "Console.h"
#include "OpenVault.h"
#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"
#include "core/common/Day.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>

namespace tideline::cli {

namespace {

int invalid(const QString& text)
{
    return Console::fail(Error::make(ErrorCode::InvalidInput, text));
}

// The metric a script names, refusing one that was put away (its history stays readable).
Result<Metric> findMetric(MetricRepository& metrics, const QString& key)
{
    Result<Metric> metric = metrics.byKey(key);
    if (metric && metric.value().archived) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Cli", "%1 was put away. Bring it back under Settings → Today to record it again.")
                .arg(metric.value().key));
    }
    return metric;
}

int runSet(Vault& vault, const QDate& day, const QStringList& pairs)
{
    Database& db = vault.database();
    MetricRepository metrics(db);
    QList<std::pair<Metric, double>> values;
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            return invalid(
                QCoreApplication::translate("Cli", "“%1” is not METRIC=VALUE, for example mood=6. Nothing was saved.")
                    .arg(pair.left(60)));
        }
        Result<Metric> metric = findMetric(metrics, pair.left(equals));
        if (!metric) {
            return Console::fail(metric.error());
        }
        Result<double> value = parseMetricValue(metric.value(), pair.mid(equals + 1));
        if (!value) {
            return Console::fail(value.error());
        }
        values.append({metric.value(), value.value()});
    }
    if (Status saved = CheckinRepository(db).setValues(day, values, SystemClock::instance()); !saved) {
        return Console::fail(saved.error());
    }
    Console::message(values.size() == 1
            ? QCoreApplication::translate("Cli", "Saved 1 value for %1.").arg(Day::toText(day))
            : QCoreApplication::translate("Cli", "Saved %1 values for %2.").arg(values.size()).arg(Day::toText(day)));
    return toInt(ExitCode::Done);
}

int runShow(Vault& vault, const QDate& day)
{
    Database& db = vault.database();
    Result<QList<Metric>> all = MetricRepository(db).all();
    Result<CheckinRepository::Values> values = CheckinRepository(db).values(day);
    if (!all || !values) {
        return Console::fail(all ? values.error() : all.error());
    }
    // METRIC=VALUE lines, the shape `checkin set` takes, so a day can be copied to another.
    QStringList notRecorded;
    for (const Metric& metric : all.value()) {
        if (values.value().contains(metric.id)) {
            const double value = values.value().value(metric.id);
            const QString text = metric.kind == MetricKind::Boolean
                ? (value != 0 ? QStringLiteral("yes") : QStringLiteral("no"))
                : QString::number(value, 'g', 10);
            Console::data(QStringLiteral("%1=%2").arg(metric.key, text));
        } else if (metric.onToday()) {
            notRecorded.append(metric.key);
        }
    }
    if (values.value().isEmpty()) {
        Console::message(QCoreApplication::translate("Cli", "Nothing recorded for %1.").arg(Day::toText(day)));
    } else if (!notRecorded.isEmpty()) {
        Console::message(
            QCoreApplication::translate("Cli", "Not recorded: %1.").arg(notRecorded.join(QStringLiteral(", "))));
    }
    return toInt(ExitCode::Done);
}

int runClear(Vault& vault, const QDate& day, const QString& key)
{
    Database& db = vault.database();
    CheckinRepository checkins(db);
    if (key.isEmpty()) {
        if (Status cleared = checkins.clearDay(day, SystemClock::instance()); !cleared) {
            return Console::fail(cleared.error());
        }
        Console::message(QCoreApplication::translate("Cli",
            "Cleared %1; its values are back to not recorded (counts of moments "
            "logged that day stay).")
                             .arg(Day::toText(day)));
        return toInt(ExitCode::Done);
    }
    MetricRepository metrics(db);
    Result<Metric> metric = metrics.byKey(key);
    if (!metric) {
        return Console::fail(metric.error());
    }
    Result<std::optional<double>> remaining = checkins.clearValue(day, metric.value(), SystemClock::instance());
    if (!remaining) {
        return Console::fail(remaining.error());
    }
    if (remaining.value()) {
        Console::message(QCoreApplication::translate("Cli", "%1 on %2 is back to %3, the moments logged that day.")
                             .arg(metric.value().key, Day::toText(day))
                             .arg(*remaining.value()));
    } else {
        Console::message(QCoreApplication::translate("Cli", "%1 on %2 is back to not recorded.")
                             .arg(metric.value().key, Day::toText(day)));
    }
    return toInt(ExitCode::Done);
}

} // namespace

int runCheckin(CommandContext& context)
{
    const QStringList& args = context.args;
    const QString action = args.value(0);
    if (action != QLatin1String("set") && action != QLatin1String("show") && action != QLatin1String("clear")) {
        return Console::usageError(QCoreApplication::translate("Cli",
            "checkin needs set, show or clear, for example: "
            "checkin set 2026-03-14 mood=6 sleep_hours=7.5"));
    }
    if (args.size() < 2) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "checkin %1 needs a day (YYYY-MM-DD).").arg(action));
    }
    if (action == QLatin1String("set") && args.size() < 3) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "checkin set needs at least one METRIC=VALUE after the day."));
    }
    if (action == QLatin1String("show") && args.size() > 2) {
        return Console::usageError(QCoreApplication::translate("Cli", "checkin show takes only a day."));
    }
    if (action == QLatin1String("clear") && args.size() > 3) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "checkin clear takes a day and at most one metric."));
    }
    // The day is checked before the secret is read: a typo costs no unlock.
    Result<QDate> day = Day::parse(args.at(1));
    if (!day) {
        return Console::fail(day.error());
    }
    if (action != QLatin1String("show")) {
        if (Status recordable = Day::checkRecordable(day.value(), SystemClock::instance()); !recordable) {
            return Console::fail(recordable.error());
        }
    }

    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened.ok()) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    int code = toInt(ExitCode::Done);
    if (action == QLatin1String("set")) {
        code = runSet(vault, day.value(), args.mid(2));
    } else if (action == QLatin1String("show")) {
        code = runShow(vault, day.value());
    } else {
        code = runClear(vault, day.value(), args.value(2));
    }
    vault.lock();
    return code;
}

} // namespace tideline::cli
