#include "app/review/ReviewOffer.h"

#include "app/VaultAccess.h"

#include "core/common/Day.h"
#include "core/review/MonthlyReview.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace tideline::app {

ReviewOffer::ReviewOffer(QObject* parent) : QObject(parent)
{
    if (Session* session = Session::instance()) {
        connect(session, &Session::locked, this, [this] {
            m_offered = false;
            emit changed();
        });
        connect(session, &Session::unlocked, this, &ReviewOffer::reload);
    }
    reload();
}

QString ReviewOffer::lastMonthName() const
{
    const QDate today = Day::today(appClock());
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addDays(-1);
    return QLocale().standaloneMonthName(lastMonth.month(), QLocale::LongFormat);
}

void ReviewOffer::reload()
{
    Database* db = openDatabase();
    if (db == nullptr) {
        m_offered = false;
        emit changed();
        return;
    }
    review::MonthlyReview monthly(*db);
    Result<bool> on = monthly.enabled();
    Result<bool> offered = monthly.offeredOn(Day::today(appClock()));
    if (!on || !offered) {
        setError(!on ? on.error().message : offered.error().message);
        m_offered = false;
        emit changed();
        return;
    }
    setError({});
    m_enabled = on.value();
    m_offered = offered.value();
    emit changed();
}

void ReviewOffer::settle()
{
    Database* db = openDatabase();
    if (db == nullptr) {
        setError(lockedMessage());
        return;
    }
    if (Status settled = review::MonthlyReview(*db).settle(Day::today(appClock())); !settled) {
        setError(settled.error().message);
    }
    reload();
}

void ReviewOffer::accept()
{
    settle();
}

void ReviewOffer::notThisMonth()
{
    settle();
}

void ReviewOffer::setEnabled(bool enabled)
{
    Database* db = openDatabase();
    if (db == nullptr) {
        setError(lockedMessage());
        return;
    }
    if (Status saved = review::MonthlyReview(*db).setEnabled(enabled); !saved) {
        setError(saved.error().message);
    }
    reload();
}

void ReviewOffer::setError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

} // namespace tideline::app
