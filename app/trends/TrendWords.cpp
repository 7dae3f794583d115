#include "app/trends/TrendWords.h"

#include "core/insights/PeriodReview.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace tideline::app::TrendWords {

using namespace insights;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TrendChart", text);
}

QString rangeWords(int rangeDays)
{
    switch (rangeDays) {
    case 0:
        return tr("since the first check-in");
    case 7:
        return tr("over the last 7 days");
    case 365:
        return tr("over the last year");
    default:
        return tr("over the last %1 days").arg(rangeDays);
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
        return tr("hours");
    case MetricKind::Count:
        return bucket == Bucket::Day ? tr("times") : tr("times a day, on average");
    case MetricKind::Boolean:
        return tr("share of days with yes");
    case MetricKind::Scale:
        break;
    }
    return tr("0 to %1").arg(metric.maxValue);
}

QString pointsLabel(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Week:
        return tr("weekly average");
    case Bucket::Month:
        return tr("monthly average");
    case Bucket::Day:
        break;
    }
    return tr("each day");
}

QString rollingLabel(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Week:
        return tr("4-week average");
    case Bucket::Month:
        return tr("3-month average");
    case Bucket::Day:
        break;
    }
    return tr("7-day average");
}

QString tickLabel(const QDate& day, const DayRange& range)
{
    return QLocale().toString(day, range.days() > 120 ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
}

QString pointWords(const QDate& day, double value, Bucket bucket)
{
    const QLocale locale;
    const QString number = formatMean(value);
    switch (bucket) {
    case Bucket::Week:
        return tr("The week around %1: %2 on average").arg(locale.toString(day, QStringLiteral("d MMMM yyyy")), number);
    case Bucket::Month:
        return tr("%1: %2 on average").arg(locale.toString(day, QStringLiteral("MMMM yyyy")), number);
    case Bucket::Day:
        break;
    }
    return tr("%1: %2").arg(locale.toString(day, QStringLiteral("dddd d MMMM yyyy")), number);
}

QString chartSummary(const Metric& metric, int rangeDays, const TrendChart& chart)
{
    if (chart.recordedDays == 0) {
        return tr("%1 %2: nothing recorded yet. Days without a check-in stay empty, never zero.")
            .arg(metric.label, rangeWords(rangeDays));
    }
    QString summary = tr("%1 %2: recorded on %3 of %4 days. Average %5, lowest %6, highest %7.")
                          .arg(metric.label, rangeWords(rangeDays))
                          .arg(chart.recordedDays)
                          .arg(chart.range.days())
                          .arg(formatMean(chart.mean), formatMean(chart.lowest), formatMean(chart.highest));
    if (chart.firstRolling && chart.lastRolling) {
        const QString format = chart.bucket == Bucket::Day ? tr("The 7-day average went from %1 to %2.")
            : chart.bucket == Bucket::Week                 ? tr("The 4-week average went from %1 to %2.")
                                                           : tr("The 3-month average went from %1 to %2.");
        summary += QLatin1Char(' ') + format.arg(formatMean(*chart.firstRolling), formatMean(*chart.lastRolling));
    }
    if (chart.bucket == Bucket::Week) {
        summary += QLatin1Char(' ') + tr("Each point is a week's average.");
    } else if (chart.bucket == Bucket::Month) {
        summary += QLatin1Char(' ') + tr("Each point is a month's average.");
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
