#pragma once

#include "core/common/Result.h"
#include "core/insights/Insights.h"

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

} // namespace tideline::insights
