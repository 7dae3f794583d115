// Vault: the try counter's side of unlocking (core/vault/UnlockThrottle keeps the count): a try
// counted before the key is derived, the wait after too many, and the words for both.
#include "core/common/AppName.h"
#include "core/common/Log.h"
#include "core/vault/UnlockThrottle.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>

namespace tideline {

namespace {

// How long a wait is, as the end of "You can try again in …": one word for one, %n (with a
// translation's plural forms) for the rest.
QString formatWait(qint64 seconds)
{
    if (seconds < 60) {
        // A plain int for %n: lupdate skips a translate() whose count is a cast.
        const int count = static_cast<int>(seconds);
        return seconds == 1 ? QCoreApplication::translate("Vault", "1 second")
                            : QCoreApplication::translate("Vault", "%n seconds", nullptr, count);
    }
    const int minutes = static_cast<int>((seconds + 59) / 60);
    return minutes == 1 ? QCoreApplication::translate("Vault", "1 minute")
                        : QCoreApplication::translate("Vault", "%n minutes", nullptr, minutes);
}

Error lockedOut(qint64 seconds)
{
    return Error::make(ErrorCode::LockedOut,
        QCoreApplication::translate("Vault",
            "There have been several tries that didn't match, so %1 is pausing. "
            "You can try again in %2.")
            .arg(appName(), formatWait(seconds)),
        seconds);
}

} // namespace

qint64 Vault::secondsUntilNextTry()
{
    return m_throttle->secondsLeft();
}

int Vault::consecutiveFailures()
{
    return m_throttle->consecutiveFailures();
}

Status Vault::checkThrottle()
{
    const qint64 seconds = m_throttle->secondsLeft();
    if (seconds > 0) {
        return lockedOut(seconds);
    }
    return {};
}

Status Vault::countTry()
{
    if (auto s = checkThrottle(); !s) {
        return s;
    }
    // Counted before the key is derived, so a try cut short (the program killed while Argon2id
    // runs, the plug pulled) still counts; a right secret takes it back. A try that cannot be
    // counted is not made: the lockout fails closed, never open.
    Status counted = withReserve([this] { return m_throttle->recordFailure(); });
    if (!counted) {
        qCWarning(lcVault) << "a try could not be counted, so it was refused";
        return Error::make(ErrorCode::LockedOut,
            QCoreApplication::translate("Vault",
                "That try was not made, because %1 could not count it: tries that cannot be counted "
                "are paused. %2")
                .arg(appName(), counted.error().message));
    }
    return {};
}

Error Vault::wrongSecretError(bool recoveryCode)
{
    const qint64 seconds = m_throttle->secondsLeft();
    const int left = UnlockThrottle::kFreeTries - m_throttle->consecutiveFailures();
    QString message;
    if (seconds > 0) {
        message = (recoveryCode
                ? QCoreApplication::translate(
                    "Vault", "That recovery code didn't open the vault. You can try again in %1.")
                : QCoreApplication::translate("Vault", "That didn't open the vault. You can try again in %1."))
                      .arg(formatWait(seconds));
    } else if (left == 1) {
        message = recoveryCode
            ? QCoreApplication::translate(
                "Vault", "That recovery code didn't open the vault. One more try before a short pause.")
            : QCoreApplication::translate("Vault", "That didn't open the vault. One more try before a short pause.");
    } else if (left == 2) {
        message = recoveryCode
            ? QCoreApplication::translate(
                "Vault", "That recovery code didn't open the vault. Two more tries before a short pause.")
            : QCoreApplication::translate("Vault", "That didn't open the vault. Two more tries before a short pause.");
    } else {
        message = recoveryCode ? QCoreApplication::translate("Vault", "That recovery code didn't open the vault.")
                               : QCoreApplication::translate("Vault", "That didn't open the vault.");
    }
    return Error::make(ErrorCode::WrongSecret, message, seconds);
}

} // namespace tideline
