// core/review/MonthlyReview: when Today offers the monthly look back, and that nothing about it
// is ever counted: taken up or set aside, it waits for next month; turned off, it stays off.
#include "TestVault.h"
#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"
#include "core/journal/JournalRepository.h"
#include "core/review/MonthlyReview.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::test;
using namespace tideline::review;
using tideline::journal::EntryDraft;
using tideline::journal::JournalRepository;

namespace {

OfferFacts enoughLastMonth(const QDate& today)
{
    OfferFacts facts;
    facts.today = today;
    facts.daysRecordedLastMonth = kDaysNeededLastMonth;
    return facts;
}

// A mood recorded on each of the first `days` days of March 2026.
void recordMarch(TestVault& tv, int days)
{
    tv.clock.set(QDateTime(QDate(2026, 4, 2), QTime(9, 0), Qt::UTC)); // nothing is recorded ahead of today
    Database& db = tv.vault->database();
    const auto mood = MetricRepository(db).byKey(QStringLiteral("mood"));
    REQUIRE(mood.ok());
    CheckinRepository checkins(db);
    for (int day = 1; day <= days; ++day) {
        REQUIRE(checkins.setValue(QDate(2026, 3, day), mood.value(), 5, tv.clock).ok());
    }
}

} // namespace

TEST_CASE("shouldOffer: from the first of the month, with enough days to look back on, until settled", "[review]")
{
    const QDate april2(2026, 4, 2);
    CHECK(shouldOffer(enoughLastMonth(april2)));
    CHECK(monthKey(april2) == QStringLiteral("2026-04"));

    OfferFacts few = enoughLastMonth(april2);
    few.daysRecordedLastMonth = kDaysNeededLastMonth - 1;
    CHECK_FALSE(shouldOffer(few)); // too little to compare: nothing said about it

    OfferFacts settled = enoughLastMonth(april2);
    settled.settledMonth = QStringLiteral("2026-04");
    CHECK_FALSE(shouldOffer(settled));
    settled.settledMonth = QStringLiteral("2026-03"); // last month's choice does not carry over
    CHECK(shouldOffer(settled));

    OfferFacts off = enoughLastMonth(april2);
    off.turnedOff = true;
    CHECK_FALSE(shouldOffer(off));

    OfferFacts written = enoughLastMonth(april2);
    written.reviewedThisMonth = true;
    CHECK_FALSE(shouldOffer(written));

    CHECK_FALSE(shouldOffer(enoughLastMonth(QDate())));
}

TEST_CASE("MonthlyReview in a vault: offered, set aside for the month, back next month, off for good", "[review]")
{
    TestVault tv;
    MonthlyReview monthly(tv.vault->database());
    const QDate april3(2026, 4, 3);
    CHECK_FALSE(monthly.offeredOn(april3).value()); // nothing recorded in March
    recordMarch(tv, kDaysNeededLastMonth);
    REQUIRE(monthly.facts(april3).value().daysRecordedLastMonth == kDaysNeededLastMonth);
    CHECK(monthly.offeredOn(april3).value());

    REQUIRE(monthly.settle(april3).ok());
    CHECK_FALSE(monthly.offeredOn(april3).value());
    CHECK_FALSE(monthly.offeredOn(QDate(2026, 4, 30)).value());
    // May looks back at April, which has nothing recorded: not offered, and nothing is said.
    CHECK_FALSE(monthly.offeredOn(QDate(2026, 5, 1)).value());

    REQUIRE(monthly.enabled().value());
    REQUIRE(monthly.setEnabled(false).ok());
    CHECK_FALSE(monthly.enabled().value());
    REQUIRE(monthly.setEnabled(true).ok());
    CHECK(monthly.enabled().value());
}

TEST_CASE("MonthlyReview: a review written this month (an entry tagged review) means no offer", "[review]")
{
    TestVault tv;
    recordMarch(tv, 10);
    MonthlyReview monthly(tv.vault->database());
    CHECK(monthly.offeredOn(QDate(2026, 4, 5)).value());
    EntryDraft draft;
    draft.day = QDate(2026, 4, 2);
    draft.body = QStringLiteral("March was steadier than February 🌱");
    draft.tags = {QStringLiteral("review")};
    REQUIRE(JournalRepository(tv.vault->database(), tv.clock).create(draft).ok());
    CHECK(monthly.facts(QDate(2026, 4, 5)).value().reviewedThisMonth);
    CHECK_FALSE(monthly.offeredOn(QDate(2026, 4, 5)).value());
}
