#pragma once

#include "core/common/Result.h"
#include "core/insights/Insights.h"

#include <optional>

namespace tideline::insights {

class SeriesRepository;

// What a chart of one metric shows, read and computed in one place so the Trends page and
// `tideline-cli trends` print the same figures.
struct DailyTrend
{
    DayRange range;
    DailySlots values; // one per day of range
    DailySlots rolling; // the 7-day rolling mean (at least 3 values in the window)
};

inline constexpr int kRollingWindow = 7;
inline constexpr int kRollingMinimum = 3;

// Reads the 6 days before the range as well, so the rolling mean on the range's first days
// uses the same window as every other day.
Result<DailyTrend> readDailyTrend(SeriesRepository& series, qint64 metricId, const DayRange& range);

Result<QList<BucketStat>> readBuckets(SeriesRepository& series, qint64 metricId, const DayRange& range, Bucket bucket);

// The bucket a chart uses for a range: days up to 120 days, weeks up to 3 years, else months
// (a 10-year chart of 120 monthly means stays readable; 522 weekly ones would be a blur).
Bucket bucketForRange(const DayRange& range);

// How the rolling average beside each chart is taken: over 7 days with at least 3 recorded;
// over 4 weekly or 3 monthly means with at least 2 of them.
struct RollingRule
{
    int window = kRollingWindow;
    int minimum = kRollingMinimum;
};
RollingRule rollingRuleFor(Bucket bucket);

// The days a Trends chart covers, ending today: the last rangeDays days (7, 30, 90, 365), or
// for 0 ("all") from the first check-in, never less than the last 30 days.
Result<DayRange> trendRange(SeriesRepository& series, const QDate& today, int rangeDays);

// Everything a chart of one metric draws, with the figures its sentence gives. A point per
// day, or per week or month (at the bucket's middle day) by bucketForRange.
struct TrendChart
{
    DayRange range;
    Bucket bucket = Bucket::Day;
    RollingRule rule;
    QList<QDate> pointDays; // the day each slot is drawn on
    DailySlots values; // a value (or a bucket's mean) per point; nullopt = nothing recorded
    DailySlots rolling; // the rolling average per point, by rule
    int recordedDays = 0; // days with a value, whatever the bucket
    // Over the days recorded (a bucket's lowest and highest day count, not its mean).
    double mean = 0;
    double lowest = 0;
    double highest = 0;
    std::optional<double> firstRolling; // the rolling average at its first and last point
    std::optional<double> lastRolling;
};
Result<TrendChart> readTrendChart(SeriesRepository& series, qint64 metricId, const DayRange& range);

} // namespace tideline::insights
