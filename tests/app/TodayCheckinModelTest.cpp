// app/today/CheckinModel: the Today check-in as QML sees it.
#include "app/today/CheckinModel.h"
#include "app/today/MetricSettingsModel.h"
#include "app/today/MomentsModel.h"

#include "TodaySession.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace tideline;
using namespace tideline::app;
using Role = CheckinModel::Role;

namespace {

int rowOf(const QAbstractItemModel& model, const QString& key, int keyRole)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, 0), keyRole).toString() == key) {
            return row;
        }
    }
    return -1;
}

QVariant at(const CheckinModel& model, const char* key, Role role)
{
    return model.data(model.index(rowOf(model, QString::fromLatin1(key), CheckinModel::KeyRole), 0), role);
}

} // namespace

TEST_CASE("CheckinModel: every measure starts not recorded, values save, refuse and clear", "[today]")
{
    test::TodaySession ts;
    CheckinModel model(ts.vault());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 10);
    CHECK(model.isToday());
    CHECK(model.day() == QStringLiteral("2026-03-10"));
    CHECK(model.dayLabel() == QStringLiteral("Today"));
    CHECK(model.recordedCount() == 0);
    CHECK_FALSE(at(model, "mood", Role::RecordedRole).toBool());
    CHECK(at(model, "mood", Role::ValueTextRole).toString() == QStringLiteral("—, not recorded"));
    CHECK(at(model, "sleep_hours", Role::StepRole).toDouble() == 0.5);

    QSignalSpy saved(&model, &CheckinModel::saved);
    const int mood = rowOf(model, QStringLiteral("mood"), CheckinModel::KeyRole);
    const int nightmares = rowOf(model, QStringLiteral("nightmares"), CheckinModel::KeyRole);
    REQUIRE(model.setValue(mood, 6));
    REQUIRE(model.setValue(nightmares, 0));
    CHECK(saved.count() == 2);
    CHECK(model.recordedCount() == 2);
    CHECK(at(model, "nightmares", Role::ValueTextRole).toString() == QStringLiteral("0")); // zero is a value

    CHECK_FALSE(model.setValue(mood, 12));
    CHECK(model.lastError().contains(QStringLiteral("from 0 to 10")));
    CHECK(at(model, "mood", Role::ValueRole).toDouble() == 6); // unchanged
    CHECK(model.setValue(mood, 7));
    CHECK(model.lastError().isEmpty());

    REQUIRE(model.clearValue(mood));
    CHECK_FALSE(at(model, "mood", Role::RecordedRole).toBool());
    CHECK(model.recordedCount() == 1);
}

TEST_CASE("CheckinModel: past days, yesterday for reference, no future days", "[today]")
{
    test::TodaySession ts;
    CheckinModel model(ts.vault());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int mood = rowOf(model, QStringLiteral("mood"), CheckinModel::KeyRole);

    model.previousDay();
    CHECK(model.dayLabel() == QStringLiteral("Yesterday"));
    CHECK_FALSE(model.isToday());
    REQUIRE(model.setValue(mood, 3));
    model.nextDay();
    CHECK(model.isToday());
    CHECK_FALSE(at(model, "mood", Role::RecordedRole).toBool());
    CHECK(at(model, "mood", Role::PreviousTextRole).toString() == QStringLiteral("3/10"));

    model.setDay(QStringLiteral("2025-12-25"));
    CHECK(model.day() == QStringLiteral("2025-12-25"));
    CHECK(model.dayLabel().contains(QStringLiteral("2025")));
    REQUIRE(model.setValue(mood, 9));

    model.setDay(QStringLiteral("2026-03-11")); // tomorrow
    CHECK(model.isToday());
    CHECK(model.lastError().contains(QStringLiteral("hasn't come yet")));
    model.nextDay(); // already today: stays
    CHECK(model.isToday());

    model.setDay(QStringLiteral("2025-12-25"));
    CHECK(at(model, "mood", Role::ValueRole).toDouble() == 9);
}

TEST_CASE("CheckinModel: a page left open past midnight moves on to the new day", "[today]")
{
    test::TodaySession ts;
    CheckinModel model(ts.vault());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int mood = rowOf(model, QStringLiteral("mood"), CheckinModel::KeyRole);
    REQUIRE(model.setValue(mood, 4));
    QSignalSpy dayChanged(&model, &CheckinModel::dayChanged);

    model.checkDateChange(); // same date: nothing moves
    CHECK(dayChanged.isEmpty());

    ts.clock.advanceSeconds(24 * 3600);
    model.checkDateChange();
    CHECK(dayChanged.count() == 1);
    CHECK(model.day() == QStringLiteral("2026-03-11"));
    CHECK(model.isToday());
    CHECK_FALSE(at(model, "mood", Role::RecordedRole).toBool()); // the new day's rows, not the old
    CHECK(at(model, "mood", Role::PreviousTextRole).toString() == QStringLiteral("4/10"));

    // A past day stays where it is; only its label follows the date.
    model.setDay(QStringLiteral("2026-03-10"));
    CHECK(model.dayLabel() == QStringLiteral("Yesterday"));
    ts.clock.advanceSeconds(24 * 3600);
    model.checkDateChange();
    CHECK(model.day() == QStringLiteral("2026-03-10"));
    CHECK(model.dayLabel() != QStringLiteral("Yesterday"));
}

