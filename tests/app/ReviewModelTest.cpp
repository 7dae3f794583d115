// app/trends: the Review model (two periods compared, the reflection kept in the journal).
#include "app/trends/ReviewModel.h"

#include "TodaySession.h"

#include "core/journal/JournalRepository.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::app;

TEST_CASE("ReviewModel: this month against the last in plain words, and the reflection goes to the journal", "[trends]")
{
    test::TodaySession ts; // 10 March 2026
    ts.record(QStringLiteral("sleep_hours"), QDate(2026, 2, 3), 6);
    ts.record(QStringLiteral("sleep_hours"), QDate(2026, 2, 4), 6.5);
    ts.record(QStringLiteral("sleep_hours"), QDate(2026, 3, 2), 7);
    ts.record(QStringLiteral("sleep_hours"), QDate(2026, 3, 3), 7);
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
        == QStringLiteral("Hours of sleep: 6 h → 7 h on average (higher), recorded on 1 of 1 day"));
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
