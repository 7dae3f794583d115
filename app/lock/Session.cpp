#include "app/lock/Session.h"

#include "app/QmlInstance.h"

#include "app/lock/SecretEntry.h"
#include "app/lock/UnlockNotice.h"
#include "core/exchange/Restore.h"
#include "core/vault/SecretKind.h"
#include "core/vault/UnlockThrottle.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QQmlEngine>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace tideline::app {

Q_LOGGING_CATEGORY(lcSession, "tideline.app.session")

namespace {

// The lock screen starts counting tries down aloud when this few are left.
constexpr int kTriesWorthMentioning = 2;

// A gentle word about what the next wrong try would bring, or "" when it is far off.
QString triesHint(int triesBeforeWait)
{
    if (triesBeforeWait < 0 || triesBeforeWait > kTriesWorthMentioning) {
        return {};
    }
    if (triesBeforeWait == 0) {
        return QCoreApplication::translate("Session", "If the next try doesn't open it, there will be a short wait.");
    }
    if (triesBeforeWait == 1) {
        return QCoreApplication::translate("Session", "One more try before a short wait.");
    }
    return QCoreApplication::translate("Session", "%1 more tries before a short wait.").arg(triesBeforeWait);
}

tideline::SecretKind toCore(Session::SecretKind kind)
{
    return kind == Session::SecretKind::Pin ? tideline::SecretKind::Pin : tideline::SecretKind::Passphrase;
}

Session::SecretKind fromCore(tideline::SecretKind kind)
{
    return kind == tideline::SecretKind::Pin ? Session::SecretKind::Pin : Session::SecretKind::Passphrase;
}

Session::ErrorCode fromCore(tideline::ErrorCode code)
{
    switch (code) {
    case tideline::ErrorCode::WrongSecret:
        return Session::ErrorCode::WrongSecret;
    case tideline::ErrorCode::LockedOut:
        return Session::ErrorCode::LockedOut;
    case tideline::ErrorCode::DamagedKeyslots:
        return Session::ErrorCode::DamagedKeyslots;
    case tideline::ErrorCode::DamagedDatabase:
        return Session::ErrorCode::DamagedDatabase;
    case tideline::ErrorCode::NewerVersion:
        return Session::ErrorCode::NewerVersion;
    case tideline::ErrorCode::CannotWrite:
        return Session::ErrorCode::CannotWrite;
    case tideline::ErrorCode::InUse:
        return Session::ErrorCode::VaultInUse;
    case tideline::ErrorCode::InvalidInput:
        return Session::ErrorCode::InvalidInput;
    case tideline::ErrorCode::NoVault:
        return Session::ErrorCode::VaultMissing;
    case tideline::ErrorCode::VaultExists:
        return Session::ErrorCode::VaultExists;
    case tideline::ErrorCode::NotUnlocked:
        return Session::ErrorCode::NotUnlocked;
    case tideline::ErrorCode::NotFound:
        return Session::ErrorCode::NotFound;
    case tideline::ErrorCode::Cancelled: // long tasks report this themselves; never from the vault
    case tideline::ErrorCode::Internal:
        return Session::ErrorCode::InternalError;
    }
    return Session::ErrorCode::InternalError;
}

// Errors a person can answer by trying again on the same screen; the rest need a page of their own.
bool isRetryable(tideline::ErrorCode code)
{
    return code == tideline::ErrorCode::WrongSecret || code == tideline::ErrorCode::LockedOut
        || code == tideline::ErrorCode::InvalidInput;
}

} // namespace

Session::Session(VaultPaths paths, std::optional<KdfParams> kdf, const Clock& clock, QObject* parent)
    : QObject(parent), m_vault(std::make_unique<Vault>(std::move(paths), clock)), m_kdf(kdf), m_clock(clock)
{
    m_countdownTimer.setInterval(250); // a few ticks a second, so the shown second never lags
    connect(&m_countdownTimer, &QTimer::timeout, this, &Session::tickCountdown);
}

Session::~Session()
{
    // A worker may still be deriving a key with m_vault; let it finish before the vault goes.
    m_busyWork.waitForFinished();
    if (m_vault->isUnlocked()) {
        m_vault->lock();
    }
    QmlInstance<Session>::forget(this);
}

void Session::setQmlInstance(Session* session)
{
    QmlInstance<Session>::set(session);
}

Session* Session::create(QQmlEngine* qmlEngine, QJSEngine* jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    return QmlInstance<Session>::forEngine("Session::create");
}

Session* Session::instance()
{
    return QmlInstance<Session>::get();
}