TEST_CASE("CheckinModel: values survive lock and unlock, a lock drops every row", "[today]")
{
    test::TodaySession ts;
    CheckinModel model(ts.vault());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.setValue(rowOf(model, QStringLiteral("sleep_hours"), CheckinModel::KeyRole), 7.5));

    ts.session->lock();
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.setValue(0, 5));
    CHECK(model.lastError().contains(QStringLiteral("locked")));
    ts.unlock();
    REQUIRE(model.rowCount() == 10);
    CHECK(at(model, "sleep_hours", Role::ValueTextRole).toString() == QStringLiteral("7.5 h"));
}

TEST_CASE("CheckinModel: the sensitive measure shows support only when on and above zero", "[today]")
{
    test::TodaySession ts;
    CheckinModel model(ts.vault());
    CHECK(rowOf(model, QStringLiteral("self_harm_thoughts"), CheckinModel::KeyRole) == -1);

    MetricSettingsModel settings(ts.vault());
    const int sensitiveRow = rowOf(settings, QStringLiteral("self_harm_thoughts"), MetricSettingsModel::KeyRole);
    REQUIRE(settings.setOnToday(sensitiveRow, true));
    model.reload();
    const int row = rowOf(model, QStringLiteral("self_harm_thoughts"), CheckinModel::KeyRole);
    REQUIRE(row >= 0);
    CHECK_FALSE(model.showSupport());
    REQUIRE(model.setValue(row, 0));
    CHECK_FALSE(model.showSupport());
    REQUIRE(model.setValue(row, 2));
    CHECK(model.showSupport());
    REQUIRE(model.clearValue(row));
    CHECK_FALSE(model.showSupport());
}

TEST_CASE("MomentsModel: a flashback counts into the day, bad input saves nothing", "[today]")
{
    test::TodaySession ts;
    CheckinModel checkin(ts.vault());
    MomentsModel moments(ts.vault());
    QAbstractItemModelTester tester(&moments, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QObject::connect(&moments, &MomentsModel::momentsChanged, &checkin, &CheckinModel::refreshValues);

    REQUIRE(moments.add(QStringLiteral("flashback"), QString(), -1, {}, {}, {}, {}));
    CHECK(moments.rowCount() == 1);
    CHECK(at(checkin, "flashbacks", Role::ValueTextRole).toString() == QStringLiteral("1"));
    CHECK(at(checkin, "flashbacks", Role::MomentFloorRole).toInt() == 1);
    CHECK(moments.data(moments.index(0, 0), MomentsModel::IntensityRole).toInt() == -1);
    CHECK(moments.data(moments.index(0, 0), MomentsModel::KindLabelRole).toString() == QStringLiteral("Flashback"));
    const QVariantList kinds = MomentsModel::kinds(); // what the form offers, from core
    REQUIRE(kinds.size() == 5);
    CHECK(kinds.first().toMap().value(QStringLiteral("key")).toString() == QStringLiteral("flashback"));
    CHECK(kinds.last().toMap().value(QStringLiteral("label")).toString() == QStringLiteral("Something else"));

    REQUIRE(moments.add(QStringLiteral("panic"), QStringLiteral("9:30"), 8, QStringLiteral("a loud door 🚪"),
        QStringLiteral("بيت"), {}, QStringLiteral("cold water")));
    CHECK(moments.rowCount() == 2);
    CHECK(moments.data(moments.index(1, 0), MomentsModel::TimeRole).toString() == QStringLiteral("09:30"));

    CHECK_FALSE(moments.add(QStringLiteral("bad"), QString(), -1, {}, {}, {}, {}));
    CHECK(moments.lastError().contains(QStringLiteral("what kind")));
    CHECK_FALSE(moments.add(QStringLiteral("trigger"), QStringLiteral("25:99"), -1, {}, {}, {}, {}));
    CHECK(moments.lastError().contains(QStringLiteral("14:05")));
    CHECK_FALSE(moments.add(QStringLiteral("trigger"), QString(), 11, {}, {}, {}, {}));
    CHECK(moments.rowCount() == 2);
    REQUIRE(moments.add(QStringLiteral("other"), QStringLiteral(" : "), -1, {}, {}, {}, {})); // emptied field: now
    REQUIRE(moments.remove(0));
    CHECK(moments.rowCount() == 2);

    // Below the moments logged, the check-in refuses; the stepper starts there.
    const int flashbacks = rowOf(checkin, QStringLiteral("flashbacks"), CheckinModel::KeyRole);
    CHECK_FALSE(checkin.setValue(flashbacks, 0));
    CHECK(checkin.lastError().contains(QStringLiteral("remove a moment")));

    REQUIRE(moments.remove(0));
    CHECK(moments.rowCount() == 1);
    CHECK(at(checkin, "flashbacks", Role::ValueTextRole).toString() == QStringLiteral("1"));
}
