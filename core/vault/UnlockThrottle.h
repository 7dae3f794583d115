#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tideline {

// Counts wrong tries and enforces the waits of DESIGN.md section 3: five free tries, then
// 30 s, 1, 5, 15 and 60 minutes. The state lives in a small plain file (no user content) so
// it survives a restart. Time only ever counts forward: when the clock is moved back, the
// wait left is kept, not reset. Moving the clock forward, or deleting the file, is beyond
// what a keyboard lock can stop; against copied files only Argon2id and the secret protect.
class UnlockThrottle
{
public:
    static constexpr int kFreeTries = 5;
    // Beyond any real count of tries; keeps the count from overflowing, whatever the file says.
    static constexpr int kMaxCountedFailures = 1'000'000;
    // The longest wait there is; a stored wait is never longer, so an edited file cannot lock the
    // person out for ever.
    static constexpr qint64 kMaxWaitSeconds = 3600;

    UnlockThrottle(QString path, const Clock& clock);

    qint64 secondsLeft();
    int consecutiveFailures();
    // Failed tries since the last successful unlock (UTC).
    QList<QDateTime> failedAttempts();

    // Counts a try as failed. The vault calls it BEFORE deriving the key (Vault::countTry), so a
    // try cut short by killing the program or pulling the plug still counts; a try that opens the
    // vault takes it back with recordSuccess(). When the count cannot be saved nothing changes,
    // in memory or on disk, and the error says why: the caller refuses the try (fails closed).
    Status recordFailure();
    Status recordSuccess();
    // The secret was right but its tries could not be recorded in the vault yet (the database did
    // not open, or a full disk refused the record): the count and the wait start again, while
    // failedAt (the tries before this one) and, when given, this unlock stay listed until an
    // unlock can record them.
    Status recordRightSecret(const QList<QDateTime>& failedAt, const std::optional<QDateTime>& deferredUnlock = {});
    // The same, with the whole list of unlocks not yet recorded in the vault given (an unlock
    // whose database did not open puts the list back as it was).
    Status recordRightSecret(const QList<QDateTime>& failedAt, const QList<QDateTime>& unrecordedUnlocks);
    // The secret proved right: the try counted before deriving its key is taken back, and this
    // unlock (now) is listed after unrecordedUnlocks as not yet recorded in the vault. The vault
    // calls it BEFORE its database opens: the file is rewritten at about the size the counted try
    // just wrote, while on a full disk SQLite may leave no room for it afterwards (the unlock was
    // then lost from the record, and its try stayed counted as a wrong one). The vault records
    // the listed unlocks, this one last, and recordSuccess() clears the list.
    Status recordPendingUnlock(const QList<QDateTime>& failedAt, const QList<QDateTime>& unrecordedUnlocks);
    // Unlocks whose record is still waiting for room in the vault (UTC).
    QList<QDateTime> deferredUnlocks();

    // The wait after the n-th wrong try in a row.
    static qint64 waitSecondsAfter(int failures);

private:
    struct State
    {
        int failures = 0;
        qint64 waitRemainingMs = 0;
        QDateTime lastObserved;
        QList<QDateTime> failedAt;
        QList<QDateTime> unlockedAt; // unlocks not yet recorded in the vault
    };

    void load();
    Status save(const State& state);
    // Counts the time that passed since the last look, forward only.
    void observeTime();

    QString m_path;
    const Clock& m_clock;
    State m_state;
    bool m_loaded = false;
};

} // namespace tideline
