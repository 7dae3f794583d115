#pragma once

#include "core/insights/Series.h"

#include <QList>
#include <QTimeZone>

namespace tideline::insights {

// Where a chart's date axis is labelled. Every tick is a whole day; the range's last day
// (today, on the Trends page) is always the last tick and no tick comes after it; the others
// step back from it evenly, by 1, 2, 3, 7, 14 or 21 days, or on long ranges by 1, 2, 3, 6 or
// 12 months (same day of the month, or the month's last day when it is shorter), with the
// smallest step that keeps to at most maxTicks labels. When that step is longer than the range,
// the two labels are the first day and today.
struct ChartTicks
{
    QList<QDate> days; // oldest first; the last is range.to
    int stepDays = 0; // the step, when in days
    int stepMonths = 0; // the step, when in months
};
ChartTicks chartTicks(const DayRange& range, int maxTicks);

// Where a day sits on a chart's time axis: noon of that day in the zone, in milliseconds since
// the epoch, so a point and its tick line up, and a day that is 23 or 25 hours long (a change
// of clocks) still has its point inside it.
qint64 dayPosition(const QDate& day, const QTimeZone& zone = QTimeZone::systemTimeZone());
// The start of a day (midnight, or the first moment of the day when midnight is skipped).
qint64 dayStart(const QDate& day, const QTimeZone& zone = QTimeZone::systemTimeZone());

} // namespace tideline::insights
