// app/trends: the Trends page's four models (chart, calendar, routines, relationships) on an
// empty vault and on a vault with gaps.
#include "app/trends/AdherenceModel.h"
#include "app/trends/RelationshipModel.h"
#include "app/trends/TrendCalendarModel.h"
#include "app/trends/TrendChartModel.h"

#include "TodaySession.h"

#include "core/insights/ChartTicks.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QPointF>

using namespace tideline;
using namespace tideline::app;

namespace {

QStringList keys(const QVariantList& metrics)
{
    QStringList result;
    for (const QVariant& m : metrics) {
        result.append(m.toMap().value(QStringLiteral("key")).toString());
    }
    return result;
}

QVariant role(const QAbstractItemModel& model, int row, const QByteArray& name)
{
    return model.data(model.index(row, 0), model.roleNames().key(name));
}

} // namespace

TEST_CASE("Trends on an empty vault: nothing drawn, nothing made up", "[trends]")
{
    test::TodaySession ts; // today is 2026-03-10
    TrendChartModel chart(ts.vault());
    CHECK(chart.metricKey() == QStringLiteral("mood"));
    CHECK_FALSE(keys(chart.metrics()).contains(QStringLiteral("self_harm_thoughts")));
    CHECK_FALSE(chart.hasData());
    CHECK(chart.totalDays() == 30);
    CHECK(chart.valueRuns().isEmpty());
    CHECK(chart.rollingRuns().isEmpty());
    CHECK(chart.chartSummary().contains(QStringLiteral("nothing recorded yet")));

    TrendCalendarModel calendar(ts.vault());
    QAbstractItemModelTester calendarTester(&calendar, QAbstractItemModelTester::FailureReportingMode::Fatal);
    calendar.setMetricKey(chart.metricKey());
    REQUIRE(calendar.rowCount() == 69); // 1 January to 10 March
    for (int row = 0; row < calendar.rowCount(); ++row) {
        CHECK(role(calendar, row, "level").toInt() == -1);
    }
    CHECK(role(calendar, 68, "description").toString() == QStringLiteral("Tuesday 10 March 2026: nothing recorded"));

    RelationshipModel relationships(ts.vault());
    relationships.setMetricKey(chart.metricKey());
    CHECK(relationships.rowCount() == 0);

    AdherenceModel adherence(ts.vault());
    QAbstractItemModelTester adherenceTester(&adherence, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(adherence.rowCount() == 12);
    CHECK(role(adherence, 0, "sentence").toString() == QStringLiteral("Drink some water: done on 0 of 30 days"));
    chart.setRangeDays(0);
    CHECK(chart.totalDays() == 30); // "all" of nothing: the last 30 days
}

TEST_CASE("Trends with gaps: one run per stretch of days, figures in the summary", "[trends]")
{
    test::TodaySession ts;
    for (int d : {1, 2, 3, 4, 5}) {
        ts.record(QStringLiteral("mood"), QDate(2026, 3, d), d);
    }
    ts.record(QStringLiteral("mood"), QDate(2026, 3, 8), 8);
    ts.record(QStringLiteral("mood"), QDate(2026, 3, 9), 9);
    TrendChartModel model(ts.vault());
    REQUIRE(model.hasData());
    CHECK(model.recordedDays() == 7);
    const QVariantList runs = model.valueRuns();
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].toList().size() == 5);
    CHECK(runs[1].toList().size() == 2);
    CHECK(runs[1].toList()[1].toPointF().y() == 9);
    CHECK(runs[1].toList()[1].toPointF().x() == insights::dayPosition(QDate(2026, 3, 9)));
    CHECK(model.chartSummary()
        == QStringLiteral("Mood over the last 30 days: recorded on 7 of 30 days. Average 4.6, lowest 1, highest 9. "
                          "The 7-day average went from 2 to 6.5."));
    CHECK(model.rollingLabel() == QStringLiteral("7-day average"));
    CHECK(model.pointsLabel() == QStringLiteral("each day"));
    // The rolling mean starts on the 3rd (three values) and, the gap skipped, runs on to the 10th.
    const QVariantList rolling = model.rollingRuns();
    REQUIRE(rolling.size() == 1);
    CHECK(rolling[0].toList().size() == 8);
    // A click between the 8th and the 9th, nearer the 9th, reads the 9th.
    const double nearNinth = insights::dayPosition(QDate(2026, 3, 9)) - 3600 * 1000.0;
    CHECK(model.describeNearest(nearNinth) == QStringLiteral("Monday 9 March 2026: 9"));

    model.setRangeDays(7); // 4 to 10 March
    CHECK(model.totalDays() == 7);
    CHECK(model.recordedDays() == 4);
    CHECK(model.valueRuns().size() == 2);

    model.setRangeDays(365);
    CHECK(model.bucket() == QStringLiteral("week"));
    CHECK(model.recordedDays() == 7);
    CHECK(model.rollingLabel() == QStringLiteral("4-week average"));
    CHECK(model.describeNearest(nearNinth).startsWith(QStringLiteral("The week around ")));

    TrendCalendarModel calendar(ts.vault());
    calendar.setMetricKey(QStringLiteral("mood"));
    CHECK(role(calendar, 59, "day").toString() == QStringLiteral("2026-03-01"));
    CHECK(role(calendar, 59, "value").toDouble() == 1);
    CHECK(role(calendar, 59, "description").toString() == QStringLiteral("Sunday 1 March 2026: 1"));
    CHECK(role(calendar, 59, "row").toInt() == 6); // a Sunday, at the bottom of its week
    CHECK(calendar.summary().contains(QStringLiteral("recorded on 7 of 69 days")));
    REQUIRE(calendar.months().size() == 3); // January, February, March so far
    CHECK(calendar.months()[2].toMap().value(QStringLiteral("column")).toInt() == 8);
    CHECK(calendar.firstYear() == 2026);
    calendar.setYear(2025); // before anything was recorded: refused, nothing changes
    CHECK(calendar.year() == 2026);

    ts.session->lock();
    CHECK(model.metrics().isEmpty());
    CHECK(model.valueRuns().isEmpty());
    CHECK(model.ticks().isEmpty());
    CHECK(calendar.rowCount() == 0);
    CHECK(model.chartSummary().isEmpty());
}

