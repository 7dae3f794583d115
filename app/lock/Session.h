#pragma once

#include "app/VaultAccess.h"
#include "app/lock/LockoutCountdown.h"
#include "app/lock/VaultWorker.h"
#include "app/onboarding/Onboarding.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/crypto/KdfParams.h"
#include "core/vault/VaultPaths.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace tideline {
class Vault;
struct UnlockReport;
struct CreatedVault;
} // namespace tideline

namespace tideline::app {

class SecretEntry;
class TaskProgress;

// The vault's state machine, and the one place QML asks to open, create, change or lock it.
// All vault logic lives in core/ (tideline::Vault); this class runs the slow Argon2id steps on
// its VaultWorker, turns typed results into a state, an error code and a plain message, and
// opens and closes the VaultAccess every model reads through. Beside it: the lockout countdown
// (LockoutCountdown, QML: Lockout) and first start with the recovery code (Onboarding).
class Session final : public QObject
{
    Q_OBJECT
    // Its invokables take SecretEntry*, which the generated code needs complete.
    Q_MOC_INCLUDE("app/lock/SecretEntry.h")
    Q_MOC_INCLUDE("app/tasks/TaskProgress.h")
    QML_ELEMENT
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(Session)

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    // A change of PIN/passphrase is running; the vault stays open meanwhile.
    Q_PROPERTY(bool working READ working NOTIFY workingChanged)
    Q_PROPERTY(QString busyMessage READ busyMessage NOTIFY stateChanged)
    Q_PROPERTY(SecretKind secretKind READ secretKind NOTIFY secretKindChanged)
    Q_PROPERTY(ErrorCode errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorChanged)
    Q_PROPERTY(QString unlockNotice READ unlockNotice NOTIFY unlockNoticeChanged)
    // The last recovery code went with a lock before the person said it was saved: offer to
    // renew the keys (and so make a new code). Skippable; it comes back at the next unlock.
    Q_PROPERTY(bool renewalOffered READ renewalOffered NOTIFY renewalOfferedChanged)
    Q_PROPERTY(QString dataDirectory READ dataDirectory CONSTANT)
    // A restore from a backup under way: what, how far, and Stop (which leaves the folder empty).
    Q_PROPERTY(tideline::app::TaskProgress* restoreProgress READ restoreProgress CONSTANT)

public:
    enum class State {
        Starting, // not probed yet
        NoVault, // first start: onboarding
        Locked, // the lock screen
        Busy, // Argon2id running for create, unlock or recovery
        Unlocked, // the vault is open
        InUse, // another running Tideline holds this vault
        KeyslotsMissing, // a database without its keyslots file
        Error, // damaged, newer version, cannot write: see lastError
    };
    Q_ENUM(State)

    enum class SecretKind { Pin, Passphrase };
    Q_ENUM(SecretKind)

    // tideline::ErrorCode for QML, plus NoError. Names differ where they would clash with State.
    enum class ErrorCode {
        NoError,
        WrongSecret,
        LockedOut,
        DamagedKeyslots,
        DamagedDatabase,
        NewerVersion,
        CannotWrite,
        VaultInUse,
        InvalidInput,
        VaultMissing,
        VaultExists,
        NotUnlocked,
        NotFound,
        InternalError,
    };
    Q_ENUM(ErrorCode)

    // kdf: Argon2id cost for new slots. std::nullopt (the app) calibrates on this machine;
    // tests pass KdfParams::interactive() so that a test does not spend a second per slot.
    explicit Session(VaultPaths paths, std::optional<KdfParams> kdf = std::nullopt,
        const Clock& clock = SystemClock::instance(), QObject* parent = nullptr);
    ~Session() override;

    // The instance QML sees; main.cpp (or a test) creates it and registers it here.
    static void setQmlInstance(Session* session);
    static Session* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    State state() const { return m_state; }
    bool working() const { return m_working; }
    QString busyMessage() const { return m_busyMessage; }
    SecretKind secretKind() const { return m_secretKind; }
    ErrorCode errorCode() const { return m_errorCode; }
    QString lastError() const { return m_lastError; }
    QString unlockNotice() const { return m_unlockNotice; }
    bool renewalOffered() const { return m_renewalOffered; }
    QString dataDirectory() const;
    TaskProgress* restoreProgress() const { return m_restoreProgress; }

    // What models and controllers reach the vault through (C++ only; handed to QML engines with
    // VaultAccess::provideTo).
    VaultAccess& vaultAccess() { return m_access; }
    LockoutCountdown& lockout() { return m_lockout; }
    Onboarding& onboarding() { return m_onboarding; }

    // Looks at the data directory and claims it (again, after an error or "in use").
    Q_INVOKABLE void start();
    // Why this would not do as a PIN/passphrase (in plain words), or "" when it would.
    Q_INVOKABLE QString secretProblem(tideline::app::SecretEntry* secret, SecretKind kind) const;

