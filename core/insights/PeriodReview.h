#pragma once

#include "core/checkin/Metric.h"
#include "core/insights/Insights.h"
#include "core/routines/Routine.h"

#include <QList>
#include <QString>

namespace tideline::insights {

// "How did this month compare with the last?" (DESIGN.md section 5.4), as figures and plain,
// never judging, sentences. Built from what SeriesRepository read for the two ranges.
struct PeriodReviewInput
{
    DayRange before;
    DayRange after;
    struct MetricSeries
    {
        Metric metric;
        DaySeries values; // covering both ranges
    };
    QList<MetricSeries> metrics;
    struct RoutineDays
    {
        Routine routine;
        QList<QDate> doneDays; // covering both ranges
    };
    QList<RoutineDays> routines;
    QList<QDate> recordedDays; // days with any check-in value, covering both ranges
};

struct PeriodReview
{
    DayRange before;
    DayRange after;
    int daysRecordedBefore = 0;
    int daysRecordedAfter = 0;
    struct MetricLine
    {
        Metric metric;
        MetricChange change;
        QString sentence; // "Hours of sleep: 6.1 → 6.8 on average (higher), recorded on 24 of 30 days"
    };
    QList<MetricLine> metrics; // only metrics recorded in at least one of the two ranges
    struct RoutineLine
    {
        Routine routine;
        int doneBefore = 0;
        int doneAfter = 0;
        QString sentence; // "A 30-minute walk: done on 12 of 30 days, 9 of 31 before"
    };
    QList<RoutineLine> routines; // only items done in at least one of the two ranges
    // The best and hardest days of the later range by mood (when mood was recorded).
    BestAndHardest moodDays;
};

PeriodReview reviewPeriods(const PeriodReviewInput& input);

// Whether a higher value of this metric is what people usually hope for (mood, sleep, energy,
// feeling safe) or not (anxiety, nightmares…); the person's own metrics: unknown (nullopt).
// Only used to choose which day is "best" and "hardest"; the words stay neutral.
std::optional<bool> higherIsHopedFor(const QString& metricKey);

// The number as the summaries write it: at most one decimal ("6.1", "7", "0.4").
QString formatMean(double value);

} // namespace tideline::insights
