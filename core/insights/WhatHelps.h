#pragma once

#include "core/checkin/Metric.h"
#include "core/common/Result.h"
#include "core/insights/Series.h"

#include <QList>
#include <QString>

#include <optional>

namespace tideline::insights {

class SeriesRepository;

// "What helps, in numbers": a measure on the days a routine was done (or an entry carried a
// tag) against the other days it was recorded. "On days with “A 30-minute walk”, Sleep quality
// averaged 6.8 (42 days), against 5.9 on the other days (51 days)." Plain means with the number
// of days on each side, and the same plain caution as the measure-to-measure relationships.

// Each side needs this many recorded days before anything is said.
inline constexpr int kMinimumDaysEachSide = 7;

struct WithAndWithout
{
    std::optional<double> meanWith; // nullopt: no recorded day with it
    int daysWith = 0; // days with the measure recorded and the routine done (or the tag)
    std::optional<double> meanWithout;
    int daysWithout = 0; // days with the measure recorded and without it

    bool enoughDays() const { return daysWith >= kMinimumDaysEachSide && daysWithout >= kMinimumDaysEachSide; }
    // meanWith - meanWithout, when both exist.
    std::optional<double> difference() const;
};

// Pure: the measure's recorded days in the range split by whether they are among markedDays
// (any order; repeats and days outside the range are ignored). A day without the measure is
// left out on both sides: a gap is a gap, never a zero.
WithAndWithout splitByDays(const DaySeries& measure, const QList<QDate>& markedDays, const DayRange& range);

// What the marked days are.
enum class PracticeKind { Routine, Tag };

struct PracticeWords
{
    QString sentence; // "On days with “A 30-minute walk”, Sleep quality averaged 6.8 (42 days), against …"
    QString basis; // when there is not enough to say: why, in a sentence; else ""
};

PracticeWords describePractice(
    const Metric& metric, PracticeKind kind, const QString& name, const WithAndWithout& split);

struct PracticeRow
{
    PracticeKind kind = PracticeKind::Routine;
    QString name; // the routine's label or the tag
    WithAndWithout split;
    PracticeWords words;
};

struct WhatHelps
{
    QList<PracticeRow> rows; // enough days on both sides, the largest differences first
    int notEnough = 0; // routines and tags used in the range without enough days on one side
};

// The chosen measure against every routine done in the range and every tag used on an entry in
// it; at most `most` rows.
Result<WhatHelps> readWhatHelps(SeriesRepository& series, const Metric& metric, const DayRange& range, int most);

// The caution shown with every list of what helps.
QString whatHelpsCaution();

} // namespace tideline::insights
