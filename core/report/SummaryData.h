#pragma once

#include "core/checkin/Metric.h"
#include "core/insights/Series.h"
#include "core/journal/Entry.h"
#include "core/moments/Moment.h"
#include "core/report/Summary.h"
#include "core/report/SummaryCheckups.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tideline::report {

// One measure recorded in the period: its values (gaps left out) and the figures the
// averages table shows. A measure never recorded in the period has no MeasureSummary at all.
struct MeasureSummary
{
    Metric metric;
    insights::DaySeries values; // inside the period, oldest first, never empty
    double mean = 0;
    double min = 0;
    double max = 0;
    int daysRecorded() const { return static_cast<int>(values.size()); }
};

struct RoutineSummary
{
    QString label;
    int daysDone = 0; // at least 1: an item never done in the period is left out
};

// Plain values only (no database handle, no GUI object), so the pages can be painted on any
// thread from this.
struct SummaryData
{
    SummaryRequest request;
    QDate madeOn;
    int daysWithCheckin = 0; // days in the period with any check-in value
    QList<MeasureSummary> measures; // charts and averages; in the person's order
    QList<RoutineSummary> routines;
    QStringList reviewSentences; // the period review, as plain sentences
    QList<QPair<MomentKind, int>> moments; // counts only; kinds with none left out
    QList<journal::Entry> entries; // the ticked entries, in day order
    QList<CheckupSummary> checkups; // each check-up taken in the period
};

} // namespace tideline::report
