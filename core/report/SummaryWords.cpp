#include "core/report/SummaryWords.h"

#include "core/insights/PeriodReview.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tideline::report {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Summary", text);
}

} // namespace

QString longDay(const QDate& day)
{
    // English month names whatever the machine's locale, like the rest of the (English) text;
    // translations replace this with their own format.
    return QLocale(QLocale::English).toString(day, QStringLiteral("dddd d MMMM yyyy"));
}

QString shortDay(const QDate& day)
{
    return QLocale(QLocale::English).toString(day, QStringLiteral("d MMM yyyy"));
}

QString momentKindLabel(MomentKind kind)
{
    switch (kind) {
    case MomentKind::Flashback:
        return tr("Flashbacks");
    case MomentKind::Nightmare:
        return tr("Nightmares");
    case MomentKind::Panic:
        return tr("Moments of panic");
    case MomentKind::Trigger:
        return tr("Triggers");
    case MomentKind::Other:
        break;
    }
    return tr("Other hard moments");
}

QString averageText(const Metric& metric, double mean, int daysRecorded)
{
    if (metric.kind == MetricKind::Boolean) {
        const int yes = static_cast<int>(std::lround(mean * daysRecorded));
        return yes == 1 ? tr("yes on 1 day") : tr("yes on %1 days").arg(yes);
    }
    return valueText(metric, mean);
}

QString valueText(const Metric& metric, double value)
{
    switch (metric.kind) {
    case MetricKind::Boolean:
        return value >= 0.5 ? tr("yes") : tr("no");
    case MetricKind::Hours:
        return tr("%1 h").arg(insights::formatMean(value));
    default:
        return insights::formatMean(value);
    }
}

} // namespace tideline::report
