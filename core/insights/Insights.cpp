#include "core/insights/Insights.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tideline::insights {

namespace {

QDate bucketStart(const QDate& day, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return day;
    case Bucket::Week:
        return day.addDays(1 - day.dayOfWeek()); // Qt: Monday = 1
    case Bucket::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate nextBucketStart(const QDate& start, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return start.addDays(1);
    case Bucket::Week:
        return start.addDays(7);
    case Bucket::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

// Average ranks (1-based), ties sharing the mean of the ranks they span.
QList<double> ranks(const QList<double>& values)
{
    const qsizetype n = values.size();
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), qsizetype{0});
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return values[a] < values[b]; });
    QList<double> result(n);
    qsizetype i = 0;
    while (i < n) {
        qsizetype j = i;
        while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
            ++j;
        }
        const double rank = (static_cast<double>(i + j) / 2.0) + 1.0;
        for (qsizetype k = i; k <= j; ++k) {
            result[order[k]] = rank;
        }
        i = j + 1;
    }
    return result;
}

std::optional<double> pearson(const QList<double>& x, const QList<double>& y)
{
    const qsizetype n = x.size();
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / static_cast<double>(n);
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / static_cast<double>(n);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx <= 0 || syy <= 0) {
        return std::nullopt;
    }
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

Correlation correlate(const DaySeries& a, const DaySeries& b, int lagDays)
{
    // Both sorted by day: walk them together.
    QList<double> x;
    QList<double> y;
    qsizetype j = 0;
    for (const DayValue& av : a) {
        const QDate wanted = av.day.addDays(lagDays);
        while (j < b.size() && b[j].day < wanted) {
            ++j;
        }
        if (j < b.size() && b[j].day == wanted) {
            x.append(av.value);
            y.append(b[j].value);
        }
    }
    return Correlation{spearman(x, y), static_cast<int>(x.size())};
}

} // namespace

DailySlots dailySlots(const DaySeries& values, const DayRange& range)
{
    DailySlots cells(range.days());
    for (const DayValue& v : values) {
        if (range.contains(v.day)) {
            cells[range.from.daysTo(v.day)] = v.value;
        }
    }
    return cells;
}

QList<BucketStat> buckets(const DaySeries& values, const DayRange& range, Bucket bucket)
{
    QList<BucketStat> result;
    if (!range.isValid()) {
        return result;
    }
    for (QDate start = bucketStart(range.from, bucket); start <= range.to; start = nextBucketStart(start, bucket)) {
        BucketStat stat;
        stat.start = std::max(start, range.from);
        stat.end = std::min(nextBucketStart(start, bucket).addDays(-1), range.to);
        result.append(stat);
    }
    // values are sorted, so one pass fills the buckets in order.
    qsizetype b = 0;
    double sum = 0;
    for (const DayValue& v : values) {
        if (!range.contains(v.day)) {
            continue;
        }
        while (v.day > result[b].end) {
            ++b;
            sum = 0;
        }
        BucketStat& stat = result[b];
        if (stat.count == 0) {
            stat.min = stat.max = v.value;
        } else {
            stat.min = std::min(stat.min, v.value);
            stat.max = std::max(stat.max, v.value);
        }
        ++stat.count;
        sum += v.value;
        stat.mean = sum / stat.count;
    }
    return result;
}

DailySlots rollingMean(const DailySlots& daily, int window, int minValues)
{
    DailySlots result(daily.size());
    window = std::max(window, 1);
    minValues = std::max(minValues, 1);
    double sum = 0;
    int count = 0;
    for (qsizetype i = 0; i < daily.size(); ++i) {
        if (daily[i]) {
            sum += *daily[i];
            ++count;
        }
        if (i >= window && daily[i - window]) {
            sum -= *daily[i - window];
            --count;
        }
        if (count >= minValues) {
            result[i] = sum / count;
        }
    }
    return result;
}

