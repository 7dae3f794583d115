#include "app/lock/LockoutCountdown.h"

#include "app/lock/Session.h"
#include "core/vault/UnlockThrottle.h"

#include <QCoreApplication>
#include <QJSEngine>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

// The lock screen starts counting tries down aloud when this few are left.
constexpr int kTriesWorthMentioning = 2;

} // namespace

LockoutCountdown::LockoutCountdown(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(250); // a few ticks a second, so the shown second never lags
    connect(&m_timer, &QTimer::timeout, this, &LockoutCountdown::tick);
}

LockoutCountdown* LockoutCountdown::create(QQmlEngine* qmlEngine, QJSEngine* jsEngine)
{
    LockoutCountdown* lockout = &Session::create(qmlEngine, jsEngine)->lockout();
    QJSEngine::setObjectOwnership(lockout, QJSEngine::CppOwnership); // the Session's member
    return lockout;
}

QString LockoutCountdown::nextTryCountdown() const
{
    const int minutes = m_secondsUntilNextTry / 60;
    const int seconds = m_secondsUntilNextTry % 60;
    return u"%1:%2"_s.arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
}

void LockoutCountdown::show(qint64 secondsLeft, int consecutiveFailures)
{
    setTriesBeforeWait(secondsLeft > 0 ? -1 : std::max(0, UnlockThrottle::kFreeTries - consecutiveFailures));
    if (secondsLeft > 0) {
        m_clock.start();
        m_endsAtMs = secondsLeft * 1000;
        m_timer.start();
    } else {
        m_timer.stop();
    }
    setSecondsUntilNextTry(static_cast<int>(secondsLeft));
}

void LockoutCountdown::reset()
{
    m_timer.stop();
    setTriesBeforeWait(-1);
    setSecondsUntilNextTry(0);
}

QString LockoutCountdown::triesHint() const
{
    if (m_triesBeforeWait < 0 || m_triesBeforeWait > kTriesWorthMentioning) {
        return {};
    }
    if (m_triesBeforeWait == 0) {
        return QCoreApplication::translate("Session", "If the next try doesn't open it, there will be a short wait.");
    }
    if (m_triesBeforeWait == 1) {
        return QCoreApplication::translate("Session", "One more try before a short wait.");
    }
    return QCoreApplication::translate("Session", "%1 more tries before a short wait.").arg(m_triesBeforeWait);
}

void LockoutCountdown::tick()
{
    const qint64 leftMs = m_endsAtMs - m_clock.elapsed();
    if (leftMs > 0) {
        setSecondsUntilNextTry(static_cast<int>((leftMs + 999) / 1000));
        return;
    }
    m_timer.stop();
    emit waitOver();
}

void LockoutCountdown::setSecondsUntilNextTry(int seconds)
{
    if (m_secondsUntilNextTry != seconds) {
        m_secondsUntilNextTry = seconds;
        emit secondsUntilNextTryChanged();
    }
}

void LockoutCountdown::setTriesBeforeWait(int tries)
{
    if (m_triesBeforeWait != tries) {
        m_triesBeforeWait = tries;
        emit triesBeforeWaitChanged();
    }
}

} // namespace tideline::app
