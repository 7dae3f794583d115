#include "app/review/ReviewOffer.h"

#include "core/review/MonthlyReview.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace tideline::app {

ReviewOffer::ReviewOffer(VaultAccess* vault, QObject* parent) : QObject(parent), VaultClient(this)
{
    attachVault(vault);
}

void ReviewOffer::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, [this] {
        m_offered = false;
        emit changed();
    });
    connect(vault(), &VaultAccess::opened, this, &ReviewOffer::reload);
    reload();
}

QString ReviewOffer::lastMonthName() const
{
    const QDate now = today();
    const QDate lastMonth = QDate(now.year(), now.month(), 1).addDays(-1);
    return QLocale().standaloneMonthName(lastMonth.month(), QLocale::LongFormat);
}

void ReviewOffer::reload()
{
    auto opened = service<review::MonthlyReview>();
    if (!opened) {
        m_offered = false;
        emit changed();
        return;
    }
    review::MonthlyReview& monthly = *opened;
    Result<bool> on = monthly.enabled();
    Result<bool> offered = monthly.offeredOn(today());
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
    auto monthly = service<review::MonthlyReview>();
    if (!monthly) {
        setError(lockedMessage());
        return;
    }
    if (Status settled = monthly->settle(today()); !settled) {
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
    auto monthly = service<review::MonthlyReview>();
    if (!monthly) {
        setError(lockedMessage());
        return;
    }
    if (Status saved = monthly->setEnabled(enabled); !saved) {
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
