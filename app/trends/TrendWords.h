#pragma once

#include "core/checkin/Metric.h"
#include "core/insights/Trend.h"

#include <QString>

namespace tideline::app::TrendWords {

// The words and labels around the Trends page's chart, in one place so the chart, its legend
// and its summary agree. Translated in the "TrendChart" context.

QString bucketKey(insights::Bucket bucket); // "day", "week", "month"
bool isRangeChoice(int rangeDays); // 7, 30, 90, 365 or 0 (all)
QString valueAxisTitle(const Metric& metric, insights::Bucket bucket);
QString pointsLabel(insights::Bucket bucket); // "each day", "weekly average", "monthly average"
QString rollingLabel(insights::Bucket bucket); // "7-day average", "4-week average", "3-month average"
// A date on the axis: "3 Mar", with the year on charts longer than 120 days ("3 Mar 2026").
QString tickLabel(const QDate& day, const insights::DayRange& range);
// One point in words: "Tuesday 3 March 2026: 6", "The week around 3 March 2026: 5.5 on average".
QString pointWords(const QDate& day, double value, insights::Bucket bucket);
// "Mood over the last 30 days: recorded on 7 of 30 days. Average 4.6, lowest 1, highest 9. …"
QString chartSummary(const Metric& metric, int rangeDays, const insights::TrendChart& chart);

// The metric with this key among the shown ones; else mood; else the first; else none.
Metric keptOrFirstChoice(const QList<Metric>& shown, const QString& key);

} // namespace tideline::app::TrendWords
