// Session's vault steps: create, restore, unlock, recover and change of secret. Each runs its
// Argon2id on the worker and takes the result in on the Session's thread.
#include "app/lock/Session.h"

#include "app/lock/SecretEntry.h"
#include "app/lock/SessionKinds.h"
#include "app/lock/UnlockNotice.h"
#include "app/tasks/TaskProgress.h"
#include "core/exchange/Restore.h"
#include "core/vault/Vault.h"

#include <QLoggingCategory>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tideline::app {

Q_DECLARE_LOGGING_CATEGORY(lcSession)

using sessionkinds::fromCore;
using sessionkinds::toCore;

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
            finishCreate(result->value().value().recoveryCode, kind);
            result->reset(); // wipes the code's guarded copy now
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
    auto progress = std::make_shared<Progress>(m_restoreProgress->beginExternal());
    runInBackground(
        [this, path, passphrase, bytes, kind, result, progress] {
            Result<exchange::OpenedBackup> opened = exchange::openBackup(path, *passphrase, *progress);
            passphrase->clear();
            if (!opened) {
                result->emplace(opened.error());
                return;
            }
            result->emplace(exchange::restoreBackup(*m_vault, opened.value(), *bytes, toCore(kind), m_kdf, *progress));
        },
        [this, kind, result] {
            m_restoreProgress->endExternal();
            if (!result->value() && result->value().code() == tideline::ErrorCode::Cancelled) {
                clearError(); // stopped, as asked: the folder is as it was, onboarding stays
                setState(State::NoVault);
                return;
            }
            if (!result->value()) {
                // Not showError: a wrong passphrase or a damaged backup is no reason to leave
                // onboarding; the person can pick another file or type again.
                setError(fromCore(result->value().code()), result->value().error().message);
                qCInfo(lcSession) << "restore refused:" << fromCore(result->value().code());
                setState(State::NoVault);
                return;
            }
            finishCreate(result->value().value().recoveryCode, kind);
            result->reset();
        });
}

void Session::finishCreate(const SecureBuffer& recoveryCode, SecretKind kind)
{
    // Onboarding keeps its own guarded copy and draws it from there; it never becomes a QString.
    m_onboarding.showRecoveryCode(recoveryCode);
    setSecretKind(kind);
    setUnlockNotice({});
    opened(State::Unlocked);
}

void Session::unlock(SecretEntry* secret)
{
    if (secret == nullptr || m_state != State::Locked || isWorking()) {
        return;
    }
    auto bytes = std::make_shared<SecureBuffer>(secret->take());
    if (m_lockout.waiting()) {
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
    if (m_lockout.waiting()) {
        return;
    }
    clearError();
    auto result = std::make_shared<std::optional<Result<UnlockReport>>>();
    m_busyMessage = tr("Opening with your recovery code…");
    setState(State::Busy);
    runInBackground([this, code, bytes, newKind,
                        result] { result->emplace(m_vault->recover(*code, *bytes, toCore(newKind), m_kdf)); },
        [this, newKind, result] {
            if (result->value()) {
                setSecretKind(newKind);
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
                setSecretKind(newKind);
            } else {
                setError(fromCore(status.code()), status.error().message);
            }
            emit secretChangeFinished(status.ok());
        });
}

void Session::finishUnlock(const Result<UnlockReport>& result, State stateOnFailure)
{
    if (!result) {
        showError(result.error(), stateOnFailure);
        return;
    }
    m_lockout.reset();
    setUnlockNotice(unlockNoticeText(result.value().failedAttemptsSinceLastVisit, m_clock.nowUtc()));
    setRenewalOffered(result.value().recoveryCodeUnconfirmed);
    opened(State::Unlocked);
}

void Session::renewKeys(SecretEntry* currentSecret)
{
    if (currentSecret == nullptr || m_state != State::Unlocked || isWorking()) {
        return;
    }
    // During a wait after wrong tries core refuses with its own words (LockedOut), shown like a
    // wrong try's.
    auto current = std::make_shared<SecureBuffer>(currentSecret->take());
    clearError();
    auto result = std::make_shared<std::optional<Result<CreatedVault>>>();
    setWorking(true);
    // The database is copied under the new key and reopened: drafts are kept now, long tasks
    // stop, and no view reads it until it is back.
    emit aboutToLock();
    m_access.setDatabase(nullptr);
    emit m_access.closed();
    runInBackground([this, current, result] { result->emplace(m_vault->renewKeys(*current, m_kdf)); },
        [this, result] {
            finishRenew(result->value());
            result->reset(); // wipes the code's guarded copy now
        });
}

void Session::finishRenew(Result<CreatedVault>& result)
{
    setWorking(false);
    if (!m_vault->isUnlocked()) {
        // The swap failed midway and the vault closed itself: it opens with the old keys or the
        // new ones (core sees to it), from the lock screen.
        setError(fromCore(result ? tideline::ErrorCode::Internal : result.code()),
            result ? QString() : result.error().message);
        refreshLockout();
        setRenewalOffered(false);
        m_onboarding.dropRecoveryCode();
        setState(State::Locked);
        emit locked();
        emit renewFinished(false);
        return;
    }
    m_access.setDatabase(&m_vault->database());
    emit m_access.opened();
    if (!result) {
        refreshLockout(); // a wrong try may have started a wait
        showWrongSecret(result.error());
        qCInfo(lcSession) << "renewing the keys refused:" << fromCore(result.code());
        emit renewFinished(false);
        return;
    }
    setRenewalOffered(false);
    // Drawn once by onboarding's last step, from onboarding's own guarded copy.
    m_onboarding.showRenewedRecoveryCode(result.value().recoveryCode);
    emit renewFinished(true);
}

void Session::recoveryCodeKept()
{
    // One small write, on this thread: the database is the window's connection, which the
    // worker never shares while the vault is open.
    if (!m_vault->isUnlocked()) {
        return;
    }
    if (const Status confirmed = m_vault->confirmRecoveryCodeSeen(); !confirmed) {
        // Not worth troubling the person: the next unlock merely offers a new code again.
        qCWarning(lcSession) << "could not note the recovery code as saved:" << fromCore(confirmed.code());
        return;
    }
    setRenewalOffered(false);
}

} // namespace tideline::app