Database* Session::database()
{
    // While Unlocked the only worker is changeSecret(), which re-seals the keyslots file and
    // never touches the database, so pages keep saving during a PIN change.
    if (m_state != State::Unlocked || !m_vault->isUnlocked()) {
        return nullptr;
    }
    return &m_vault->database();
}

QString Session::dataDirectory() const
{
    return QDir::toNativeSeparators(QDir(m_vault->paths().dir).absolutePath());
}

QString Session::nextTryCountdown() const
{
    const int minutes = m_secondsUntilNextTry / 60;
    const int seconds = m_secondsUntilNextTry % 60;
    return u"%1:%2"_s.arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
}

void Session::start()
{
    if (isWorking() || m_state == State::Unlocked) {
        return;
    }
    clearError();
    switch (m_vault->presence()) {
    case VaultPresence::KeyslotsMissing:
        setState(State::KeyslotsMissing);
        return;
    case VaultPresence::None:
    case VaultPresence::Ready:
        break;
    }
    // Claimed before onboarding too, so two windows cannot both create a vault here.
    if (!m_vault->isClaimed()) {
        const Status claimed = m_vault->claim();
        if (!claimed) {
            showError(claimed.error(), claimed.code() == tideline::ErrorCode::InUse ? State::InUse : State::Error);
            return;
        }
    }
    if (m_vault->presence() == VaultPresence::None) {
        setOnboarding(true);
        setState(State::NoVault);
        return;
    }
    readSecretKind();
    refreshLockout();
    if (m_state != State::Error) {
        setState(State::Locked);
    }
}

QString Session::secretProblem(SecretEntry* secret, SecretKind kind) const
{
    if (secret == nullptr) {
        return tr("Nothing was typed yet.");
    }
    const Result<SecureBuffer> normalized = normalizeSecret(secret->bytes(), toCore(kind));
    return normalized ? QString() : normalized.error().message;
}

void Session::createVault(SecretEntry* secret, SecretKind kind)
{
    if (secret == nullptr || m_state != State::NoVault || isWorking()) {
        return;
    }
    clearError();
    auto bytes = std::make_shared<SecureBuffer>(secret->take());
    auto result = std::make_shared<std::optional<Result<CreatedVault>>>();
    m_busyMessage = tr("Setting up your private space…");
    setState(State::Busy);
    runInBackground([this, bytes, kind, result] { result->emplace(m_vault->create(*bytes, toCore(kind), m_kdf)); },
        [this, kind, result] {
            if (!result->value()) {
                showError(result->value().error(), State::NoVault);
                return;
            }
            const SecureBuffer& code = result->value().value().recoveryCode;
            // The one QString the recovery code ever lives in: QML has to draw it once.
            setRecoveryCode(QString::fromUtf8(code.chars(), static_cast<qsizetype>(code.size())));
            result->reset(); // wipes the code's guarded copy now
            m_secretKind = kind;
            emit secretKindChanged();
            setUnlockNotice({});
            setState(State::Unlocked);
            emit unlocked();
        });
}

void Session::restoreFromBackup(
    const QString& file, SecretEntry* backupPassphrase, SecretEntry* newSecret, SecretKind kind)
{
    if (backupPassphrase == nullptr || newSecret == nullptr || m_state != State::NoVault || isWorking()) {
        return;
    }
    clearError();
    auto passphrase = std::make_shared<SecureBuffer>(backupPassphrase->take());
    auto bytes = std::make_shared<SecureBuffer>(newSecret->take());
    const QString path = file.startsWith(u"file:"_s) ? QUrl(file).toLocalFile() : file;
    auto result = std::make_shared<std::optional<Result<CreatedVault>>>();
    m_busyMessage = tr("Restoring your backup…");
    setState(State::Busy);
    runInBackground(
        [this, path, passphrase, bytes, kind, result] {
            Result<exchange::OpenedBackup> opened = exchange::openBackup(path, *passphrase);
            passphrase->clear();
            if (!opened) {
                result->emplace(opened.error());
                return;
            }
            result->emplace(exchange::restoreBackup(*m_vault, opened.value(), *bytes, toCore(kind), m_kdf));
        },
        [this, kind, result] {
            if (!result->value()) {
                // Not showError: a wrong passphrase or a damaged backup is no reason to leave
                // onboarding; the person can pick another file or type again.
                setError(fromCore(result->value().code()), result->value().error().message);
                qCInfo(lcSession) << "restore refused:" << fromCore(result->value().code());
                setState(State::NoVault);
                return;
            }
            const SecureBuffer& code = result->value().value().recoveryCode;
            setRecoveryCode(QString::fromUtf8(code.chars(), static_cast<qsizetype>(code.size())));
            result->reset();
            m_secretKind = kind;
            emit secretKindChanged();
            setUnlockNotice({});
            setState(State::Unlocked);
            emit unlocked();
        });
}

