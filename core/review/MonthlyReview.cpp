#include "core/review/MonthlyReview.h"

#include "core/common/Day.h"
#include "core/insights/Insights.h"
#include "core/insights/SeriesRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingTable.h"

using namespace Qt::StringLiterals;

namespace tideline::review {

namespace {

const QString kOfferKey = u"review.offer"_s;
const QString kMonthKey = u"review.offer_month"_s;

} // namespace

QString monthKey(const QDate& day)
{
    return day.toString(u"yyyy-MM"_s);
}

bool shouldOffer(const OfferFacts& facts)
{
    return facts.today.isValid() && !facts.turnedOff && facts.settledMonth != monthKey(facts.today)
        && !facts.reviewedThisMonth && facts.daysRecordedLastMonth >= kDaysNeededLastMonth;
}

Result<OfferFacts> MonthlyReview::facts(const QDate& today)
{
    OfferFacts facts;
    facts.today = today;
    SettingTable settings(m_db);
    Result<QString> offer = settings.read(kOfferKey);
    Result<QString> month = settings.read(kMonthKey);
    if (!offer || !month) {
        return !offer ? offer.error() : month.error();
    }
    facts.turnedOff = offer.value() == u"off"_s;
    facts.settledMonth = month.value();

    const QDate firstOfMonth(today.year(), today.month(), 1);
    const insights::DayRange lastMonth = insights::monthOf(firstOfMonth.addDays(-1));
    Result<QList<QDate>> recorded = insights::SeriesRepository(m_db).recordedDays(lastMonth);
    if (!recorded) {
        return recorded.error();
    }
    facts.daysRecordedLastMonth = static_cast<int>(recorded.value().size());

    Result<Statement> reviewed = m_db.prepare(
        "SELECT EXISTS (SELECT 1 FROM entry AS e JOIN entry_tag AS et ON et.entry_id = e.id "
        "JOIN tag AS t ON t.id = et.tag_id WHERE t.name = 'review' AND e.is_draft = 0 AND e.day BETWEEN ?1 AND ?2)");
    if (!reviewed) {
        return reviewed.error();
    }
    reviewed.value().bind(1, Day::toText(firstOfMonth)).bind(2, Day::toText(today));
    auto step = reviewed.value().step();
    if (!step) {
        return step.error();
    }
    facts.reviewedThisMonth = reviewed.value().columnInt(0) != 0;
    return facts;
}

Result<bool> MonthlyReview::offeredOn(const QDate& today)
{
    Result<OfferFacts> known = facts(today);
    if (!known) {
        return known.error();
    }
    return shouldOffer(known.value());
}

Status MonthlyReview::settle(const QDate& today)
{
    return SettingTable(m_db).write(kMonthKey, monthKey(today));
}

Result<bool> MonthlyReview::enabled()
{
    Result<QString> offer = SettingTable(m_db).read(kOfferKey);
    if (!offer) {
        return offer.error();
    }
    return offer.value() != u"off"_s;
}

Status MonthlyReview::setEnabled(bool enabled)
{
    return SettingTable(m_db).write(kOfferKey, enabled ? u"on"_s : u"off"_s);
}

} // namespace tideline::review
