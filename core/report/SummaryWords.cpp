#include "core/report/SummaryWords.h"

#include "core/insights/PeriodReview.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tideline::report {

QString longDay(const QDate& day)
{
    // The summary's language decides the names and the order ("lunes, 3 de marzo de 2026").
    return QLocale().toString(
        day, QCoreApplication::translate("DateFormat", "dddd d MMMM yyyy", "QLocale format of a day with its weekday"));
}

QString shortDay(const QDate& day)
{
    return QLocale().toString(
        day, QCoreApplication::translate("DateFormat", "d MMM yyyy", "QLocale format of a day, short month"));
}

QString momentKindLabel(MomentKind kind)
{
    switch (kind) {
    case MomentKind::Flashback:
        return QCoreApplication::translate("Summary", "Flashbacks");
    case MomentKind::Nightmare:
        return QCoreApplication::translate("Summary", "Nightmares");
    case MomentKind::Panic:
        return QCoreApplication::translate("Summary", "Moments of panic");
    case MomentKind::Trigger:
        return QCoreApplication::translate("Summary", "Triggers");
    case MomentKind::Other:
        break;
    }
    return QCoreApplication::translate("Summary", "Other hard moments");
}

QString averageText(const Metric& metric, double mean, int daysRecorded)
{
    if (metric.kind == MetricKind::Boolean) {
        const int yes = static_cast<int>(std::lround(mean * daysRecorded));
        return yes == 1 ? QCoreApplication::translate("Summary", "yes on 1 day")
                        : QCoreApplication::translate("Summary", "yes on %n days", nullptr, yes);
    }
    return valueText(metric, mean);
}

QString valueText(const Metric& metric, double value)
{
    switch (metric.kind) {
    case MetricKind::Boolean:
        return value >= 0.5 ? QCoreApplication::translate("Summary", "yes")
                            : QCoreApplication::translate("Summary", "no");
    case MetricKind::Hours:
        return QCoreApplication::translate("Summary", "%1 h").arg(insights::formatMean(value));
    default:
        return insights::formatMean(value);
    }
}

} // namespace tideline::report