void Session::unlock(SecretEntry* secret)
{
    if (secret == nullptr || m_state != State::Locked || isWorking()) {
        return;
    }
    auto bytes = std::make_shared<SecureBuffer>(secret->take());
    if (m_secondsUntilNextTry > 0) {
        // The entry is wiped anyway: a try during the wait is not a try.
        return;
    }
    clearError();
    auto result = std::make_shared<std::optional<Result<UnlockReport>>>();
    m_busyMessage = tr("Opening…");
    setState(State::Busy);
    runInBackground([this, bytes, result] { result->emplace(m_vault->unlock(*bytes)); },
        [this, result] { finishUnlock(result->value(), State::Locked); });
}

void Session::recover(SecretEntry* recoveryCode, SecretEntry* newSecret, SecretKind newKind)
{
    if (recoveryCode == nullptr || newSecret == nullptr || m_state != State::Locked || isWorking()) {
        return;
    }
    auto code = std::make_shared<SecureBuffer>(recoveryCode->take());
    auto bytes = std::make_shared<SecureBuffer>(newSecret->take());
    if (m_secondsUntilNextTry > 0) {
        return;
    }
    clearError();
    auto result = std::make_shared<std::optional<Result<UnlockReport>>>();
    m_busyMessage = tr("Opening with your recovery code…");
    setState(State::Busy);
    runInBackground(
        [this, code, bytes, newKind, result] { result->emplace(m_vault->recover(*code, *bytes, toCore(newKind), m_kdf)); },
        [this, newKind, result] {
            if (result->value()) {
                m_secretKind = newKind;
                emit secretKindChanged();
            }
            finishUnlock(result->value(), State::Locked);
        });
}

void Session::changeSecret(SecretEntry* currentSecret, SecretEntry* newSecret, SecretKind newKind)
{
    if (currentSecret == nullptr || newSecret == nullptr || m_state != State::Unlocked || isWorking()) {
        return;
    }
    clearError();
    auto current = std::make_shared<SecureBuffer>(currentSecret->take());
    auto bytes = std::make_shared<SecureBuffer>(newSecret->take());
    auto result = std::make_shared<std::optional<Status>>();
    setWorking(true);
    runInBackground([this, current, bytes, newKind,
                        result] { result->emplace(m_vault->changeSecret(*current, *bytes, toCore(newKind))); },
        [this, newKind, result] {
            setWorking(false);
            const Status& status = result->value();
            if (status) {
                m_secretKind = newKind;
                emit secretKindChanged();
            } else {
                setError(fromCore(status.code()), status.error().message);
            }
            emit secretChangeFinished(status.ok());
        });
}

void Session::lock()
{
    if (isWorking()) {
        m_lockWhenIdle = true; // the worker holds the vault; lock as soon as it lets go
        return;
    }
    if (m_state != State::Unlocked) {
        return;
    }
    emit aboutToLock();
    m_vault->lock();
    setUnlockNotice({});
    setRecoveryCode({});
    setOnboarding(false);
    clearError();
    refreshLockout();
    setState(State::Locked);
    emit locked();
}

void Session::quickExit()
{
    emit hideRequested();
    if (isWorking()) {
        m_lockWhenIdle = true;
        m_exitWhenIdle = true;
        return;
    }
    lock();
    emit exitRequested();
}

void Session::acknowledgeRecoveryCode()
{
    setRecoveryCode({});
    setOnboarding(false);
}

void Session::clearError()
{
    setError(ErrorCode::NoError, {});
}

void Session::dismissUnlockNotice()
{
    setUnlockNotice({});
}

void Session::runInBackground(Work work, Work done)
{
    m_workerActive = true;
    m_busyWork = QtConcurrent::run([this, work = std::move(work), done = std::move(done)] {
        work();
        // Back on the session's thread; dropped if the session is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, done] {
                m_workerActive = false;
                done();
                afterBackgroundWork();
            },
            Qt::QueuedConnection);
    });
}

void Session::afterBackgroundWork()
{
    if (m_lockWhenIdle) {
        m_lockWhenIdle = false;
        lock();
    }
    if (m_exitWhenIdle) {
        m_exitWhenIdle = false;
        emit exitRequested();
    }
}

