// core/insights: the period review's figures and its plain, never judging sentences.
#include "LanguageScope.h"
#include "core/i18n/Counts.h"
#include "core/insights/PeriodReview.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::insights;

namespace {

Metric metric(const QString& key, const QString& label, MetricKind kind)
{
    Metric m;
    m.key = key;
    m.label = label;
    m.kind = kind;
    return m;
}

const DayRange kFebruary{QDate(2026, 2, 1), QDate(2026, 2, 28)};
const DayRange kMarch{QDate(2026, 3, 1), QDate(2026, 3, 31)};

} // namespace

TEST_CASE("reviewPeriods: nothing recorded gives an empty review", "[insights]")
{
    PeriodReviewInput input{kFebruary, kMarch, {}, {}, {}};
    input.metrics.append({metric(QStringLiteral("mood"), QStringLiteral("Mood"), MetricKind::Scale), {}});
    const PeriodReview review = reviewPeriods(input);
    CHECK(review.metrics.isEmpty());
    CHECK(review.routines.isEmpty());
    CHECK(review.daysRecordedAfter == 0);
    CHECK_FALSE(review.moodDays.best.has_value());
}

TEST_CASE("reviewPeriods: change in mean, days recorded, best and hardest days, routines", "[insights]")
{
    PeriodReviewInput input{kFebruary, kMarch, {}, {}, {}};
    const DaySeries sleep
        = {{QDate(2026, 2, 3), 6.0}, {QDate(2026, 2, 4), 6.2}, {QDate(2026, 3, 2), 7.0}, {QDate(2026, 3, 3), 6.6}};
    const DaySeries mood
        = {{QDate(2026, 2, 3), 5}, {QDate(2026, 3, 2), 4}, {QDate(2026, 3, 3), 8}, {QDate(2026, 3, 4), 4}};
    input.metrics.append(
        {metric(QStringLiteral("sleep_hours"), QStringLiteral("Hours of sleep"), MetricKind::Hours), sleep});
    input.metrics.append({metric(QStringLiteral("mood"), QStringLiteral("Mood"), MetricKind::Scale), mood});
    input.metrics.append({metric(QStringLiteral("anxiety"), QStringLiteral("Anxiety"), MetricKind::Scale), {}});
    Routine walk;
    walk.label = QStringLiteral("A 30-minute walk");
    input.routines.append({walk, {QDate(2026, 2, 10), QDate(2026, 3, 1), QDate(2026, 3, 2)}});
    Routine water;
    water.label = QStringLiteral("Drink some water");
    input.routines.append({water, {}});
    input.recordedDays
        = {QDate(2026, 2, 3), QDate(2026, 2, 4), QDate(2026, 3, 2), QDate(2026, 3, 3), QDate(2026, 3, 4)};

    const PeriodReview review = reviewPeriods(input);
    CHECK(review.daysRecordedBefore == 2);
    CHECK(review.daysRecordedAfter == 3);
    REQUIRE(review.metrics.size() == 2); // anxiety was never recorded: left out
    CHECK(review.metrics[0].sentence
        == QStringLiteral("Hours of sleep: 6.1 h → 6.8 h on average (higher), recorded on 2 of 31 days"));
    CHECK(review.metrics[1].sentence == QStringLiteral("Mood: 5 → 5.3 on average (higher), recorded on 3 of 31 days"));
    REQUIRE(review.moodDays.best.has_value());
    CHECK(review.moodDays.best->day == QDate(2026, 3, 3));
    CHECK(review.moodDays.hardest->day == QDate(2026, 3, 2)); // earliest of the two 4s
    REQUIRE(review.routines.size() == 1); // water was not done in either period: left out
    CHECK(review.routines[0].sentence
        == QStringLiteral("A 30-minute walk: done on 2 of 31 days, and on 1 of 28 days in the earlier period"));
}

TEST_CASE("reviewPeriods: a metric recorded in one period only says so plainly", "[insights]")
{
    PeriodReviewInput input{kFebruary, kMarch, {}, {}, {}};
    input.metrics.append(
        {metric(QStringLiteral("energy"), QStringLiteral("Energy"), MetricKind::Scale), {{QDate(2026, 2, 3), 3}}});
    input.metrics.append(
        {metric(QStringLiteral("pain"), QStringLiteral("Pain"), MetricKind::Scale), {{QDate(2026, 3, 3), 2}}});
    const PeriodReview review = reviewPeriods(input);
    REQUIRE(review.metrics.size() == 2);
    CHECK(review.metrics[0].sentence
        == QStringLiteral("Energy: 3 on average in the earlier period (1 of 28 days); not recorded in this one"));
    CHECK(review.metrics[1].sentence
        == QStringLiteral("Pain: 2 on average, recorded on 1 of 31 days; not recorded in the earlier period"));
}

TEST_CASE("formatMean and which end is hoped for", "[insights]")
{
    CHECK(formatMean(6.04) == QStringLiteral("6"));
    CHECK(formatMean(6.06) == QStringLiteral("6.1"));
    CHECK(formatMean(0) == QStringLiteral("0"));
    CHECK(higherIsHopedFor(QStringLiteral("mood")) == true);
    CHECK(higherIsHopedFor(QStringLiteral("anxiety")) == false);
    CHECK_FALSE(higherIsHopedFor(QStringLiteral("custom_pain")).has_value());
}

TEST_CASE("reviewPeriods: each count of days takes its own plural form, in English and in Spanish", "[insights]")
{
    // One day against two: the two counts of days in one sentence need different forms, which a
    // single %n cannot give; i18n::dayCount gives each its own.
    const DayRange before{QDate(2026, 3, 1), QDate(2026, 3, 2)};
    const DayRange after{QDate(2026, 3, 3), QDate(2026, 3, 3)};
    PeriodReviewInput input{before, after, {}, {}, {}};
    input.metrics.append({metric(QStringLiteral("mood"), QStringLiteral("Mood"), MetricKind::Scale),
        {{QDate(2026, 3, 1), 4}, {QDate(2026, 3, 2), 6}, {QDate(2026, 3, 3), 7}}});
    Routine walk;
    walk.label = QStringLiteral("A walk");
    input.routines.append({walk, {QDate(2026, 3, 1), QDate(2026, 3, 2), QDate(2026, 3, 3)}});
    {
        tideline::test::LanguageScope english(QStringLiteral("en"));
        CHECK(i18n::dayCount(1) == QStringLiteral("1 day"));
        CHECK(i18n::dayCount(21) == QStringLiteral("21 days"));
        const PeriodReview review = reviewPeriods(input);
        REQUIRE(review.metrics.size() == 1);
        CHECK(review.metrics[0].sentence == QStringLiteral("Mood: 5 → 7 on average (higher), recorded on 1 of 1 day"));
        REQUIRE(review.routines.size() == 1);
        CHECK(review.routines[0].sentence
            == QStringLiteral("A walk: done on 1 of 1 day, and on 2 of 2 days in the earlier period"));
    }
    {
        tideline::test::LanguageScope spanish(QStringLiteral("es"));
        CHECK(i18n::dayCount(1) == QStringLiteral("1 día"));
        const PeriodReview review = reviewPeriods(input);
        REQUIRE(review.routines.size() == 1);
        CHECK(review.routines[0].sentence
            == QStringLiteral("A walk: hecha en 1 de 1 día, y en 2 de 2 días en el periodo anterior"));
    }
}
