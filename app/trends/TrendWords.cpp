#include "app/trends/TrendWords.h"

#include "core/insights/PeriodReview.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace tideline::app::TrendWords {

using namespace insights;

namespace {

QString rangeWords(int rangeDays)
{
    switch (rangeDays) {
    case 0:
        return QCoreApplication::translate("TrendChart", "since the first check-in");
    case 7:
        return QCoreApplication::translate("TrendChart", "over the last 7 days");
    case 365:
        return QCoreApplication::translate("TrendChart", "over the last year");
    default:
        return QCoreApplication::translate("TrendChart", "over the last %n days", nullptr, rangeDays);
    }
}

} // namespace

QString bucketKey(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Week:
        return QStringLiteral("week");
    case Bucket::Month:
        return QStringLiteral("month");
    case Bucket::Day:
        break;
    }
    return QStringLiteral("day");
}

bool isRangeChoice(int rangeDays)
{
    return rangeDays == 0 || rangeDays == 7 || rangeDays == 30 || rangeDays == 90 || rangeDays == 365;
}

QString valueAxisTitle(const Metric& metric, Bucket bucket)
{
    switch (metric.kind) {
    case MetricKind::Hours:
        return QCoreApplication::translate("TrendChart", "hours");
    case MetricKind::Count:
        return bucket == Bucket::Day ? QCoreApplication::translate("TrendChart", "times")
                                     : QCoreApplication::translate("TrendChart", "times a day, on average");
    case MetricKind::Boolean:
        return QCoreApplication::translate("TrendChart", "share of days with yes");
    case MetricKind::Scale:
        break;
    }
    return QCoreApplication::translate("TrendChart", "0 to %1").arg(metric.maxValue);
}

QString pointsLabel(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Week:
        return QCoreApplication::translate("TrendChart", "weekly average");
    case Bucket::Month:
        return QCoreApplication::translate("TrendChart", "monthly average");
    case Bucket::Day:
        break;
    }
    return QCoreApplication::translate("TrendChart", "each day");
}

QString rollingLabel(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Week:
        return QCoreApplication::translate("TrendChart", "4-week average");
    case Bucket::Month:
        return QCoreApplication::translate("TrendChart", "3-month average");
    case Bucket::Day:
        break;
    }
    return QCoreApplication::translate("TrendChart", "7-day average");
}

QString tickLabel(const QDate& day, const DayRange& range)
{
    return QLocale().toString(day,
        range.days() > 120
            ? QCoreApplication::translate("DateFormat", "d MMM yyyy", "QLocale format of a day, short month")
            : QCoreApplication::translate("DateFormat", "d MMM", "QLocale format of a day, short month, no year"));
}

QString pointWords(const QDate& day, double value, Bucket bucket)
{
    const QLocale locale;
    const QString number = formatMean(value);
    switch (bucket) {
    case Bucket::Week:
        return QCoreApplication::translate("TrendChart", "The week around %1: %2 on average")
            .arg(locale.toString(
                     day, QCoreApplication::translate("DateFormat", "d MMMM yyyy", "QLocale format of a day")),
                number);
    case Bucket::Month:
        return QCoreApplication::translate("TrendChart", "%1: %2 on average")
            .arg(locale.toString(
                     day, QCoreApplication::translate("DateFormat", "MMMM yyyy", "QLocale format of a month")),
                number);
    case Bucket::Day:
        break;
    }
    return QCoreApplication::translate("TrendChart", "%1: %2")
        .arg(locale.toString(day,
                 QCoreApplication::translate(
                     "DateFormat", "dddd d MMMM yyyy", "QLocale format of a day with its weekday")),
            number);
}

QString chartSummary(const Metric& metric, int rangeDays, const TrendChart& chart)
{
    if (chart.recordedDays == 0) {
        return QCoreApplication::translate(
            "TrendChart", "%1 %2: nothing recorded yet. Days without a check-in stay empty, never zero.")
            .arg(metric.label, rangeWords(rangeDays));
    }
    const int totalDays = chart.range.days(); // a plain int: lupdate reads the %n call
    QString summary = QCoreApplication::translate(
        "TrendChart", "%1 %2: recorded on %3 of %n days. Average %4, lowest %5, highest %6.", nullptr, totalDays)
                          .arg(metric.label, rangeWords(rangeDays), QString::number(chart.recordedDays),
                              formatMean(chart.mean), formatMean(chart.lowest), formatMean(chart.highest));
    if (chart.firstRolling && chart.lastRolling) {
        const QString format = chart.bucket == Bucket::Day
            ? QCoreApplication::translate("TrendChart", "The 7-day average went from %1 to %2.")
            : chart.bucket == Bucket::Week
            ? QCoreApplication::translate("TrendChart", "The 4-week average went from %1 to %2.")
            : QCoreApplication::translate("TrendChart", "The 3-month average went from %1 to %2.");
        summary += QLatin1Char(' ') + format.arg(formatMean(*chart.firstRolling), formatMean(*chart.lastRolling));
    }
    if (chart.bucket == Bucket::Week) {
        summary += QLatin1Char(' ') + QCoreApplication::translate("TrendChart", "Each point is a week's average.");
    } else if (chart.bucket == Bucket::Month) {
        summary += QLatin1Char(' ') + QCoreApplication::translate("TrendChart", "Each point is a month's average.");
    }
    return summary;
}

Metric keptOrFirstChoice(const QList<Metric>& shown, const QString& key)
{
    const auto find = [&](const QString& wanted) {
        return std::find_if(shown.cbegin(), shown.cend(), [&](const Metric& m) { return m.key == wanted; });
    };
    if (auto kept = find(key); kept != shown.cend()) {
        return *kept;
    }
    if (auto mood = find(QStringLiteral("mood")); mood != shown.cend()) {
        return *mood;
    }
    return shown.isEmpty() ? Metric{} : shown.first();
}

} // namespace tideline::app::TrendWords
