// app/today: the routine checklist, the daily prompt, and the settings models.
#include "app/today/DailyPrompt.h"
#include "app/today/MetricSettingsModel.h"
#include "app/today/RoutineChecklistModel.h"
#include "app/today/RoutineSettingsModel.h"

#include "TodaySession.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace tideline;
using namespace tideline::app;

TEST_CASE("RoutineChecklistModel: tick and untick per day, kept through a lock", "[today]")
{
    test::TodaySession ts;
    RoutineChecklistModel model(ts.vault());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 12);
    CHECK(model.doneCount() == 0);
    CHECK_FALSE(model.nudge().isEmpty());

    REQUIRE(model.setDone(0, true));
    REQUIRE(model.setDone(3, true));
    REQUIRE(model.setDone(3, false));
    CHECK(model.doneCount() == 1);

    model.setDay(QStringLiteral("2026-03-09"));
    CHECK(model.doneCount() == 0);
    REQUIRE(model.setDone(1, true));
    model.setDay(QString());
    CHECK(model.doneCount() == 1);
    CHECK(model.data(model.index(0, 0), RoutineChecklistModel::DoneRole).toBool());

    ts.session->lock();
    CHECK(model.rowCount() == 0);
    ts.unlock();
    CHECK(model.doneCount() == 1);
}

TEST_CASE("DailyPrompt: a prompt, another one, not today, and kinds turned off", "[today]")
{
    test::TodaySession ts;
    DailyPrompt prompt(ts.vault());
    QSignalSpy changed(&prompt, &DailyPrompt::promptChanged);
    prompt.load();
    REQUIRE(prompt.hasPrompt());
    CHECK_FALSE(prompt.text().isEmpty());
    CHECK_FALSE(prompt.kindLabel().isEmpty());
    const QString first = prompt.key();
    prompt.another();
    CHECK(prompt.key() != first);

    prompt.hideThisKind();
    const QString hidden = [&] {
        for (const QVariant& kind : prompt.kinds()) {
            if (!kind.toMap().value(QStringLiteral("shown")).toBool()) {
                return kind.toMap().value(QStringLiteral("key")).toString();
            }
        }
        return QString();
    }();
    CHECK_FALSE(hidden.isEmpty());
    CHECK(prompt.kind() != hidden);
    CHECK(prompt.kinds().size() == 8);

    prompt.notToday();
    CHECK_FALSE(prompt.hasPrompt());
    CHECK(prompt.restingToday());
    DailyPrompt later(ts.vault()); // as on the next visit to Today
    later.load();
    CHECK(later.restingToday());
    later.setKindShown(hidden, true);
    CHECK(later.kinds().size() == 8);

    ts.session->lock();
    CHECK_FALSE(prompt.hasPrompt());
    CHECK(changed.count() >= 4);
}

TEST_CASE("MetricSettingsModel and RoutineSettingsModel: own items, order, on and off Today", "[today]")
{
    test::TodaySession ts;
    MetricSettingsModel metrics(ts.vault());
    QAbstractItemModelTester metricTester(&metrics, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(metrics.rowCount() == 11);
    QSignalSpy changed(&metrics, &MetricSettingsModel::changed);

    REQUIRE(metrics.add(QStringLiteral("Appetite"), QStringLiteral("scale"), 0, 0));
    CHECK(metrics.rowCount() == 12);
    CHECK_FALSE(metrics.add(QStringLiteral(""), QStringLiteral("scale"), 0, 0));
    CHECK(metrics.lastError().contains(QStringLiteral("needs a name")));
    CHECK_FALSE(metrics.add(QStringLiteral("Naps"), QStringLiteral("hours"), 0, 48));
    CHECK_FALSE(metrics.add(QStringLiteral("Odd"), QStringLiteral("colour"), 0, 0));
    const int appetite = metrics.rowCount() - 1;
    CHECK(metrics.data(metrics.index(appetite, 0), MetricSettingsModel::LabelRole).toString()
        == QStringLiteral("Appetite"));
    REQUIRE(metrics.rename(appetite, QStringLiteral("Appetite today")));
    REQUIRE(metrics.reshape(appetite, QStringLiteral("count"), 0, 10));
    CHECK(
        metrics.data(metrics.index(appetite, 0), MetricSettingsModel::KindRole).toString() == QStringLiteral("count"));
    REQUIRE(metrics.setArchived(appetite, true));
    CHECK(metrics.data(metrics.index(metrics.rowCount() - 1, 0), MetricSettingsModel::ArchivedRole).toBool());
    CHECK_FALSE(metrics.setArchived(0, true)); // a built-in is hidden, not put away
    REQUIRE(metrics.setOnToday(0, false));
    CHECK_FALSE(metrics.data(metrics.index(0, 0), MetricSettingsModel::OnTodayRole).toBool());
    REQUIRE(metrics.move(1, -1));
    CHECK(metrics.data(metrics.index(0, 0), MetricSettingsModel::KeyRole).toString() == QStringLiteral("sleep_hours"));
    CHECK(changed.count() >= 5);

    RoutineSettingsModel routines(ts.vault());
    QAbstractItemModelTester routineTester(&routines, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(routines.rowCount() == 12);
    REQUIRE(routines.add(QStringLiteral("Feed the cat 🐈")));
    CHECK(routines.rowCount() == 13);
    CHECK_FALSE(routines.add(QStringLiteral("\u200B")));
    REQUIRE(routines.setOnToday(0, false));
    REQUIRE(routines.rename(12, QStringLiteral("Feed the cats")));
    REQUIRE(routines.setArchived(12, true));
    RoutineChecklistModel checklist(ts.vault());
    CHECK(checklist.rowCount() == 11); // water hidden, the cat put away
}
