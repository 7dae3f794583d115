#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QString>

namespace tideline {

class Database;

namespace review {

// The gentle monthly look back (issue 18): from the first day of a month, Today offers to
// compare the month just gone with the one before (the Review page), until the person takes it
// up, says "not this month", or has already written a review this month. Never a count, never
// a streak: a month without a review leaves no trace and nothing is said about it.
//
// Kept in the vault's setting table:
//   review.offer        "off" when the person asked not to be offered it (else no row)
//   review.offer_month  "YYYY-MM": the month the offer was taken up or set aside

// The month just gone needs this many recorded days for a comparison worth offering.
inline constexpr int kDaysNeededLastMonth = 7;

struct OfferFacts
{
    QDate today;
    bool turnedOff = false;
    QString settledMonth; // "YYYY-MM", or ""
    int daysRecordedLastMonth = 0;
    bool reviewedThisMonth = false; // a journal entry tagged "review" about a day of this month
};

// Pure: whether Today offers the look back on this day.
bool shouldOffer(const OfferFacts& facts);

// "YYYY-MM" of a day.
QString monthKey(const QDate& day);

class MonthlyReview
{
public:
    explicit MonthlyReview(Database& db) : m_db(db) {}

    Result<OfferFacts> facts(const QDate& today);
    Result<bool> offeredOn(const QDate& today);
    // Taken up or set aside: not offered again until next month.
    Status settle(const QDate& today);
    Result<bool> enabled();
    Status setEnabled(bool enabled);

private:
    Database& m_db;
};

} // namespace review
} // namespace tideline
