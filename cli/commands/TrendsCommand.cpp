#include "TrendsCommand.h"

#include "Console.h"
#include "OpenVault.h"
#include "core/common/Day.h"
#include "core/insights/SeriesRepository.h"
#include "core/insights/Trend.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <cmath>

namespace tideline::cli {

namespace {

using namespace insights;

struct TrendsOptions
{
    QString metric;
    QDate from;
    QDate to;
    Bucket bucket = Bucket::Day;
};

QString number(double value)
{
    return QString::number(std::round(value * 1000.0) / 1000.0, 'g', 12);
}

QString cell(const std::optional<double>& value)
{
    return value ? number(*value) : QString();
}

Result<TrendsOptions> parseOptions(const QStringList& args)
{
    TrendsOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        const bool takesValue
            = arg == QStringLiteral("--from") || arg == QStringLiteral("--to") || arg == QStringLiteral("--bucket");
        if (takesValue && i + 1 >= args.size()) {
            return Error::make(
                ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "%1 needs a value.").arg(arg));
        }
        if (arg == QStringLiteral("--from") || arg == QStringLiteral("--to")) {
            Result<QDate> day = Day::parse(args[++i]);
            if (!day) {
                return day.error();
            }
            (arg == QStringLiteral("--from") ? options.from : options.to) = day.value();
        } else if (arg == QStringLiteral("--bucket")) {
            const QString bucket = args[++i];
            if (bucket == QStringLiteral("day")) {
                options.bucket = Bucket::Day;
            } else if (bucket == QStringLiteral("week")) {
                options.bucket = Bucket::Week;
            } else if (bucket == QStringLiteral("month")) {
                options.bucket = Bucket::Month;
            } else {
                return Error::make(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cli", "--bucket is day, week or month (got “%1”).")
                        .arg(bucket.left(40)));
            }
        } else if (arg.startsWith(QStringLiteral("--")) || !options.metric.isEmpty()) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Cli", "trends does not know “%1”.").arg(arg.left(40)));
        } else {
            options.metric = arg;
        }
    }
    if (options.metric.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli",
                "Name a metric, for example: trends mood --from 2026-01-01 --to 2026-03-31. "
                "`tideline-cli metrics` lists them."));
    }
    return options;
}

// Defaults: up to today, the 30 days before --to.
DayRange rangeFor(const TrendsOptions& options)
{
    const QDate to = options.to.isValid() ? options.to : Day::today(SystemClock::instance());
    const QDate from = options.from.isValid() ? options.from : to.addDays(-29);
    return DayRange{from, to};
}

} // namespace

int runTrends(CommandContext& context)
{
    const Result<TrendsOptions> parsed = parseOptions(context.args);
    if (!parsed) {
        return Console::usageError(parsed.error().message);
    }
    const TrendsOptions& options = parsed.value();
    const DayRange range = rangeFor(options);
    if (!range.isValid()) {
        return Console::fail(Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli", "--from (%1) comes after --to (%2).")
                .arg(Day::toText(range.from), Day::toText(range.to))));
    }
    if (range.days() > 366 * 50) {
        return Console::fail(Error::make(
            ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "Choose a range of at most 50 years.")));
    }

    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    SeriesRepository series(vault.database());
    Result<QList<Metric>> shown = series.trendMetrics();
    if (!shown) {
        vault.lock();
        return Console::fail(shown.error());
    }
    std::optional<Metric> metric;
    for (const Metric& m : shown.value()) {
        if (m.key == options.metric) {
            metric = m;
        }
    }
    if (!metric) {
        vault.lock();
        return Console::fail(Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli",
                "There is no metric “%1” with trends to show. `tideline-cli metrics` lists them; a "
                "metric that is turned off has to be turned on in Settings first.")
                .arg(options.metric.left(64))));
    }

    int recorded = 0;
    if (options.bucket == Bucket::Day) {
        Result<DailyTrend> trend = readDailyTrend(series, metric->id, range);
        vault.lock();
        if (!trend) {
            return Console::fail(trend.error());
        }
        Console::data(QStringLiteral("day,value,rolling_mean_7"));
        for (int i = 0; i < range.days(); ++i) {
            recorded += trend.value().values[i] ? 1 : 0;
            Console::data(QStringLiteral("%1,%2,%3")
                              .arg(Day::toText(range.from.addDays(i)), cell(trend.value().values[i]),
                                  cell(trend.value().rolling[i])));
        }
    } else {
        Result<QList<BucketStat>> buckets = readBuckets(series, metric->id, range, options.bucket);
        vault.lock();
        if (!buckets) {
            return Console::fail(buckets.error());
        }
        Console::data(QStringLiteral("start,end,days_recorded,mean,min,max"));
        for (const BucketStat& b : buckets.value()) {
            recorded += b.count;
            const auto v = [&](double x) { return b.hasData() ? number(x) : QString(); };
            Console::data(QStringLiteral("%1,%2,%3,%4,%5,%6")
                              .arg(Day::toText(b.start), Day::toText(b.end), QString::number(b.count), v(b.mean),
                                  v(b.min), v(b.max)));
        }
    }
    const int days = range.days(); // a plain int: lupdate reads the %n call
    Console::message(
        QCoreApplication::translate("Cli", "%1: recorded on %2 of %n days from %3 to %4.", nullptr, days)
            .arg(metric->label, QString::number(recorded), Day::toText(range.from), Day::toText(range.to)));
    return toInt(ExitCode::Done);
}

} // namespace tideline::cli
