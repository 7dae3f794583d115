#include "core/insights/Trend.h"

#include "core/insights/SeriesRepository.h"

namespace tideline::insights {

Result<DailyTrend> readDailyTrend(SeriesRepository& series, qint64 metricId, const DayRange& range)
{
    DailyTrend trend;
    trend.range = range;
    if (!range.isValid()) {
        return trend;
    }
    const DayRange withLead{range.from.addDays(-(kRollingWindow - 1)), range.to};
    Result<DaySeries> values = series.values(metricId, withLead);
    if (!values) {
        return values.error();
    }
    const DailySlots all = dailySlots(values.value(), withLead);
    const DailySlots rolling = rollingMean(all, kRollingWindow, kRollingMinimum);
    trend.values = all.mid(kRollingWindow - 1);
    trend.rolling = rolling.mid(kRollingWindow - 1);
    return trend;
}

Result<QList<BucketStat>> readBuckets(SeriesRepository& series, qint64 metricId, const DayRange& range, Bucket bucket)
{
    Result<DaySeries> values = series.values(metricId, range);
    if (!values) {
        return values.error();
    }
    return buckets(values.value(), range, bucket);
}

Bucket bucketForRange(const DayRange& range)
{
    if (range.days() <= 120) {
        return Bucket::Day;
    }
    return range.days() <= 3 * 366 ? Bucket::Week : Bucket::Month;
}

} // namespace tideline::insights
