// app/trends: the Trends and Review models on an empty vault and on a vault with gaps.
#include "app/trends/ReviewModel.h"
#include "app/trends/TrendsModel.h"

#include "TodaySession.h"

#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"
#include "core/journal/JournalRepository.h"

#include <catch2/catch.hpp>

#include <QPointF>

using namespace tideline;
using namespace tideline::app;

namespace {

void record(test::TodaySession& ts, const QString& key, const QDate& day, double value)
{
    Database& db = ts.db();
    const Metric metric = MetricRepository(db).byKey(key).value();
    REQUIRE(CheckinRepository(db).setValue(day, metric, value, ts.clock).ok());
}

QStringList keys(const QVariantList& metrics)
{
    QStringList result;
    for (const QVariant& m : metrics) {
        result.append(m.toMap().value(QStringLiteral("key")).toString());
    }
    return result;
}

} // namespace

TEST_CASE("TrendsModel on an empty vault: nothing drawn, nothing made up", "[trends]")
{
    test::TodaySession ts; // today is 2026-03-10
    TrendsModel model(ts.vault());
    CHECK(model.metricKey() == QStringLiteral("mood"));
    CHECK_FALSE(keys(model.metrics()).contains(QStringLiteral("self_harm_thoughts")));
    CHECK_FALSE(model.hasData());
    CHECK(model.totalDays() == 30);
    CHECK(model.valueRuns().isEmpty());
    CHECK(model.rollingRuns().isEmpty());
    CHECK(model.chartSummary().contains(QStringLiteral("nothing recorded yet")));
    CHECK(model.relationships().isEmpty());
    REQUIRE(model.calendarCells().size() == 69); // 1 January to 10 March
    for (const QVariant& cell : model.calendarCells()) {
        CHECK(cell.toMap().value(QStringLiteral("level")).toInt() == -1);
    }
    CHECK(model.adherence().size() == 11);
    CHECK(model.adherence().first().toMap().value(QStringLiteral("sentence")).toString()
        == QStringLiteral("Drink some water: done on 0 of 30 days"));
    model.setRangeDays(0);
    CHECK(model.totalDays() == 30); // "all" of nothing: the last 30 days
}

TEST_CASE("TrendsModel with gaps: one run per stretch of days, figures in the summary", "[trends]")
{
    test::TodaySession ts;
    for (int d : {1, 2, 3, 4, 5}) {
        record(ts, QStringLiteral("mood"), QDate(2026, 3, d), d);
    }
    record(ts, QStringLiteral("mood"), QDate(2026, 3, 8), 8);
    record(ts, QStringLiteral("mood"), QDate(2026, 3, 9), 9);
    TrendsModel model(ts.vault());
    REQUIRE(model.hasData());
    CHECK(model.recordedDays() == 7);
    const QVariantList runs = model.valueRuns();
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].toList().size() == 5);
    CHECK(runs[1].toList().size() == 2);
    CHECK(runs[1].toList()[1].toPointF().y() == 9);
    CHECK(model.chartSummary()
        == QStringLiteral("Mood over the last 30 days: recorded on 7 of 30 days. Average 4.6, lowest 1, highest 9. "
                          "The 7-day average went from 2 to 6.5."));
    // The rolling mean starts on the 3rd (three values) and, the gap skipped, runs on to the 10th.
    const QVariantList rolling = model.rollingRuns();
    REQUIRE(rolling.size() == 1);
    CHECK(rolling[0].toList().size() == 8);

    model.setRangeDays(7); // 4 to 10 March
    CHECK(model.totalDays() == 7);
    CHECK(model.recordedDays() == 4);
    CHECK(model.valueRuns().size() == 2);

    model.setRangeDays(365);
    CHECK(model.bucket() == QStringLiteral("week"));
    CHECK(model.recordedDays() == 7);

    const QVariantMap march1 = model.calendarCells()[59].toMap();
    CHECK(march1.value(QStringLiteral("day")).toString() == QStringLiteral("2026-03-01"));
    CHECK(march1.value(QStringLiteral("value")).toDouble() == 1);
    CHECK(model.calendarSummary().contains(QStringLiteral("recorded on 7 of 69 days")));

    ts.session->lock();
    CHECK(model.metrics().isEmpty());
    CHECK(model.valueRuns().isEmpty());
    CHECK(model.calendarCells().isEmpty());
    CHECK(model.chartSummary().isEmpty());
}

