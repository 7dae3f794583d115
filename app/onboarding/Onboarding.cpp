#include "app/onboarding/Onboarding.h"

#include "app/lock/Session.h"

#include <QJSEngine>

namespace tideline::app {

namespace {

constexpr char kGroupSeparator = '-';

} // namespace

Onboarding::Onboarding(QObject* parent) : QObject(parent)
{}

Onboarding::~Onboarding() = default; // SecureBuffer wipes itself

Onboarding* Onboarding::create(QQmlEngine* qmlEngine, QJSEngine* jsEngine)
{
    Onboarding* onboarding = &Session::create(qmlEngine, jsEngine)->onboarding();
    QJSEngine::setObjectOwnership(onboarding, QJSEngine::CppOwnership); // the Session's member
    return onboarding;
}

int Onboarding::recoveryGroupCount() const
{
    if (m_code.isEmpty()) {
        return 0;
    }
    const QByteArrayView code(m_code.chars(), static_cast<qsizetype>(m_code.size()));
    return static_cast<int>(code.count(kGroupSeparator)) + 1;
}

QByteArrayView Onboarding::recoveryGroup(int index) const
{
    if (index < 0 || m_code.isEmpty()) {
        return {};
    }
    const QByteArrayView code(m_code.chars(), static_cast<qsizetype>(m_code.size()));
    qsizetype start = 0;
    for (int group = 0; group < index; ++group) {
        const qsizetype separator = code.indexOf(kGroupSeparator, start);
        if (separator < 0) {
            return {};
        }
        start = separator + 1;
    }
    const qsizetype end = code.indexOf(kGroupSeparator, start);
    return code.sliced(start, (end < 0 ? code.size() : end) - start);
}

void Onboarding::begin()
{
    setActive(true);
}

void Onboarding::showRecoveryCode(const SecureBuffer& code)
{
    holdCode(code);
}

void Onboarding::showRenewedRecoveryCode(const SecureBuffer& code)
{
    holdCode(code);
    setActive(true);
}

void Onboarding::acknowledgeRecoveryCode()
{
    const bool wasShown = showingCode();
    dropRecoveryCode();
    if (wasShown) {
        emit recoveryCodeKept();
    }
}

void Onboarding::dropRecoveryCode()
{
    wipeCode();
    setActive(false);
}

void Onboarding::setActive(bool active)
{
    if (m_active != active) {
        m_active = active;
        emit activeChanged();
    }
}

void Onboarding::holdCode(const SecureBuffer& code)
{
    // A copy of the caller's guarded bytes into our own: the caller's goes with its result.
    m_code = SecureBuffer(code.data(), code.size());
    emit recoveryCodeChanged();
}

void Onboarding::wipeCode()
{
    if (m_code.isEmpty()) {
        return;
    }
    m_code.clear(); // sodium_free overwrites the bytes before the memory goes
    emit recoveryCodeChanged();
}

} // namespace tideline::app
