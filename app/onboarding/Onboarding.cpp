#include "app/onboarding/Onboarding.h"

#include "app/lock/Session.h"

#include <QJSEngine>

namespace tideline::app {

Onboarding::Onboarding(QObject* parent) : QObject(parent)
{}

Onboarding::~Onboarding()
{
    setRecoveryCode({});
}

Onboarding* Onboarding::create(QQmlEngine* qmlEngine, QJSEngine* jsEngine)
{
    Onboarding* onboarding = &Session::create(qmlEngine, jsEngine)->onboarding();
    QJSEngine::setObjectOwnership(onboarding, QJSEngine::CppOwnership); // the Session's member
    return onboarding;
}

void Onboarding::begin()
{
    setActive(true);
}

void Onboarding::showRecoveryCode(const QString& code)
{
    setRecoveryCode(code);
}

void Onboarding::showRenewedRecoveryCode(const QString& code)
{
    setRecoveryCode(code);
    setActive(true);
}

void Onboarding::acknowledgeRecoveryCode()
{
    const bool wasShown = !m_recoveryCode.isEmpty();
    dropRecoveryCode();
    if (wasShown) {
        emit recoveryCodeKept();
    }
}

void Onboarding::dropRecoveryCode()
{
    setRecoveryCode({});
    setActive(false);
}

void Onboarding::setActive(bool active)
{
    if (m_active != active) {
        m_active = active;
        emit activeChanged();
    }
}

void Onboarding::setRecoveryCode(const QString& code)
{
    if (m_recoveryCode == code) {
        return;
    }
    // Overwrite the characters before letting go, so the code does not linger in freed memory.
    m_recoveryCode.fill(QLatin1Char('0'));
    m_recoveryCode = code;
    emit recoveryCodeChanged();
}

} // namespace tideline::app
