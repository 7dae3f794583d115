#pragma once

#include "core/checkin/Metric.h"
#include "core/moments/Moment.h"

#include <QDate>
#include <QString>

namespace tideline::report {

// The plain words the summary prints, in one place so the layout and the collector agree.

// "Tuesday 3 March 2026"
QString longDay(const QDate& day);
// "3 Mar 2026", for chart axes
QString shortDay(const QDate& day);
// "Flashbacks: 3" style labels for a kind of moment ("Flashbacks", "Moments of panic").
QString momentKindLabel(MomentKind kind);
// A measure's average as the averages table prints it: "6.8", "7.5 h", "yes on 12 days".
QString averageText(const Metric& metric, double mean, int daysRecorded);
// A single value of a measure for the range column and chart axes: "6", "7.5 h", "yes".
QString valueText(const Metric& metric, double value);

} // namespace tideline::report