void Session::finishUnlock(const Result<UnlockReport>& result, State stateOnFailure)
{
    if (!result) {
        showError(result.error(), stateOnFailure);
        return;
    }
    setTriesBeforeWait(-1);
    setSecondsUntilNextTry(0);
    setUnlockNotice(unlockNoticeText(result.value().failedAttemptsSinceLastVisit, m_clock.nowUtc()));
    setState(State::Unlocked);
    emit unlocked();
}

void Session::showError(const Error& error, State stateOnFailure)
{
    if (stateOnFailure == State::Locked) {
        refreshLockout(); // a wrong try may have started a wait
    }
    if (error.code == tideline::ErrorCode::WrongSecret) {
        // Core's message is right but plain; on the lock screen a gentler one reads better.
        const QString hint = triesHint(m_triesBeforeWait);
        const QString gentle = tr("That didn't open it. Take your time.");
        setError(ErrorCode::WrongSecret, hint.isEmpty() ? gentle : gentle + u' ' + hint);
    } else {
        setError(fromCore(error.code), error.message);
    }
    // The code only: messages could one day quote what was typed.
    qCInfo(lcSession) << "vault operation refused:" << fromCore(error.code);
    setState(isRetryable(error.code) ? stateOnFailure
                                     : (error.code == tideline::ErrorCode::InUse ? State::InUse : State::Error));
}

void Session::setError(ErrorCode code, const QString& message)
{
    if (m_errorCode == code && m_lastError == message) {
        return;
    }
    m_errorCode = code;
    m_lastError = message;
    emit errorChanged();
}

void Session::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    emit stateChanged();
}

void Session::setOnboarding(bool onboarding)
{
    if (m_onboarding != onboarding) {
        m_onboarding = onboarding;
        emit onboardingChanged();
    }
}

void Session::setWorking(bool working)
{
    if (m_working != working) {
        m_working = working;
        emit workingChanged();
    }
}

void Session::setUnlockNotice(const QString& notice)
{
    if (m_unlockNotice != notice) {
        m_unlockNotice = notice;
        emit unlockNoticeChanged();
    }
}

void Session::setRecoveryCode(const QString& code)
{
    if (m_recoveryCode == code) {
        return;
    }
    // Overwrite the characters before letting go, so the code does not linger in freed memory.
    m_recoveryCode.fill(QLatin1Char('0'));
    m_recoveryCode = code;
    emit recoveryCodeChanged();
}

void Session::refreshLockout()
{
    if (m_vault->presence() != VaultPresence::Ready) {
        return;
    }
    const qint64 seconds = m_vault->secondsUntilNextTry();
    const int failures = m_vault->consecutiveFailures();
    setTriesBeforeWait(seconds > 0 ? -1 : std::max(0, UnlockThrottle::kFreeTries - failures));
    if (seconds > 0) {
        m_countdownClock.start();
        m_countdownEndsAtMs = seconds * 1000;
        m_countdownTimer.start();
    } else {
        m_countdownTimer.stop();
    }
    setSecondsUntilNextTry(static_cast<int>(seconds));
}

void Session::tickCountdown()
{
    const qint64 leftMs = m_countdownEndsAtMs - m_countdownClock.elapsed();
    if (leftMs > 0) {
        setSecondsUntilNextTry(static_cast<int>((leftMs + 999) / 1000));
        return;
    }
    m_countdownTimer.stop();
    // The wait is over by our clock; the vault has the last word (it is persisted and clock-safe).
    if (!isWorking()) {
        refreshLockout();
    }
    if (m_errorCode == ErrorCode::LockedOut && m_secondsUntilNextTry == 0) {
        clearError();
    }
}

void Session::setSecondsUntilNextTry(int seconds)
{
    if (m_secondsUntilNextTry != seconds) {
        m_secondsUntilNextTry = seconds;
        emit secondsUntilNextTryChanged();
    }
}

void Session::setTriesBeforeWait(int tries)
{
    if (m_triesBeforeWait != tries) {
        m_triesBeforeWait = tries;
        emit triesBeforeWaitChanged();
    }
}

void Session::readSecretKind()
{
    const Result<tideline::SecretKind> kind = m_vault->secretKind();
    if (!kind) {
        showError(kind.error(), State::Error);
        return;
    }
    if (m_secretKind != fromCore(kind.value())) {
        m_secretKind = fromCore(kind.value());
        emit secretKindChanged();
    }
}

} // namespace tideline::app
