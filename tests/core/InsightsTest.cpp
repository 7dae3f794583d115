// core/insights: the pure functions behind the Trends and Review pages, against known answers
// worked out by hand, including empty, single-point and gappy input.
#include "core/insights/Insights.h"

#include <catch2/catch.hpp>

using namespace tideline::insights;
using Catch::Detail::Approx;

namespace {

QDate d(int month, int day)
{
    return QDate(2026, month, day);
}

// Monday 2 March 2026 to Sunday 15 March 2026: two whole ISO weeks.
const DayRange kTwoWeeks{d(3, 2), d(3, 15)};

} // namespace

TEST_CASE("dailySlots: one slot per day, nullopt where nothing was recorded", "[insights]")
{
    CHECK(dailySlots({}, kTwoWeeks).size() == 14);
    CHECK(dailySlots({}, DayRange{}).isEmpty());
    const DailySlots cells = dailySlots({{d(3, 1), 9}, {d(3, 2), 4}, {d(3, 5), 0}, {d(3, 16), 9}}, kTwoWeeks);
    REQUIRE(cells.size() == 14);
    CHECK(cells[0] == 4.0);
    CHECK_FALSE(cells[1].has_value());
    CHECK(cells[3] == 0.0); // a recorded zero is a value
    for (int i : {1, 2, 4, 13}) {
        CHECK_FALSE(cells[i].has_value());
    }
}

TEST_CASE("buckets: weekly and monthly mean, min, max and count, empty buckets stay empty", "[insights]")
{
    SECTION("empty input gives empty buckets, never zeros")
    {
        const auto weeks = buckets({}, kTwoWeeks, Bucket::Week);
        REQUIRE(weeks.size() == 2);
        CHECK_FALSE(weeks[0].hasData());
        CHECK_FALSE(weeks[1].hasData());
    }
    SECTION("a single point")
    {
        const auto weeks = buckets({{d(3, 11), 6.5}}, kTwoWeeks, Bucket::Week);
        REQUIRE(weeks.size() == 2);
        CHECK(weeks[0].count == 0);
        CHECK(weeks[1].count == 1);
        CHECK(weeks[1].mean == 6.5);
        CHECK(weeks[1].min == 6.5);
        CHECK(weeks[1].max == 6.5);
    }
    SECTION("gappy weeks")
    {
        const auto weeks = buckets({{d(3, 2), 2}, {d(3, 4), 4}, {d(3, 8), 9}}, kTwoWeeks, Bucket::Week);
        REQUIRE(weeks.size() == 2);
        CHECK(weeks[0].start == d(3, 2));
        CHECK(weeks[0].end == d(3, 8));
        CHECK(weeks[0].count == 3);
        CHECK(weeks[0].mean == Approx(5.0));
        CHECK(weeks[0].min == 2);
        CHECK(weeks[0].max == 9);
        CHECK(weeks[1].count == 0);
    }
    SECTION("weeks are clipped to the range: Wednesday to the next Tuesday makes two partial weeks")
    {
        const auto weeks = buckets({{d(3, 4), 1}, {d(3, 10), 3}}, DayRange{d(3, 4), d(3, 10)}, Bucket::Week);
        REQUIRE(weeks.size() == 2);
        CHECK(weeks[0].start == d(3, 4));
        CHECK(weeks[0].end == d(3, 8));
        CHECK(weeks[1].start == d(3, 9));
        CHECK(weeks[1].end == d(3, 10));
        CHECK(weeks[1].mean == 3);
    }
    SECTION("months, January to March, February empty")
    {
        const auto months
            = buckets({{d(1, 1), 1}, {d(1, 31), 2}, {d(3, 31), 10}}, DayRange{d(1, 1), d(3, 31)}, Bucket::Month);
        REQUIRE(months.size() == 3);
        CHECK(months[0].mean == Approx(1.5));
        CHECK(months[0].count == 2);
        CHECK(months[1].start == d(2, 1));
        CHECK(months[1].end == d(2, 28));
        CHECK_FALSE(months[1].hasData());
        CHECK(months[2].mean == 10);
    }
    SECTION("days")
    {
        const auto days = buckets({{d(3, 3), 7}}, DayRange{d(3, 2), d(3, 4)}, Bucket::Day);
        REQUIRE(days.size() == 3);
        CHECK_FALSE(days[0].hasData());
        CHECK(days[1].mean == 7);
        CHECK_FALSE(days[2].hasData());
    }
}

