#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/crypto/KdfParams.h"
#include "core/vault/VaultPaths.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace tideline {
class Database;
class Vault;
struct UnlockReport;
} // namespace tideline

namespace tideline::app {

class SecretEntry;
class TaskProgress;

// The one place QML learns whether the vault is open, and the one place it asks to open,
// create, change or lock it. All vault logic lives in core/ (tideline::Vault); this class
// runs the slow Argon2id steps on a worker thread, turns typed results into a state, an
// error code and a plain message, and drives the lockout countdown.
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
    // True from first start until the person has seen the recovery code: Main keeps onboarding up.
    Q_PROPERTY(bool onboarding READ onboarding NOTIFY onboardingChanged)
    // A change of PIN/passphrase is running; the vault stays open meanwhile.
    Q_PROPERTY(bool working READ working NOTIFY workingChanged)
    Q_PROPERTY(QString busyMessage READ busyMessage NOTIFY stateChanged)
    Q_PROPERTY(SecretKind secretKind READ secretKind NOTIFY secretKindChanged)
    Q_PROPERTY(int secondsUntilNextTry READ secondsUntilNextTry NOTIFY secondsUntilNextTryChanged)
    // "0:29": the wait as the lock screen shows it.
    Q_PROPERTY(QString nextTryCountdown READ nextTryCountdown NOTIFY secondsUntilNextTryChanged)
    // Tries left before a wait begins; -1 when a wait is already running.
    Q_PROPERTY(int triesBeforeWait READ triesBeforeWait NOTIFY triesBeforeWaitChanged)
    Q_PROPERTY(ErrorCode errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorChanged)
    Q_PROPERTY(QString unlockNotice READ unlockNotice NOTIFY unlockNoticeChanged)
    // Shown once after creation (and after recovery); cleared by acknowledgeRecoveryCode().
    Q_PROPERTY(QString recoveryCode READ recoveryCode NOTIFY recoveryCodeChanged)
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
    bool onboarding() const { return m_onboarding; }
    bool working() const { return m_working; }
    QString busyMessage() const { return m_busyMessage; }
    SecretKind secretKind() const { return m_secretKind; }
    int secondsUntilNextTry() const { return m_secondsUntilNextTry; }
    QString nextTryCountdown() const;
    int triesBeforeWait() const { return m_triesBeforeWait; }
    ErrorCode errorCode() const { return m_errorCode; }
    QString lastError() const { return m_lastError; }
    QString unlockNotice() const { return m_unlockNotice; }
    QString recoveryCode() const { return m_recoveryCode; }
    QString dataDirectory() const;
    TaskProgress* restoreProgress() const { return m_restoreProgress; }

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

    Q_INVOKABLE void lock();
    // Hide now, lock, then ask the application to end. No confirmation, by design.
    Q_INVOKABLE void quickExit();
    Q_INVOKABLE void acknowledgeRecoveryCode();
    Q_INVOKABLE void clearError();
    // The person read the notice about wrong tries and put it away.
    Q_INVOKABLE void dismissUnlockNotice();

    // True from the start of a create/unlock/recover/change until its result has been taken in.
    bool isWorking() const { return m_workerActive; }

    // For app/ controllers (C++ only, never QML): the open database while the state is
    // Unlocked, nullptr otherwise. Controllers hold it no longer than one call: they save
    // their drafts on aboutToLock() and drop every row of user content on locked().
    Database* database();
    // For long tasks (app/tasks/TaskProgress): a connection of their own to the open vault, used
    // on their worker thread only; nullptr (and why, in `error`) while locked or when it cannot
    // open. Every task holding one ends before the vault locks (TaskProgress waits on aboutToLock).
    std::shared_ptr<Database> openTaskConnection(QString* error = nullptr);
    const Clock& clock() const { return m_clock; }
    // The Argon2id cost given at construction (tests: the floor), for other secrets the app
    // stretches, such as a backup passphrase; nullopt means "calibrate".
    std::optional<KdfParams> kdf() const { return m_kdf; }
    // The instance main() (or a test) registered; nullptr before that.
    static Session* instance();

signals:
    void stateChanged();
    void onboardingChanged();
    void workingChanged();
    void secretKindChanged();
    void secondsUntilNextTryChanged();
    void triesBeforeWaitChanged();
    void errorChanged();
    void unlockNoticeChanged();
    void recoveryCodeChanged();

    // Sent before the vault closes, so pages can save a draft while they still can.
    void aboutToLock();
    void locked();
    void unlocked();
    // The outcome of changeSecret(); on failure lastError says why.
    void secretChangeFinished(bool changed);
    // Quick exit: the window must disappear now; then the application should end.
    void hideRequested();
    void exitRequested();

private:
    using Work = std::function<void()>;
    // Runs work on a worker thread, then done on this object's thread.
    void runInBackground(Work work, Work done);
    void afterBackgroundWork();

    void finishUnlock(const Result<UnlockReport>& result, State stateOnFailure);
    void showError(const Error& error, State stateOnFailure);
    void setError(ErrorCode code, const QString& message);
    void setState(State state);
    void setOnboarding(bool onboarding);
    void setWorking(bool working);
    void setUnlockNotice(const QString& notice);
    void setRecoveryCode(const QString& code);
    void refreshLockout();
    void tickCountdown();
    void setSecondsUntilNextTry(int seconds);
    void setTriesBeforeWait(int tries);
    void readSecretKind();

    std::unique_ptr<Vault> m_vault;
    std::optional<KdfParams> m_kdf;
    const Clock& m_clock;

    State m_state = State::Starting;
    bool m_onboarding = false;
    bool m_working = false;
    QString m_busyMessage;
    SecretKind m_secretKind = SecretKind::Pin;
    int m_secondsUntilNextTry = 0;
    int m_triesBeforeWait = -1;
    ErrorCode m_errorCode = ErrorCode::NoError;
    QString m_lastError;
    QString m_unlockNotice;
    QString m_recoveryCode;

    TaskProgress* m_restoreProgress;
    QTimer m_countdownTimer;
    QElapsedTimer m_countdownClock; // monotonic: moving the wall clock does not shorten the wait
    qint64 m_countdownEndsAtMs = 0;

    QFuture<void> m_busyWork;
    // Set and cleared on this thread only; the future may still count as running for a moment
    // after the result has arrived, so it cannot answer "may I lock now?".
    bool m_workerActive = false;
    bool m_lockWhenIdle = false; // a lock was asked while a worker held the vault
    bool m_exitWhenIdle = false; // a quick exit was asked while a worker held the vault
};

} // namespace tideline::app
