#include "core/insights/PeriodReview.h"

#include "core/i18n/Counts.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tideline::insights {

namespace {

// Small differences are noise on a 0–10 scale; yes/no is compared as a share of days.
double toleranceFor(const Metric& metric)
{
    return metric.kind == MetricKind::Boolean ? 0.05 : 0.2;
}

QString directionWords(Direction direction)
{
    switch (direction) {
    case Direction::Higher:
        return QCoreApplication::translate("PeriodReview", "higher");
    case Direction::Lower:
        return QCoreApplication::translate("PeriodReview", "lower");
    case Direction::AboutTheSame:
        return QCoreApplication::translate("PeriodReview", "about the same");
    }
    return {};
}

QString unitSuffix(const Metric& metric)
{
    if (metric.kind == MetricKind::Hours) {
        return QCoreApplication::translate("PeriodReview", " h");
    }
    return {};
}

QString metricSentence(const Metric& metric, const MetricChange& change, const DayRange& before, const DayRange& after)
{
    const QString unit = unitSuffix(metric);
    const int afterDays = after.days(); // plain ints: lupdate reads the %n calls
    const int beforeDays = before.days();
    const QString recorded
        = QCoreApplication::translate("PeriodReview", "recorded on %1 of %n days", nullptr, afterDays)
              .arg(change.daysAfter);
    if (change.meanBefore && change.meanAfter) {
        return QCoreApplication::translate("PeriodReview", "%1: %2%3 → %4%3 on average (%5), %6")
            .arg(metric.label, formatMean(*change.meanBefore), unit, formatMean(*change.meanAfter),
                directionWords(*change.direction), recorded);
    }
    if (change.meanAfter) {
        return QCoreApplication::translate(
            "PeriodReview", "%1: %2%3 on average, %4; not recorded in the earlier period")
            .arg(metric.label, formatMean(*change.meanAfter), unit, recorded);
    }
    return QCoreApplication::translate("PeriodReview",
        "%1: %2%3 on average in the earlier period (%4 of %n days); not recorded in this one", nullptr, beforeDays)
        .arg(metric.label, formatMean(*change.meanBefore), unit, QString::number(change.daysBefore));
}

} // namespace

QString formatMean(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    // In the language's own way: 6.5 in English, 6,5 in Spanish.
    return QLocale().toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1);
}

std::optional<bool> higherIsHopedFor(const QString& metricKey)
{
    static const QStringList higher = {QStringLiteral("mood"), QStringLiteral("sleep_hours"),
        QStringLiteral("sleep_quality"), QStringLiteral("energy"), QStringLiteral("feeling_safe")};
    static const QStringList lower
        = {QStringLiteral("nightmares"), QStringLiteral("flashbacks"), QStringLiteral("intrusive_thoughts"),
            QStringLiteral("anxiety"), QStringLiteral("dissociation"), QStringLiteral("self_harm_thoughts")};
    if (higher.contains(metricKey)) {
        return true;
    }
    if (lower.contains(metricKey)) {
        return false;
    }
    return std::nullopt;
}

PeriodReview reviewPeriods(const PeriodReviewInput& input)
{
    PeriodReview review;
    review.before = input.before;
    review.after = input.after;
    review.daysRecordedBefore = daysRecorded(input.recordedDays, input.before);
    review.daysRecordedAfter = daysRecorded(input.recordedDays, input.after);
    for (const auto& series : input.metrics) {
        const MetricChange change
            = compareMetric(series.values, input.before, input.after, toleranceFor(series.metric));
        if (change.daysBefore == 0 && change.daysAfter == 0) {
            continue;
        }
        review.metrics.append(PeriodReview::MetricLine{
            series.metric, change, metricSentence(series.metric, change, input.before, input.after)});
        if (series.metric.key == QStringLiteral("mood")) {
            review.moodDays = bestAndHardest(series.values, input.after, true);
        }
    }
    for (const auto& routine : input.routines) {
        PeriodReview::RoutineLine line;
        line.routine = routine.routine;
        line.doneBefore = daysDone(routine.doneDays, input.before);
        line.doneAfter = daysDone(routine.doneDays, input.after);
        if (line.doneBefore == 0 && line.doneAfter == 0) {
            continue;
        }
        line.sentence
            = QCoreApplication::translate("PeriodReview", "%1: done on %2 of %3, and on %4 of %5 in the earlier period",
                "%3 and %5 are numbers of days, such as “30 days”")
                  .arg(routine.routine.label, QString::number(line.doneAfter), i18n::dayCount(input.after.days()),
                      QString::number(line.doneBefore), i18n::dayCount(input.before.days()));
        review.routines.append(line);
    }
    return review;
}

} // namespace tideline::insights