QList<Run> runs(const DailySlots& cells)
{
    QList<Run> result;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (!cells[i]) {
            continue;
        }
        if (!result.isEmpty() && result.last().first + result.last().length == i) {
            ++result.last().length;
        } else {
            result.append(Run{static_cast<int>(i), 1});
        }
    }
    return result;
}

DailySlots calendarYear(const DaySeries& values, int year)
{
    return dailySlots(values, DayRange{QDate(year, 1, 1), QDate(year, 12, 31)});
}

QList<WeekAdherence> weeklyAdherence(const QList<QDate>& doneDays, const DayRange& range)
{
    QList<WeekAdherence> result;
    if (!range.isValid()) {
        return result;
    }
    for (QDate start = bucketStart(range.from, Bucket::Week); start <= range.to; start = start.addDays(7)) {
        const QDate first = std::max(start, range.from);
        const QDate last = std::min(start.addDays(6), range.to);
        result.append(WeekAdherence{first, 0, static_cast<int>(first.daysTo(last)) + 1});
    }
    QList<QDate> sorted = doneDays;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    const QDate firstMonday = bucketStart(range.from, Bucket::Week);
    for (const QDate& day : sorted) {
        if (range.contains(day)) {
            ++result[firstMonday.daysTo(day) / 7].daysDone;
        }
    }
    return result;
}

int daysDone(const QList<QDate>& doneDays, const DayRange& range)
{
    return daysRecorded(doneDays, range);
}

std::optional<double> spearman(const QList<double>& x, const QList<double>& y)
{
    if (x.size() != y.size() || x.size() < 2) {
        return std::nullopt;
    }
    return pearson(ranks(x), ranks(y));
}

Relationship relate(const DaySeries& a, const DaySeries& b)
{
    return Relationship{correlate(a, b, 0), correlate(a, b, 1)};
}

MetricChange compareMetric(const DaySeries& values, const DayRange& before, const DayRange& after, double tolerance)
{
    MetricChange change;
    double sumBefore = 0;
    double sumAfter = 0;
    for (const DayValue& v : values) {
        if (before.contains(v.day)) {
            sumBefore += v.value;
            ++change.daysBefore;
        }
        if (after.contains(v.day)) {
            sumAfter += v.value;
            ++change.daysAfter;
        }
    }
    if (change.daysBefore > 0) {
        change.meanBefore = sumBefore / change.daysBefore;
    }
    if (change.daysAfter > 0) {
        change.meanAfter = sumAfter / change.daysAfter;
    }
    if (change.meanBefore && change.meanAfter) {
        const double diff = *change.meanAfter - *change.meanBefore;
        if (std::abs(diff) <= tolerance) {
            change.direction = Direction::AboutTheSame;
        } else {
            change.direction = diff > 0 ? Direction::Higher : Direction::Lower;
        }
    }
    return change;
}

BestAndHardest bestAndHardest(const DaySeries& values, const DayRange& range, bool higherIsBetter)
{
    BestAndHardest result;
    for (const DayValue& v : values) {
        if (!range.contains(v.day)) {
            continue;
        }
        const auto better = [&](const DayValue& a, const DayValue& b) {
            return higherIsBetter ? a.value > b.value : a.value < b.value;
        };
        if (!result.best || better(v, *result.best)) {
            result.best = v;
        }
        if (!result.hardest || better(*result.hardest, v)) {
            result.hardest = v;
        }
    }
    return result;
}

int daysRecorded(const QList<QDate>& days, const DayRange& range)
{
    QList<QDate> inside;
    for (const QDate& day : days) {
        if (range.contains(day)) {
            inside.append(day);
        }
    }
    std::sort(inside.begin(), inside.end());
    return static_cast<int>(std::unique(inside.begin(), inside.end()) - inside.begin());
}

DayRange previousRange(const DayRange& range)
{
    if (!range.isValid()) {
        return {};
    }
    return DayRange{range.from.addDays(-range.days()), range.from.addDays(-1)};
}

DayRange monthOf(const QDate& day)
{
    const QDate first(day.year(), day.month(), 1);
    return DayRange{first, first.addMonths(1).addDays(-1)};
}

} // namespace tideline::insights
