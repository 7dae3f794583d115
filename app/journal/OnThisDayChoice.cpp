#include "app/journal/OnThisDayChoice.h"

#include "app/VaultAccess.h"
#include "app/journal/JournalAccess.h"

#include "core/common/Day.h"
#include "core/journal/OnThisDaySetting.h"

namespace tideline::app {

OnThisDayChoice::OnThisDayChoice(QObject* parent) : QObject(parent)
{
    if (Session* session = Session::instance()) {
        connect(session, &Session::locked, this, &OnThisDayChoice::reload);
        connect(session, &Session::unlocked, this, &OnThisDayChoice::reload);
    }
    reload();
}

void OnThisDayChoice::reload()
{
    bool on = false;
    bool setAside = false;
    if (Database* db = openDatabase()) {
        journal::OnThisDaySetting setting(*db);
        Result<bool> storedOn = setting.isOn();
        Result<bool> storedAside = setting.isSetAside(Day::today(appClock()));
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
    Database* db = openDatabase();
    if (db == nullptr) {
        setError(lockedMessage());
        return;
    }
    if (Status s = journal::OnThisDaySetting(*db).setOn(on); !s) {
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
    Database* db = openDatabase();
    if (db == nullptr) {
        setError(lockedMessage());
        return;
    }
    if (Status s = journal::OnThisDaySetting(*db).setAside(Day::today(appClock())); !s) {
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
