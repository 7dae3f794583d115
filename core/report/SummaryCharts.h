#pragma once

#include "core/insights/Series.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace tideline::report {

struct MeasureSummary;

// A measure's values over the period as a simple line-and-points chart: one point a day (one a
// week, as the week's average, for periods longer than three months). Days or weeks with
// nothing recorded are gaps in the line, never zero.
void paintMeasureChart(QPainter& painter, const MeasureSummary& measure, const insights::DayRange& period,
    const QRectF& rect, const QFont& axisFont);

} // namespace tideline::report