    // Each takes the typed bytes out of the entries at once, leaving them empty.
    Q_INVOKABLE void createVault(tideline::app::SecretEntry* secret, SecretKind kind);
    // First start, instead of createVault: a new vault from an encrypted backup (a local path,
    // or a file: URL from a dialog) with its backup passphrase, under a new PIN/passphrase; the
    // recovery code follows as after createVault. A wrong passphrase or a damaged file keeps
    // onboarding up with lastError.
    Q_INVOKABLE void restoreFromBackup(const QString& file, tideline::app::SecretEntry* backupPassphrase,
        tideline::app::SecretEntry* newSecret, SecretKind kind);
    Q_INVOKABLE void unlock(tideline::app::SecretEntry* secret);
    Q_INVOKABLE void recover(
        tideline::app::SecretEntry* recoveryCode, tideline::app::SecretEntry* newSecret, SecretKind newKind);
    Q_INVOKABLE void changeSecret(
        tideline::app::SecretEntry* currentSecret, tideline::app::SecretEntry* newSecret, SecretKind newKind);

    // A new data key and a new recovery code (core: Vault::renewKeys); the PIN/passphrase stays.
    // Asks the current one (a wrong one counts as a try). The open views let go of the database
    // while it is copied under the new key; on success the new code is shown as at first start
    // (Onboarding). renewFinished() tells the outcome; on failure lastError says why.
    Q_INVOKABLE void renewKeys(tideline::app::SecretEntry* currentSecret);
    // Before a copy leaves the vault (an export, a backup, the therapist summary, the advocate's
    // PDF): the PIN/passphrase once more (core: Vault::confirmSecret, counted by the lockout). On
    // success the VaultAccess holds a grant for that one copy; leavingConfirmed() tells the
    // outcome, and on failure lastError says why.
    Q_INVOKABLE void confirmLeaving(tideline::app::SecretEntry* secret);
    // "Not now" to renewalOffered.
    Q_INVOKABLE void dismissRenewalOffer();

    Q_INVOKABLE void lock();
    // Hide now, lock, then ask the application to end. No confirmation, by design.
    Q_INVOKABLE void quickExit();
    Q_INVOKABLE void clearError();
    // The person read the notice about wrong tries and put it away.
    Q_INVOKABLE void dismissUnlockNotice();

    // True from the start of a create/unlock/recover/change until its result has been taken in.
    bool isWorking() const { return m_worker.busy(); }
    const Clock& clock() const { return m_clock; }

signals:
    void stateChanged();
    void workingChanged();
    void secretKindChanged();
    void errorChanged();
    void unlockNoticeChanged();

    // Sent before the vault closes, so pages can save a draft while they still can.
    void aboutToLock();
    void locked();
    void unlocked();
    // The outcome of changeSecret(); on failure lastError says why.
    void secretChangeFinished(bool changed);
    // The outcome of confirmLeaving().
    void leavingConfirmed(bool confirmed);
    // The outcome of renewKeys().
    void renewFinished(bool renewed);
    void renewalOfferedChanged();
    // Quick exit: the window must disappear now; then the application should end.
    void hideRequested();
    void exitRequested();

private:
    // Runs one vault step on the worker; done takes its result in on this thread.
    void runInBackground(VaultWorker::Work work, VaultWorker::Work done);
    void afterBackgroundWork();

    void opened(State state);
    void finishCreate(const SecureBuffer& recoveryCode, SecretKind kind);
    void finishUnlock(const Result<UnlockReport>& result, State stateOnFailure);
    void showError(const Error& error, State stateOnFailure);
    void setError(ErrorCode code, const QString& message);
    void setState(State state);
    void setWorking(bool working);
    void setUnlockNotice(const QString& notice);
    void setRenewalOffered(bool offered);
    void finishRenew(Result<CreatedVault>& result);
    void recoveryCodeKept();
    void showWrongSecret(const Error& error);
    void setSecretKind(SecretKind kind);
    void refreshLockout();
    void lockoutOver();
    void readSecretKind();

    std::unique_ptr<Vault> m_vault;
    std::optional<KdfParams> m_kdf;
    const Clock& m_clock;
    VaultAccess m_access;
    LockoutCountdown m_lockout;
    Onboarding m_onboarding;
    VaultWorker m_worker;
    TaskProgress* m_restoreProgress;

    State m_state = State::Starting;
    bool m_working = false;
    QString m_busyMessage;
    SecretKind m_secretKind = SecretKind::Pin;
    ErrorCode m_errorCode = ErrorCode::NoError;
    QString m_lastError;
    QString m_unlockNotice;
    bool m_renewalOffered = false;

    bool m_lockWhenIdle = false; // a lock was asked while a worker held the vault
    bool m_exitWhenIdle = false; // a quick exit was asked while a worker held the vault
};

} // namespace tideline::app
