#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

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

    UnlockThrottle(QString path, const Clock& clock);

    qint64 secondsLeft();
    int consecutiveFailures();
    // Failed tries since the last successful unlock (UTC).
    QList<QDateTime> failedAttempts();

    Status recordFailure();
    Status recordSuccess();

    // The wait after the n-th wrong try in a row.
    static qint64 waitSecondsAfter(int failures);

private:
    struct State
    {
        int failures = 0;
        qint64 waitRemainingMs = 0;
        QDateTime lastObserved;
        QList<QDateTime> failedAt;
    };

    void load();
    Status save();
    // Counts the time that passed since the last look, forward only.
    void observeTime();

    QString m_path;
    const Clock& m_clock;
    State m_state;
    bool m_loaded = false;
};

} // namespace tideline
