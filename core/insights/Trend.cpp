#include "core/insights/Trend.h"

#include "core/insights/SeriesRepository.h"

#include <algorithm>

namespace tideline::insights {

namespace {

constexpr int kShortestAllDays = 30;

void noteValue(TrendChart& chart, double value, double low, double high, int days, double& sum)
{
    chart.lowest = chart.recordedDays == 0 ? low : std::min(chart.lowest, low);
    chart.highest = chart.recordedDays == 0 ? high : std::max(chart.highest, high);
    sum += value * days;
    chart.recordedDays += days;
}

} // namespace

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

RollingRule rollingRuleFor(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Week:
        return RollingRule{4, 2};
    case Bucket::Month:
        return RollingRule{3, 2};
    case Bucket::Day:
        break;
    }
    return RollingRule{kRollingWindow, kRollingMinimum};
}

Result<DayRange> trendRange(SeriesRepository& series, const QDate& today, int rangeDays)
{
    if (rangeDays > 0) {
        return DayRange{today.addDays(-rangeDays + 1), today};
    }
    DayRange range{today.addDays(-kShortestAllDays + 1), today};
    Result<std::optional<DayRange>> span = series.recordedSpan();
    if (!span) {
        return span.error();
    }
    if (span.value() && span.value()->from < range.from) {
        range.from = span.value()->from;
    }
    return range;
}

Result<TrendChart> readTrendChart(SeriesRepository& series, qint64 metricId, const DayRange& range)
{
    TrendChart chart;
    chart.range = range;
    chart.bucket = bucketForRange(range);
    chart.rule = rollingRuleFor(chart.bucket);
    if (!range.isValid()) {
        return chart;
    }
    double sum = 0;
    if (chart.bucket == Bucket::Day) {
        Result<DailyTrend> daily = readDailyTrend(series, metricId, range);
        if (!daily) {
            return daily.error();
        }
        chart.values = daily.value().values;
        chart.rolling = daily.value().rolling;
        for (int i = 0; i < range.days(); ++i) {
            chart.pointDays.append(range.from.addDays(i));
            if (const auto& v = chart.values.at(i)) {
                noteValue(chart, *v, *v, *v, 1, sum);
            }
        }
    } else {
        Result<QList<BucketStat>> stats = readBuckets(series, metricId, range, chart.bucket);
        if (!stats) {
            return stats.error();
        }
        for (const BucketStat& b : std::as_const(stats.value())) {
            chart.pointDays.append(b.start.addDays(b.start.daysTo(b.end) / 2));
            chart.values.append(b.hasData() ? std::optional<double>(b.mean) : std::nullopt);
            if (b.hasData()) {
                noteValue(chart, b.mean, b.min, b.max, b.count, sum);
            }
        }
        chart.rolling = rollingMean(chart.values, chart.rule.window, chart.rule.minimum);
    }
    chart.mean = chart.recordedDays > 0 ? sum / chart.recordedDays : 0;
    for (const auto& r : std::as_const(chart.rolling)) {
        if (r) {
            chart.lastRolling = r;
            chart.firstRolling = chart.firstRolling ? chart.firstRolling : r;
        }
    }
    return chart;
}

} // namespace tideline::insights