TEST_CASE("TrendsModel relationships: not enough days below 14, then rho with n", "[trends]")
{
    test::TodaySession ts;
    for (int i = 0; i < 20; ++i) {
        const QDate day = QDate(2026, 3, 10).addDays(-i);
        record(ts, QStringLiteral("mood"), day, i % 10);
        record(ts, QStringLiteral("energy"), day, i % 10);
        if (i < 5) {
            record(ts, QStringLiteral("anxiety"), day, 10 - i);
        }
    }
    TrendsModel model(ts.vault());
    const QVariantList rows = model.relationships();
    REQUIRE_FALSE(rows.isEmpty());
    const QVariantMap first = rows.first().toMap();
    CHECK(first.value(QStringLiteral("enough")).toBool());
    CHECK(first.value(QStringLiteral("sentence")).toString()
        == QStringLiteral(
            "Mood and Energy on the same day: tend to be higher together, strongly (ρ = 1.00 over 20 days)."));
    bool sawTooFew = false;
    for (const QVariant& row : rows) {
        const QString sentence = row.toMap().value(QStringLiteral("sentence")).toString();
        if (sentence.startsWith(QStringLiteral("Mood and Anxiety on the same day"))) {
            sawTooFew = true;
            CHECK(sentence.contains(QStringLiteral("not enough days yet (5 of the 14")));
            CHECK_FALSE(row.toMap().value(QStringLiteral("enough")).toBool());
        }
    }
    CHECK(sawTooFew);
    CHECK(TrendsModel::relationshipCaution().contains(QStringLiteral("does not mean one causes the other")));
}

TEST_CASE("ReviewModel: this month against the last in plain words, and the reflection goes to the journal", "[trends]")
{
    test::TodaySession ts; // 10 March 2026
    record(ts, QStringLiteral("sleep_hours"), QDate(2026, 2, 3), 6);
    record(ts, QStringLiteral("sleep_hours"), QDate(2026, 2, 4), 6.5);
    record(ts, QStringLiteral("sleep_hours"), QDate(2026, 3, 2), 7);
    record(ts, QStringLiteral("sleep_hours"), QDate(2026, 3, 3), 7);
    ReviewModel review(ts.vault());
    CHECK(review.title() == QStringLiteral("1 Mar to 10 Mar compared with February 2026"));
    CHECK(review.daysSentence() == QStringLiteral("Check-ins on 2 of 10 days, and on 2 of 28 days in February 2026."));
    REQUIRE(review.metricLines().size() == 1);
    CHECK(review.metricLines()[0].toMap().value(QStringLiteral("sentence")).toString()
        == QStringLiteral("Hours of sleep: 6.3 h → 7 h on average (higher), recorded on 2 of 10 days"));

    CHECK_FALSE(review.saveReflection()); // nothing typed
    CHECK_FALSE(review.lastError().isEmpty());
    review.setReflection(QStringLiteral("Sleeping a little more 🌙, مرحبا"));
    REQUIRE(review.saveReflection());
    CHECK(review.reflection().isEmpty());
    CHECK(review.savedMessage().contains(QStringLiteral("review")));
    journal::JournalRepository journal(ts.db(), ts.clock);
    auto page = journal.listPage(std::nullopt, 10);
    REQUIRE(page.ok());
    REQUIRE(page.value().size() == 1);
    const journal::Entry saved = journal.get(page.value().front().id).value();
    CHECK(saved.body == QStringLiteral("Sleeping a little more 🌙, مرحبا"));
    CHECK(saved.tags == QStringList{QStringLiteral("review")});

    CHECK_FALSE(review.setRanges(QStringLiteral("2026-02-30"), QStringLiteral("2026-03-01"),
        QStringLiteral("2026-03-02"), QStringLiteral("2026-03-03")));
    CHECK_FALSE(review.lastError().isEmpty());
    REQUIRE(review.setRanges(QStringLiteral("2026-02-01"), QStringLiteral("2026-02-03"), QStringLiteral("2026-03-02"),
        QStringLiteral("2026-03-02")));
    CHECK(review.metricLines()[0].toMap().value(QStringLiteral("sentence")).toString()
        == QStringLiteral("Hours of sleep: 6 h → 7 h on average (higher), recorded on 1 of 1 days"));
}

TEST_CASE("ReviewModel: a reflection being typed at a lock is kept as a journal draft", "[trends]")
{
    test::TodaySession ts;
    ReviewModel review(ts.vault());
    CHECK_FALSE(review.hasData());
    review.setReflection(QStringLiteral("half a thought"));
    ts.session->lock();
    CHECK(review.reflection().isEmpty());
    ts.unlock();
    journal::JournalRepository journal(ts.db(), ts.clock);
    auto draft = journal.latestDraft();
    REQUIRE(draft.ok());
    REQUIRE(draft.value().has_value());
    const journal::Entry kept = journal.get(*draft.value()).value();
    CHECK(kept.body == QStringLiteral("half a thought"));
    CHECK(kept.isDraft);
    CHECK(kept.tags == QStringList{QStringLiteral("review")});
}

TEST_CASE("ReviewModel: a reflection too large to keep is refused with a message and stays in the box", "[trends]")
{
    test::TodaySession ts;
    ReviewModel review(ts.vault());
    const QString huge = QStringLiteral("🌊\u200Bשלום ").repeated(3'000'000); // ~24 million characters
    review.setReflection(huge);
    CHECK_FALSE(review.saveReflection());
    CHECK_FALSE(review.lastError().isEmpty());
    CHECK(review.reflection() == huge); // nothing lost
    journal::JournalRepository journal(ts.db(), ts.clock);
    CHECK(journal.count().value() == 0);
}
