#include "app/journal/OnThisDayChoice.h"

#include "app/VaultAccess.h"
#include "app/journal/JournalChanges.h"

#include "core/common/Day.h"
#include "core/journal/OnThisDaySetting.h"

namespace tideline::app {

OnThisDayChoice::OnThisDayChoice(VaultAccess* vault, QObject* parent) : QObject(parent), VaultClient(this)
{
    attachVault(vault);
}

void OnThisDayChoice::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, &OnThisDayChoice::reload);
    connect(vault(), &VaultAccess::opened, this, &OnThisDayChoice::reload);
    reload();
}

void OnThisDayChoice::reload()
{
    bool on = false;
    bool setAside = false;
    if (vaultOpen()) {
        journal::OnThisDaySetting setting = *service<journal::OnThisDaySetting>();
        Result<bool> storedOn = setting.isOn();
        Result<bool> storedAside = setting.isSetAside(today());
        if (!storedOn || !storedAside) {
            setError(!storedOn ? storedOn.error().message : storedAside.error().message);
        } else {
            on = storedOn.value();
            setAside = storedAside.value();
        }
    }
    if (on != m_turnedOn || setAside != m_setAsideToday) {
        m_turnedOn = on;
        m_setAsideToday = setAside;
        emit changed();
    }
}

void OnThisDayChoice::setTurnedOn(bool on)
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return;
    }
    if (Status s = service<journal::OnThisDaySetting>()->setOn(on); !s) {
        setError(s.error().message);
        emit changed(); // a switch that was flipped goes back to what is stored
        return;
    }
    setError({});
    reload();
    JournalChanges::instance().notify(); // the card appears or goes at once
}

void OnThisDayChoice::setAsideForToday()
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return;
    }
    if (Status s = service<journal::OnThisDaySetting>()->setAside(today()); !s) {
        setError(s.error().message);
        return;
    }
    setError({});
    reload();
    JournalChanges::instance().notify();
}

void OnThisDayChoice::setError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

} // namespace tideline::app
