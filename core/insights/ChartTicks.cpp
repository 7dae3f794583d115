#include "core/insights/ChartTicks.h"

#include <QDateTime>

#include <algorithm>

namespace tideline::insights {

namespace {

constexpr int kDaySteps[] = {1, 2, 3, 7, 14, 21};
constexpr int kMonthSteps[] = {1, 2, 3, 6, 12, 24, 60, 120};

int ticksWithDayStep(const DayRange& range, int step)
{
    return static_cast<int>(range.from.daysTo(range.to) / step) + 1;
}

// The same day of the month, `months` earlier; QDate::addMonths keeps to the shorter month's
// last day (31 March less one month is 28 or 29 February).
int ticksWithMonthStep(const DayRange& range, int step)
{
    int count = 0;
    for (QDate day = range.to; day >= range.from; day = range.to.addMonths(-step * count)) {
        ++count;
    }
    return count;
}

} // namespace

ChartTicks chartTicks(const DayRange& range, int maxTicks)
{
    ChartTicks ticks;
    if (!range.isValid()) {
        return ticks;
    }
    maxTicks = std::max(maxTicks, 2);
    for (int step : kDaySteps) {
        if (ticksWithDayStep(range, step) <= maxTicks) {
            ticks.stepDays = step;
            break;
        }
    }
    if (ticks.stepDays == 0) {
        ticks.stepMonths = kMonthSteps[std::size(kMonthSteps) - 1];
        for (int step : kMonthSteps) {
            if (ticksWithMonthStep(range, step) <= maxTicks) {
                ticks.stepMonths = step;
                break;
            }
        }
    }
    const auto labelsWith = [&](int i) {
        return ticks.stepDays > 0 ? range.to.addDays(-qint64{ticks.stepDays} * i)
                                  : range.to.addMonths(-ticks.stepMonths * i);
    };
    if (range.days() > 1 && labelsWith(1) < range.from) {
        // The smallest step that fits is longer than the range: the first day and today.
        ticks.stepDays = static_cast<int>(range.from.daysTo(range.to));
        ticks.stepMonths = 0;
    }
    for (int i = 0;; ++i) {
        const QDate day = labelsWith(i);
        if (day < range.from) {
            break;
        }
        ticks.days.prepend(day);
    }
    return ticks;
}

qint64 dayPosition(const QDate& day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(12, 0), zone).toMSecsSinceEpoch();
}

qint64 dayStart(const QDate& day, const QTimeZone& zone)
{
    return day.startOfDay(zone).toMSecsSinceEpoch();
}

} // namespace tideline::insights