TEST_CASE("The chart's date ticks sit on days, today last, never after today", "[trends]")
{
    test::TodaySession ts; // Tuesday 10 March 2026
    ts.record(QStringLiteral("mood"), QDate(2026, 3, 9), 5);
    TrendChartModel model(ts.vault());
    const double todayNoon = insights::dayPosition(QDate(2026, 3, 10));
    for (int range : {7, 30, 90, 365, 0}) {
        model.setRangeDays(range);
        for (int room : {3, 4, 6, 8}) {
            model.setTickRoom(room);
            const QVariantList ticks = model.ticks();
            INFO("range " << range << ", room for " << room);
            REQUIRE(ticks.size() >= 2);
            CHECK(ticks.size() <= room);
            CHECK(ticks.last().toMap().value(QStringLiteral("x")).toDouble() == todayNoon);
            for (const QVariant& tick : ticks) {
                const double x = tick.toMap().value(QStringLiteral("x")).toDouble();
                CHECK(x >= model.axisFrom());
                CHECK(x <= todayNoon);
                CHECK(x < model.axisTo());
            }
        }
    }
    model.setRangeDays(7);
    model.setTickRoom(7);
    QStringList labels;
    for (const QVariant& tick : model.ticks()) {
        labels.append(tick.toMap().value(QStringLiteral("label")).toString());
    }
    CHECK(labels
        == QStringList{QStringLiteral("4 Mar"), QStringLiteral("5 Mar"), QStringLiteral("6 Mar"),
            QStringLiteral("7 Mar"), QStringLiteral("8 Mar"), QStringLiteral("9 Mar"), QStringLiteral("10 Mar")});
    model.setRangeDays(365);
    CHECK(model.ticks().last().toMap().value(QStringLiteral("label")).toString() == QStringLiteral("10 Mar 2026"));
    CHECK(model.tickLabelSample().size()
        >= model.ticks().last().toMap().value(QStringLiteral("label")).toString().size());
}

TEST_CASE("Relationships are said in words (how strongly, which way, on how many days) and keep the number", "[trends]")
{
    test::TodaySession ts;
    for (int i = 0; i < 20; ++i) {
        const QDate day = QDate(2026, 3, 10).addDays(-i);
        ts.record(QStringLiteral("mood"), day, i % 10);
        ts.record(QStringLiteral("energy"), day, i % 10);
        ts.record(QStringLiteral("feeling_safe"), day, 10 - (i % 10));
        if (i < 5) {
            ts.record(QStringLiteral("anxiety"), day, 10 - i);
        }
    }
    RelationshipModel model(ts.vault());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMetricKey(QStringLiteral("mood"));
    REQUIRE(model.rowCount() > 0);
    CHECK(role(model, 0, "enough").toBool());
    CHECK(role(model, 0, "days").toInt() == 20);
    bool sawTogether = false;
    bool sawOpposite = false;
    bool sawTooFew = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString pair = role(model, row, "pair").toString();
        if (pair == QStringLiteral("Mood and Energy, on the same day")) {
            sawTogether = true;
            CHECK(role(model, row, "meaning").toString()
                == QStringLiteral("A strong link: on days when Mood was higher, Energy was usually higher too."));
            CHECK(role(model, row, "basis").toString() == QStringLiteral("Seen on 20 days with both recorded."));
            CHECK(role(model, row, "figures").toString() == QStringLiteral("Spearman's ρ = 1.00 over 20 days"));
            CHECK(role(model, row, "rho").toDouble() == Approx(1.0));
            CHECK(role(model, row, "sentence").toString()
                == QStringLiteral("Mood and Energy, on the same day: A strong link: on days when Mood was higher, "
                                  "Energy was usually higher too. Seen on 20 days with both recorded. "
                                  "(Spearman's ρ = 1.00 over 20 days)"));
        }
        if (pair == QStringLiteral("Mood and Feeling safe, on the same day")) {
            sawOpposite = true;
            CHECK(role(model, row, "meaning").toString()
                == QStringLiteral("A strong link, in opposite directions: on days when Mood was higher, Feeling safe "
                                  "was usually lower."));
        }
        if (pair == QStringLiteral("Mood and Anxiety, on the same day")) {
            sawTooFew = true;
            CHECK_FALSE(role(model, row, "enough").toBool());
            CHECK(role(model, row, "meaning").toString().isEmpty());
            CHECK(role(model, row, "figures").toString().isEmpty());
            CHECK(role(model, row, "basis").toString()
                == QStringLiteral("Not enough days yet: 5 of the 14 days with both recorded that are needed."));
        }
    }
    CHECK(sawTogether);
    CHECK(sawOpposite);
    CHECK(sawTooFew);
    CHECK(model.caution().contains(QStringLiteral("does not mean one causes the other")));

    model.setRangeDays(7); // 7 days: too few for any of them
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK_FALSE(role(model, row, "enough").toBool());
    }
    ts.session->lock();
    CHECK(model.rowCount() == 0);
}
