#pragma once

#include <QDate>
#include <QList>

#include <optional>

namespace tideline::insights {

// One recorded value on one day. A day without a value is simply absent: the functions in
// Insights.h never read a missing day as zero (DESIGN.md section 1: gaps are gaps).
struct DayValue
{
    QDate day;
    double value = 0;

    bool operator==(const DayValue&) const = default;
};

// Recorded values, oldest first, at most one per day (what SeriesRepository returns).
using DaySeries = QList<DayValue>;

// One slot per calendar day of a range; nullopt = not recorded.
using DailySlots = QList<std::optional<double>>;

// An inclusive range of days.
struct DayRange
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    int days() const { return isValid() ? static_cast<int>(from.daysTo(to)) + 1 : 0; }
    bool contains(const QDate& day) const { return isValid() && day >= from && day <= to; }
};

} // namespace tideline::insights