TEST_CASE("rollingMean: missing days are left out of the mean, never read as 0", "[insights]")
{
    CHECK(rollingMean({}).isEmpty());
    SECTION("a single point is not a trend")
    {
        const DailySlots r = rollingMean({5.0});
        REQUIRE(r.size() == 1);
        CHECK_FALSE(r[0].has_value());
        CHECK(rollingMean({5.0}, 7, 1)[0] == 5.0);
    }
    SECTION("gappy: 2, -, 4, -, -, 6, -, -, -, 8")
    {
        const DailySlots daily
            = {2.0, std::nullopt, 4.0, std::nullopt, std::nullopt, 6.0, std::nullopt, std::nullopt, std::nullopt, 8.0};
        const DailySlots r = rollingMean(daily, 7, 3);
        REQUIRE(r.size() == 10);
        for (int i = 0; i < 5; ++i) {
            CHECK_FALSE(r[i].has_value()); // fewer than 3 values so far
        }
        CHECK(*r[5] == Approx(4.0)); // (2 + 4 + 6) / 3, not / 6
        CHECK(*r[6] == Approx(4.0)); // days 0–6
        CHECK_FALSE(r[7].has_value()); // days 1–7: only 4 and 6
        CHECK_FALSE(r[8].has_value());
        CHECK_FALSE(r[9].has_value()); // days 3–9: only 6 and 8
        CHECK(*rollingMean(daily, 7, 2)[9] == Approx(7.0)); // (6 + 8) / 2
    }
}

TEST_CASE("rollingMean: the window slides exactly", "[insights]")
{
    const DailySlots r = rollingMean({1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0}, 7, 1);
    CHECK(*r[0] == 1);
    CHECK(*r[6] == Approx(4.0)); // 1..7
    CHECK(*r[7] == Approx(5.0)); // 2..8
    CHECK(*r[8] == Approx(6.0)); // 3..9
}

TEST_CASE("runs: consecutive recorded days, so charts break the line at gaps", "[insights]")
{
    CHECK(runs({}).isEmpty());
    CHECK(runs({std::nullopt, std::nullopt}).isEmpty());
    CHECK(runs({1.0}) == QList<Run>{{0, 1}});
    CHECK(runs({1.0, 2.0, std::nullopt, 3.0, std::nullopt, std::nullopt, 4.0, 5.0})
        == QList<Run>{{0, 2}, {3, 1}, {6, 2}});
}

TEST_CASE("calendarYear: 365 or 366 cells from 1 January", "[insights]")
{
    CHECK(calendarYear({}, 2026).size() == 365);
    const DailySlots leap = calendarYear({{QDate(2028, 12, 31), 3}, {QDate(2027, 12, 31), 9}}, 2028);
    REQUIRE(leap.size() == 366);
    CHECK(leap[365] == 3.0);
    CHECK_FALSE(leap[0].has_value());
}

TEST_CASE("weeklyAdherence: done on N of M days, per week, partial weeks counted honestly", "[insights]")
{
    CHECK(weeklyAdherence({}, DayRange{}).isEmpty());
    const auto none = weeklyAdherence({}, kTwoWeeks);
    REQUIRE(none.size() == 2);
    CHECK(none[0].daysDone == 0);
    CHECK(none[0].daysInWeek == 7);

    // Thursday 5 March to Tuesday 10 March: 4 days of one week, 2 of the next.
    const auto weeks
        = weeklyAdherence({d(3, 10), d(3, 5), d(3, 5), d(3, 8), d(3, 1), d(3, 11)}, DayRange{d(3, 5), d(3, 10)});
    REQUIRE(weeks.size() == 2);
    CHECK(weeks[0].weekStart == d(3, 5));
    CHECK(weeks[0].daysInWeek == 4);
    CHECK(weeks[0].daysDone == 2); // the 5th (once) and the 8th
    CHECK(weeks[1].weekStart == d(3, 9));
    CHECK(weeks[1].daysInWeek == 2);
    CHECK(weeks[1].daysDone == 1);
    CHECK(daysDone({d(3, 10), d(3, 5), d(3, 5)}, kTwoWeeks) == 2);
}

TEST_CASE("spearman: known answers, ties, and too little data", "[insights]")
{
    CHECK_FALSE(spearman({}, {}).has_value());
    CHECK_FALSE(spearman({1}, {2}).has_value());
    CHECK_FALSE(spearman({1, 2}, {1}).has_value());
    CHECK_FALSE(spearman({3, 3, 3}, {1, 2, 3}).has_value()); // never varies
    CHECK(*spearman({1, 2, 3, 4, 5}, {2, 4, 6, 8, 100}) == Approx(1.0));
    CHECK(*spearman({1, 2, 3, 4, 5}, {5, 4, 3, 2, 1}) == Approx(-1.0));
    // Without ties: 1 - 6·Σd²/(n(n²-1)); ranks of y are 2,1,4,3,5 so Σd² = 4: 1 - 24/120 = 0.8.
    CHECK(*spearman({1, 2, 3, 4, 5}, {20, 10, 40, 30, 50}) == Approx(0.8));
    // Ties get average ranks: x ranks 1.5,1.5,3,4; y ranks 1,2,3,4; Pearson of the ranks = 0.9486833.
    CHECK(*spearman({1, 1, 2, 3}, {1, 2, 3, 4}) == Approx(0.9486833).epsilon(1e-6));
}

