// core/insights: reading series, recorded days and routine days from a real vault.
#include "core/insights/SeriesRepository.h"
#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"
#include "core/routines/RoutineRepository.h"

#include "TestVault.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::insights;
using namespace tideline::test;

TEST_CASE("SeriesRepository on an empty vault: no span, no values", "[insights]")
{
    TestVault tv;
    SeriesRepository series(tv.vault->database());
    auto span = series.recordedSpan();
    REQUIRE(span.ok());
    CHECK_FALSE(span.value().has_value());
    auto values = series.values(1, DayRange{QDate(2026, 1, 1), QDate(2026, 12, 31)});
    REQUIRE(values.ok());
    CHECK(values.value().isEmpty());
    CHECK(series.values(1, DayRange{}).value().isEmpty());
}

TEST_CASE("SeriesRepository reads a metric's values in a range, oldest first, gaps left out", "[insights]")
{
    TestVault tv;
    tv.clock.set(QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC));
    Database& db = tv.vault->database();
    MetricRepository metrics(db);
    const Metric mood = metrics.byKey(QStringLiteral("mood")).value();
    const Metric sleep = metrics.byKey(QStringLiteral("sleep_hours")).value();
    CheckinRepository checkins(db);
    REQUIRE(checkins.setValue(QDate(2026, 3, 5), mood, 6, tv.clock).ok());
    REQUIRE(checkins.setValue(QDate(2026, 3, 1), mood, 0, tv.clock).ok());
    REQUIRE(checkins.setValue(QDate(2026, 2, 20), mood, 9, tv.clock).ok());
    REQUIRE(checkins.setValue(QDate(2026, 3, 7), sleep, 7.5, tv.clock).ok());

    SeriesRepository series(db);
    auto march = series.values(mood.id, DayRange{QDate(2026, 3, 1), QDate(2026, 3, 31)});
    REQUIRE(march.ok());
    CHECK(march.value() == DaySeries{{QDate(2026, 3, 1), 0}, {QDate(2026, 3, 5), 6}});
    auto span = series.recordedSpan().value();
    REQUIRE(span.has_value());
    CHECK(span->from == QDate(2026, 2, 20));
    CHECK(span->to == QDate(2026, 3, 7));
    CHECK(series.recordedDays(DayRange{QDate(2026, 3, 1), QDate(2026, 3, 31)}).value()
        == QList<QDate>{QDate(2026, 3, 1), QDate(2026, 3, 5), QDate(2026, 3, 7)});

    RoutineRepository routines(db);
    const qint64 walk = routines.all().value().at(2).id;
    REQUIRE(routines.setDone(walk, QDate(2026, 3, 2), true, tv.clock).ok());
    REQUIRE(routines.setDone(walk, QDate(2026, 1, 2), true, tv.clock).ok());
    CHECK(series.routineDays(walk, DayRange{QDate(2026, 3, 1), QDate(2026, 3, 31)}).value()
        == QList<QDate>{QDate(2026, 3, 2)});
}

TEST_CASE("The self-harm metric never appears in trends unless the person turned it on", "[insights]")
{
    TestVault tv;
    MetricRepository metrics(tv.vault->database());
    SeriesRepository series(tv.vault->database());
    const auto keys = [&] {
        QStringList k;
        const QList<Metric> shown = series.trendMetrics().value();
        for (const Metric& m : shown) {
            k.append(m.key);
        }
        return k;
    };
    CHECK_FALSE(keys().contains(QStringLiteral("self_harm_thoughts")));
    CHECK(keys().contains(QStringLiteral("mood")));
    const Metric selfHarm = metrics.byKey(QStringLiteral("self_harm_thoughts")).value();
    REQUIRE(metrics.setEnabled(selfHarm.id, true).ok());
    CHECK(keys().contains(QStringLiteral("self_harm_thoughts")));
}
