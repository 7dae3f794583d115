#include "app/lock/Session.h"

#include "app/QmlInstance.h"

#include "app/lock/SessionKinds.h"
#include "app/tasks/TaskProgress.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QJSEngine>
#include <QLoggingCategory>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace tideline::app {

Q_LOGGING_CATEGORY(lcSession, "tideline.app.session")

using sessionkinds::fromCore;
using sessionkinds::isRetryable;

namespace {

QString nativeFolder(const QString& dir)
{
    return QDir::toNativeSeparators(QDir(dir).absolutePath());
}

} // namespace

Session::Session(VaultPaths paths, std::optional<KdfParams> kdf, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_vault(std::make_unique<Vault>(paths, clock))
    , m_kdf(kdf)
    , m_clock(clock)
    , m_access(clock, nativeFolder(paths.dir), kdf)
    , m_lockout(nullptr) // members, so no QObject parent
    , m_onboarding(nullptr)
    , m_restoreProgress(new TaskProgress(this))
{
    m_access.setVault(m_vault.get());
    connect(&m_lockout, &LockoutCountdown::waitOver, this, &Session::lockoutOver);
    connect(&m_worker, &VaultWorker::idle, this, &Session::afterBackgroundWork);
    // Models hear of the vault through m_access, before anyone else listening here.
    connect(this, &Session::unlocked, &m_access, &VaultAccess::opened);
    connect(this, &Session::aboutToLock, &m_access, &VaultAccess::closing);
    connect(this, &Session::locked, &m_access, &VaultAccess::closed);
    connect(&m_onboarding, &Onboarding::recoveryCodeKept, this, &Session::recoveryCodeKept);
}

Session::~Session()
{
    // A worker may still be deriving a key with m_vault; let it finish before the vault goes.
    m_worker.waitForFinished();
    m_access.setDatabase(nullptr);
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

QString Session::dataDirectory() const
{
    return m_access.directory();
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
        m_onboarding.begin();
        setState(State::NoVault);
        return;
    }
    readSecretKind();
    refreshLockout();
    if (m_state != State::Error) {
        setState(State::Locked);
    }
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
    m_access.setDatabase(nullptr);
    m_vault->lock();
    setUnlockNotice({});
    setRenewalOffered(false);
    // The code goes with the lock, and onboarding with it; unconfirmed, so the next unlock offers
    // a new one.
    m_onboarding.dropRecoveryCode();
    clearError();
    refreshLockout();
    setState(State::Locked);
    emit locked();
}

void Session::quickExit()
{
    emit hideRequested();
    m_restoreProgress->stop(); // a restore stops at once and leaves nothing behind
    if (isWorking()) {
        m_lockWhenIdle = true;
        m_exitWhenIdle = true;
        return;
    }
    lock();
    emit exitRequested();
}

void Session::clearError()
{
    setError(ErrorCode::NoError, {});
}

void Session::dismissUnlockNotice()
{
    setUnlockNotice({});
}

void Session::runInBackground(VaultWorker::Work work, VaultWorker::Work done)
{
    m_worker.run(std::move(work), std::move(done));
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

void Session::opened(State state)
{
    // While Unlocked the only worker is changeSecret(), which re-seals the keyslots file and
    // never touches the database, so pages keep saving during a PIN change.
    m_access.setDatabase(&m_vault->database());
    setState(state);
    emit unlocked();
}

void Session::showError(const Error& error, State stateOnFailure)
{
    if (stateOnFailure == State::Locked) {
        refreshLockout(); // a wrong try may have started a wait
    }
    showWrongSecret(error);
    // The code only: messages could one day quote what was typed.
    qCInfo(lcSession) << "vault operation refused:" << fromCore(error.code);
    setState(isRetryable(error.code) ? stateOnFailure
                                     : (error.code == tideline::ErrorCode::InUse ? State::InUse : State::Error));
}

void Session::showWrongSecret(const Error& error)
{
    if (error.code == tideline::ErrorCode::WrongSecret) {
        // Core's message is right but plain; a gentler one reads better.
        const QString hint = m_lockout.triesHint();
        const QString gentle = tr("That didn't open it. Take your time.");
        setError(ErrorCode::WrongSecret, hint.isEmpty() ? gentle : gentle + u' ' + hint);
    } else {
        setError(fromCore(error.code), error.message);
    }
}

void Session::setRenewalOffered(bool offered)
{
    if (m_renewalOffered != offered) {
        m_renewalOffered = offered;
        emit renewalOfferedChanged();
    }
}

void Session::dismissRenewalOffer()
{
    setRenewalOffered(false);
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

void Session::setSecretKind(SecretKind kind)
{
    if (m_secretKind != kind) {
        m_secretKind = kind;
        emit secretKindChanged();
    }
}

void Session::refreshLockout()
{
    if (m_vault->presence() != VaultPresence::Ready) {
        return;
    }
    m_lockout.show(m_vault->secondsUntilNextTry(), m_vault->consecutiveFailures());
}

void Session::lockoutOver()
{
    // The wait is over by the countdown's clock; the vault has the last word (it is persisted and
    // clock-safe).
    if (!isWorking()) {
        refreshLockout();
    }
    if (m_errorCode == ErrorCode::LockedOut && !m_lockout.waiting()) {
        clearError();
    }
}

void Session::readSecretKind()
{
    const Result<tideline::SecretKind> kind = m_vault->secretKind();
    if (!kind) {
        showError(kind.error(), State::Error);
        return;
    }
    setSecretKind(fromCore(kind.value()));
}

} // namespace tideline::app
