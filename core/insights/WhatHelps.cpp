#include "core/insights/WhatHelps.h"

#include "core/i18n/Counts.h"
#include "core/insights/PeriodReview.h"
#include "core/insights/SeriesRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tideline::insights {

namespace {

// A mean as the measure is read: 6.8, 6.5 h, or for yes/no the share of days, 60%.
QString shown(const Metric& metric, double mean)
{
    if (metric.kind == MetricKind::Boolean) {
        return QCoreApplication::translate("WhatHelps", "%1%", "a share of days, e.g. 60%")
            .arg(QLocale().toString(std::round(mean * 100.0), 'f', 0));
    }
    if (metric.kind == MetricKind::Hours) {
        return QCoreApplication::translate("WhatHelps", "%1 h", "hours, e.g. 6.5 h").arg(formatMean(mean));
    }
    return formatMean(mean);
}

// How far apart the two means are on the measure's own scale, so a walk's effect on hours of
// sleep and on a 0–10 mood can be ordered together.
double relativeDifference(const Metric& metric, const WithAndWithout& split)
{
    const double span = metric.maxValue - metric.minValue;
    const auto difference = split.difference();
    return difference && span > 0 ? std::abs(*difference) / span : 0.0;
}

} // namespace

std::optional<double> WithAndWithout::difference() const
{
    if (!meanWith || !meanWithout) {
        return std::nullopt;
    }
    return *meanWith - *meanWithout;
}

WithAndWithout splitByDays(const DaySeries& measure, const QList<QDate>& markedDays, const DayRange& range)
{
    const QSet<QDate> marked(markedDays.cbegin(), markedDays.cend());
    WithAndWithout split;
    double sumWith = 0;
    double sumWithout = 0;
    QSet<QDate> seen;
    for (const DayValue& value : measure) {
        if (!range.contains(value.day) || seen.contains(value.day)) {
            continue;
        }
        seen.insert(value.day);
        if (marked.contains(value.day)) {
            sumWith += value.value;
            ++split.daysWith;
        } else {
            sumWithout += value.value;
            ++split.daysWithout;
        }
    }
    if (split.daysWith > 0) {
        split.meanWith = sumWith / split.daysWith;
    }
    if (split.daysWithout > 0) {
        split.meanWithout = sumWithout / split.daysWithout;
    }
    return split;
}

PracticeWords describePractice(
    const Metric& metric, PracticeKind kind, const QString& name, const WithAndWithout& split)
{
    PracticeWords words;
    if (!split.enoughDays() || !split.meanWith || !split.meanWithout) {
        // Counts below the minimum, so the plural is not always "days": one %n, one fixed number.
        words.basis = kind == PracticeKind::Routine
            ? QCoreApplication::translate("WhatHelps",
                "“%1” and %2: not enough days yet (%n with it, %3 without; %4 of each are needed).", nullptr,
                split.daysWith)
                  .arg(name, metric.label)
                  .arg(split.daysWithout)
                  .arg(kMinimumDaysEachSide)
            : QCoreApplication::translate("WhatHelps",
                "Entries tagged “%1” and %2: not enough days yet (%n with the tag, %3 without; %4 of each are "
                "needed).",
                nullptr, split.daysWith)
                  .arg(name, metric.label)
                  .arg(split.daysWithout)
                  .arg(kMinimumDaysEachSide);
        return words;
    }
    // Two counts of days, each with its own noun (i18n::dayCount): a language's plural form
    // depends on the number itself (Russian: "21 день", "22 дня"), not only on "one or more".
    words.sentence = kind == PracticeKind::Routine
        ? QCoreApplication::translate("WhatHelps",
            "On days with “%1”, %2 averaged %3 (%4), against %5 on the other days (%6).",
            "%4 and %6 are numbers of days, such as “8 days”")
              .arg(name, metric.label, shown(metric, *split.meanWith), i18n::dayCount(split.daysWith),
                  shown(metric, *split.meanWithout), i18n::dayCount(split.daysWithout))
        : QCoreApplication::translate("WhatHelps",
            "On days with an entry tagged “%1”, %2 averaged %3 (%4), against %5 on the other days (%6).",
            "%4 and %6 are numbers of days, such as “8 days”")
              .arg(name, metric.label, shown(metric, *split.meanWith), i18n::dayCount(split.daysWith),
                  shown(metric, *split.meanWithout), i18n::dayCount(split.daysWithout));
    return words;
}

Result<WhatHelps> readWhatHelps(SeriesRepository& series, const Metric& metric, const DayRange& range, int most)
{
    WhatHelps helps;
    Result<DaySeries> measure = series.values(metric.id, range);
    if (!measure) {
        return measure.error();
    }
    if (measure.value().isEmpty()) {
        return helps;
    }
    QList<PracticeRow> rows;
    const auto consider = [&](PracticeKind kind, const QString& name, const QList<QDate>& days) {
        if (days.isEmpty()) {
            return; // not done (or not used) in the range: nothing to say, nothing to count
        }
        PracticeRow row{kind, name, splitByDays(measure.value(), days, range), {}};
        row.words = describePractice(metric, kind, name, row.split);
        if (row.split.enoughDays()) {
            rows.append(row);
        } else {
            ++helps.notEnough;
        }
    };
    Result<QList<SeriesRepository::Practice>> routines = series.routinesDoneIn(range);
    if (!routines) {
        return routines.error();
    }
    for (const auto& routine : routines.value()) {
        Result<QList<QDate>> days = series.routineDays(routine.id, range);
        if (!days) {
            return days.error();
        }
        consider(PracticeKind::Routine, routine.name, days.value());
    }
    Result<QList<SeriesRepository::Practice>> tags = series.tagsUsedIn(range);
    if (!tags) {
        return tags.error();
    }
    for (const auto& tag : tags.value()) {
        Result<QList<QDate>> days = series.tagDays(tag.id, range);
        if (!days) {
            return days.error();
        }
        consider(PracticeKind::Tag, tag.name, days.value());
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const PracticeRow& a, const PracticeRow& b) {
        return relativeDifference(metric, a.split) > relativeDifference(metric, b.split);
    });
    helps.rows = rows.mid(0, std::max(most, 0));
    return helps;
}

QString whatHelpsCaution()
{
    return QCoreApplication::translate("WhatHelps",
        "These are averages of days, and they do not mean one causes the other: a walk may simply be easier on "
        "better days. Shown only with at least %n recorded days with it and %n without.",
        nullptr, kMinimumDaysEachSide);
}

} // namespace tideline::insights