TEST_CASE("relate: pairs same day and next day, with n, shown only from 14 paired days", "[insights]")
{
    CHECK(relate({}, {}).sameDay.n == 0);
    CHECK_FALSE(relate({}, {}).sameDay.enoughDays());

    DaySeries sleep;
    DaySeries mood;
    const QDate start(2026, 1, 1);
    for (int i = 0; i < 20; ++i) {
        if (i % 5 == 4) {
            continue; // a gap every fifth day in sleep: those days are not paired
        }
        sleep.append({start.addDays(i), static_cast<double>(i % 7)});
    }
    for (int i = 0; i < 20; ++i) {
        mood.append({start.addDays(i), static_cast<double>((i - 1) % 7)}); // yesterday's sleep, today's mood
    }
    const Relationship r = relate(sleep, mood);
    CHECK(r.sameDay.n == 16);
    CHECK(r.nextDay.n == 16);
    REQUIRE(r.nextDay.rho.has_value());
    CHECK(*r.nextDay.rho == Approx(1.0));
    CHECK(r.nextDay.enoughDays());

    const Relationship few = relate(DaySeries(sleep.mid(0, 10)), mood);
    CHECK(few.sameDay.n == 10);
    CHECK_FALSE(few.sameDay.enoughDays());
}

TEST_CASE("compareMetric: change in mean and days recorded, small differences are about the same", "[insights]")
{
    const DayRange before{d(2, 1), d(2, 28)};
    const DayRange after{d(3, 1), d(3, 31)};
    SECTION("empty")
    {
        const MetricChange c = compareMetric({}, before, after, 0.2);
        CHECK_FALSE(c.meanBefore.has_value());
        CHECK_FALSE(c.meanAfter.has_value());
        CHECK_FALSE(c.direction.has_value());
        CHECK(c.daysAfter == 0);
    }
    SECTION("only the later period")
    {
        const MetricChange c = compareMetric({{d(3, 3), 7}}, before, after, 0.2);
        CHECK_FALSE(c.meanBefore.has_value());
        CHECK(c.meanAfter == 7.0);
        CHECK(c.daysAfter == 1);
        CHECK_FALSE(c.direction.has_value());
    }
    SECTION("higher, lower, about the same")
    {
        const DaySeries v = {{d(2, 2), 6}, {d(2, 9), 6.2}, {d(3, 1), 7}, {d(3, 20), 6.6}};
        const MetricChange c = compareMetric(v, before, after, 0.2);
        CHECK(*c.meanBefore == Approx(6.1));
        CHECK(*c.meanAfter == Approx(6.8));
        CHECK(c.daysBefore == 2);
        CHECK(c.daysAfter == 2);
        CHECK(c.direction == Direction::Higher);
        CHECK(compareMetric(v, after, before, 0.2).direction == Direction::Lower);
        CHECK(compareMetric(v, before, after, 0.75).direction == Direction::AboutTheSame);
    }
}

TEST_CASE("bestAndHardest: by the metric's direction, earliest on ties, nothing when empty", "[insights]")
{
    CHECK_FALSE(bestAndHardest({}, kTwoWeeks, true).best.has_value());
    const DaySeries v = {{d(3, 1), 10}, {d(3, 2), 3}, {d(3, 3), 8}, {d(3, 4), 3}, {d(3, 5), 8}};
    const BestAndHardest mood = bestAndHardest(v, kTwoWeeks, true);
    CHECK(mood.best->day == d(3, 3)); // the 1st is outside the range
    CHECK(mood.hardest->day == d(3, 2));
    const BestAndHardest anxiety = bestAndHardest(v, kTwoWeeks, false);
    CHECK(anxiety.best->day == d(3, 2));
    CHECK(anxiety.hardest->day == d(3, 3));
    const BestAndHardest single = bestAndHardest({{d(3, 9), 5}}, kTwoWeeks, true);
    CHECK(single.best->day == d(3, 9));
    CHECK(single.hardest->day == d(3, 9));
}

TEST_CASE("daysRecorded, previousRange and monthOf", "[insights]")
{
    CHECK(daysRecorded({}, kTwoWeeks) == 0);
    CHECK(daysRecorded({d(3, 2), d(3, 2), d(3, 15), d(3, 16)}, kTwoWeeks) == 2);
    CHECK(previousRange(kTwoWeeks).from == d(2, 16));
    CHECK(previousRange(kTwoWeeks).to == d(3, 1));
    CHECK(monthOf(d(2, 14)).from == d(2, 1));
    CHECK(monthOf(d(2, 14)).to == d(2, 28));
    CHECK(monthOf(d(2, 14)).days() == 28);
}
