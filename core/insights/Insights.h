#pragma once

#include "core/insights/Series.h"

#include <QList>

#include <optional>

namespace tideline::insights {

// Pure functions over what the repositories return (no database, no clock), so every figure
// the Trends and Review pages show can be checked against known answers.

// One slot per day of range: the value recorded that day, or nullopt. Values outside the
// range are ignored.
DailySlots dailySlots(const DaySeries& values, const DayRange& range);

enum class Bucket { Day, Week, Month };

// A week (Monday to Sunday, as ISO 8601) or a calendar month, clipped to the range asked for.
struct BucketStat
{
    QDate start; // first day of the bucket inside the range
    QDate end; // last day of the bucket inside the range
    int count = 0; // days with a value; 0 = nothing recorded (mean/min/max are then 0 and meaningless)
    double mean = 0;
    double min = 0;
    double max = 0;

    bool hasData() const { return count > 0; }
};

// Every bucket of the range in order, empty ones included (count 0) so a chart can leave a
// gap there. Bucket::Day gives one bucket per day.
QList<BucketStat> buckets(const DaySeries& values, const DayRange& range, Bucket bucket);

// The mean of the values recorded in the window of `window` days ending on each day (that day
// included). Missing days are left out of the mean, never counted as 0; a day whose window
// holds fewer than minValues recorded values gets nullopt, so a lone value is not passed off
// as a trend.
DailySlots rollingMean(const DailySlots& daily, int window = 7, int minValues = 3);

// A run of consecutive recorded cells: index of the first and how many. Charts draw each run
// as its own line, so a gap is drawn as a gap.
struct Run
{
    int first = 0;
    int length = 0;
    bool operator==(const Run&) const = default;
};
QList<Run> runs(const DailySlots& cells);

// The calendar heat-map of a year: one slot per day from 1 January to 31 December.
DailySlots calendarYear(const DaySeries& values, int year);

// How often a routine item was done in one week of the range.
struct WeekAdherence
{
    QDate weekStart; // first day of the week inside the range (a Monday, or range.from)
    int daysDone = 0; // "done on daysDone …
    int daysInWeek = 0; // … of daysInWeek days"
};

// doneDays: the days the item was done (any order; outside the range is ignored).
QList<WeekAdherence> weeklyAdherence(const QList<QDate>& doneDays, const DayRange& range);
// Days done inside the range (each day once).
int daysDone(const QList<QDate>& doneDays, const DayRange& range);

// Spearman's rank correlation of paired samples (average ranks for ties). nullopt when there
// are fewer than 2 pairs, the lengths differ, or either side never varies.
std::optional<double> spearman(const QList<double>& x, const QList<double>& y);

// Relationships need this many paired days before they are shown at all.
inline constexpr int kMinimumPairedDays = 14;

struct Correlation
{
    std::optional<double> rho;
    int n = 0; // paired days
    bool enoughDays() const { return n >= kMinimumPairedDays && rho.has_value(); }
};

struct Relationship
{
    Correlation sameDay; // a on day d with b on day d
    Correlation nextDay; // a on day d with b on day d + 1
};

// Pairs only days where both were recorded.
Relationship relate(const DaySeries& a, const DaySeries& b);

// ---- Period review ----------------------------------------------------------------------

enum class Direction { Higher, Lower, AboutTheSame };

struct MetricChange
{
    std::optional<double> meanBefore; // nullopt: nothing recorded in that period
    std::optional<double> meanAfter;
    int daysBefore = 0; // days recorded
    int daysAfter = 0;
    // Only when both means exist.
    std::optional<Direction> direction;
};

// The change between two periods. tolerance: a difference of means at most this big is
// "about the same".
MetricChange compareMetric(const DaySeries& values, const DayRange& before, const DayRange& after, double tolerance);

// The best and hardest days of a range for one metric. higherIsBetter says which end is
// which (mood: higher; anxiety: lower). Ties go to the earliest day.
struct BestAndHardest
{
    std::optional<DayValue> best;
    std::optional<DayValue> hardest;
};
BestAndHardest bestAndHardest(const DaySeries& values, const DayRange& range, bool higherIsBetter);

// Distinct days in the range on which anything was recorded, from a sorted or unsorted list.
int daysRecorded(const QList<QDate>& days, const DayRange& range);

// The range of the same length just before range (for "this month against the last" the
// caller gives calendar months instead).
DayRange previousRange(const DayRange& range);
// The calendar month holding day, up to day's month end; and the month before it.
DayRange monthOf(const QDate& day);

} // namespace tideline::insights
