// core/insights/ChartTicks: a chart's date labels sit on whole days, today last, none after it.
#include "core/insights/ChartTicks.h"

#include <catch2/catch.hpp>

#include <QDateTime>

using namespace tideline;
using namespace tideline::insights;

namespace {

DayRange lastDays(const QDate& today, int days)
{
    return DayRange{today.addDays(-days + 1), today};
}

// The properties every set of ticks must have, whatever the range and the room.
void checkTicks(const DayRange& range, int room)
{
    INFO("from " << range.from.toString(Qt::ISODate).toStdString() << " to "
                 << range.to.toString(Qt::ISODate).toStdString() << ", room for " << room);
    const ChartTicks ticks = chartTicks(range, room);
    REQUIRE(ticks.days.size() >= 2);
    CHECK(ticks.days.size() <= std::max(room, 2));
    CHECK(ticks.days.last() == range.to); // today is the last tick
    CHECK((ticks.stepDays > 0) != (ticks.stepMonths > 0));
    for (int i = 0; i < ticks.days.size(); ++i) {
        CHECK(range.contains(ticks.days[i])); // nothing before the range, nothing after today
        if (i > 0 && ticks.stepDays > 0) {
            CHECK(ticks.days[i - 1].daysTo(ticks.days[i]) == ticks.stepDays); // evenly spaced, no day skipped oddly
        }
        if (i > 0 && ticks.stepMonths > 0) {
            CHECK(ticks.days[i - 1] < ticks.days[i]);
            CHECK(range.to.addMonths(-ticks.stepMonths * (ticks.days.size() - 1 - i)) == ticks.days[i]);
        }
    }
}

} // namespace

TEST_CASE("Ticks for 7, 30 and 90 days ending today, at every room for labels", "[insights][ticks]")
{
    const QList<QDate> todays{QDate(2026, 12, 2), QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2028, 2, 29),
        QDate(2026, 3, 1), QDate(2026, 3, 31), QDate(2026, 4, 30), QDate(2026, 12, 31), QDate(2027, 1, 1),
        // the changes of clocks in Europe (29 March, 25 October 2026) and North America (8 March, 1 November)
        QDate(2026, 3, 29), QDate(2026, 3, 30), QDate(2026, 10, 25), QDate(2026, 10, 26), QDate(2026, 3, 8),
        QDate(2026, 11, 1)};
    for (const QDate& today : todays) {
        for (int days : {7, 30, 90, 365, 1000, 3650}) {
            for (int room : {2, 3, 4, 5, 6, 7, 8, 12}) {
                checkTicks(lastDays(today, days), room);
            }
        }
    }
}

TEST_CASE(
    "The 7-day chart labels each of its days when there is room, and never the day after today", "[insights][ticks]")
{
    // The chart of issue 12 labelled 28, 29, 30 Nov, 2, 3, 5 Dec with today 2 December.
    const ChartTicks ticks = chartTicks(lastDays(QDate(2026, 12, 2), 7), 7);
    CHECK(ticks.stepDays == 1);
    CHECK(ticks.days
        == QList<QDate>{QDate(2026, 11, 26), QDate(2026, 11, 27), QDate(2026, 11, 28), QDate(2026, 11, 29),
            QDate(2026, 11, 30), QDate(2026, 12, 1), QDate(2026, 12, 2)});
    // Less room: every other day, counted back from today.
    CHECK(chartTicks(lastDays(QDate(2026, 12, 2), 7), 4).days
        == QList<QDate>{QDate(2026, 11, 26), QDate(2026, 11, 28), QDate(2026, 11, 30), QDate(2026, 12, 2)});
    // 30 days in 6 labels: a week apart, ending on today.
    const ChartTicks month = chartTicks(lastDays(QDate(2026, 3, 1), 30), 6);
    CHECK(month.stepDays == 7);
    CHECK(month.days
        == QList<QDate>{
            QDate(2026, 2, 1), QDate(2026, 2, 8), QDate(2026, 2, 15), QDate(2026, 2, 22), QDate(2026, 3, 1)});
}

TEST_CASE("Long ranges step back by whole months from today, keeping to the end of short months", "[insights][ticks]")
{
    const ChartTicks year = chartTicks(lastDays(QDate(2026, 3, 31), 365), 7);
    CHECK(year.stepMonths == 2);
    CHECK(year.days
        == QList<QDate>{QDate(2025, 5, 31), QDate(2025, 7, 31), QDate(2025, 9, 30), QDate(2025, 11, 30),
            QDate(2026, 1, 31), QDate(2026, 3, 31)});
    const ChartTicks tenYears = chartTicks(lastDays(QDate(2026, 3, 10), 3650), 6);
    CHECK(tenYears.stepMonths == 24);
    CHECK(tenYears.days.last() == QDate(2026, 3, 10));
    CHECK(tenYears.days.first() == QDate(2018, 3, 10)); // 10 March 2016 is before the range (13 March)
    CHECK(chartTicks(DayRange{}, 6).days.isEmpty());
}

TEST_CASE("A day's place on the time axis is its noon, also on days the clocks change", "[insights][ticks]")
{
    const QTimeZone berlin("Europe/Berlin");
    REQUIRE(berlin.isValid());
    // 29 March 2026 is 23 hours long in Berlin, 25 October 25 hours.
    for (const QDate& day : {QDate(2026, 3, 29), QDate(2026, 10, 25), QDate(2026, 6, 1)}) {
        const qint64 noon = dayPosition(day, berlin);
        CHECK(QDateTime::fromMSecsSinceEpoch(noon, berlin).time() == QTime(12, 0));
        CHECK(noon > dayStart(day, berlin));
        CHECK(noon < dayStart(day.addDays(1), berlin));
    }
    CHECK(dayPosition(QDate(2026, 3, 30), berlin) - dayPosition(QDate(2026, 3, 29), berlin) == 24 * 3600 * 1000LL);
    CHECK(dayPosition(QDate(2026, 3, 29), berlin) - dayPosition(QDate(2026, 3, 28), berlin) == 23 * 3600 * 1000LL);
    CHECK(dayStart(QDate(2026, 10, 26), berlin) - dayStart(QDate(2026, 10, 25), berlin) == 25 * 3600 * 1000LL);
    // Ticks of a week across the change, placed by dayPosition, stay in their days, in order.
    const ChartTicks ticks = chartTicks(DayRange{QDate(2026, 3, 26), QDate(2026, 4, 1)}, 7);
    for (int i = 1; i < ticks.days.size(); ++i) {
        CHECK(dayPosition(ticks.days[i], berlin) > dayPosition(ticks.days[i - 1], berlin));
        CHECK(QDateTime::fromMSecsSinceEpoch(dayPosition(ticks.days[i], berlin), berlin).date() == ticks.days[i]);
    }
}
