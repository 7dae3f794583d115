#include "core/vault/UnlockThrottle.h"

#include "core/common/Log.h"
#include "core/vault/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace tideline {

namespace {

constexpr int kFormatVersion = 1;
// Enough to show a pattern ("someone tried 40 times"), small enough to stay a tiny file.
constexpr int kMaxRememberedAttempts = 100;
constexpr qint64 kWaits[] = {30, 60, 5 * 60, 15 * 60, 60 * 60};
static_assert(kWaits[std::size(kWaits) - 1] == UnlockThrottle::kMaxWaitSeconds);

} // namespace

UnlockThrottle::UnlockThrottle(QString path, const Clock& clock) : m_path(std::move(path)), m_clock(clock)
{}

qint64 UnlockThrottle::waitSecondsAfter(int failures)
{
    if (failures < kFreeTries) {
        return 0;
    }
    const auto index = std::min<std::size_t>(static_cast<std::size_t>(failures - kFreeTries), std::size(kWaits) - 1);
    return kWaits[index];
}

void UnlockThrottle::load()
{
    if (m_loaded) {
        return;
    }
    m_loaded = true;
    m_state = State{};
    m_state.lastObserved = m_clock.nowUtc();
    QFile file(m_path);
    if (!file.exists()) {
        return;
    }
    const auto doc = file.open(QIODevice::ReadOnly) && file.size() < 64 * 1024 ? QJsonDocument::fromJson(file.readAll())
                                                                               : QJsonDocument();
    const auto o = doc.object();
    if (!doc.isObject() || o.value(QStringLiteral("version")).toInt() != kFormatVersion) {
        // A damaged counter must not become a way to erase the lockout: assume the limit.
        qCWarning(lcVault) << "unlock-state unreadable; assuming the try limit was reached";
        m_state.failures = kFreeTries;
        m_state.waitRemainingMs = waitSecondsAfter(kFreeTries) * 1000;
        return;
    }
    // An edited file may say anything: the count stays a count, and the wait is never longer than
    // the one that count of tries sets, at most an hour (found by fuzz/fuzz_unlock_state: a huge
    // count overflowed on the next wrong try, and a huge wait overflowed, or locked the person out
    // for centuries).
    m_state.failures = std::clamp(o.value(QStringLiteral("failures")).toInt(), 0, kMaxCountedFailures);
    m_state.waitRemainingMs = std::clamp<qint64>(
        o.value(QStringLiteral("wait_remaining_ms")).toInteger(), 0, waitSecondsAfter(m_state.failures) * 1000);
    const auto observed = QDateTime::fromString(o.value(QStringLiteral("last_observed")).toString(), Qt::ISODateWithMs);
    if (observed.isValid()) {
        m_state.lastObserved = observed.toUTC();
    }
    for (const auto& value : o.value(QStringLiteral("failed_at")).toArray()) {
        const auto at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (at.isValid() && m_state.failedAt.size() < kMaxRememberedAttempts) {
            m_state.failedAt.append(at.toUTC());
        }
    }
    for (const auto& value : o.value(QStringLiteral("unlocked_at")).toArray()) {
        const auto at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (at.isValid() && m_state.unlockedAt.size() < kMaxRememberedAttempts) {
            m_state.unlockedAt.append(at.toUTC());
        }
    }
}

Status UnlockThrottle::save(const State& state)
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), kFormatVersion);
    o.insert(QStringLiteral("failures"), state.failures);
    o.insert(QStringLiteral("wait_remaining_ms"), state.waitRemainingMs);
    o.insert(QStringLiteral("last_observed"), state.lastObserved.toString(Qt::ISODateWithMs));
    QJsonArray failed;
    for (const auto& at : std::as_const(state.failedAt)) {
        failed.append(at.toString(Qt::ISODateWithMs));
    }
    o.insert(QStringLiteral("failed_at"), failed);
    if (!state.unlockedAt.isEmpty()) {
        QJsonArray unlocked;
        for (const auto& at : std::as_const(state.unlockedAt)) {
            unlocked.append(at.toString(Qt::ISODateWithMs));
        }
        o.insert(QStringLiteral("unlocked_at"), unlocked);
    }
    return writeFileAtomically(m_path, QJsonDocument(o).toJson(QJsonDocument::Compact), SavedFile::UnlockTries);
}

void UnlockThrottle::observeTime()
{
    load();
    const QDateTime now = m_clock.nowUtc();
    const qint64 passedMs = m_state.lastObserved.msecsTo(now);
    if (passedMs > 0) {
        m_state.waitRemainingMs = std::max<qint64>(0, m_state.waitRemainingMs - passedMs);
    }
    // After a jump back we start counting again from the new "now", keeping what was left.
    m_state.lastObserved = now;
}

qint64 UnlockThrottle::secondsLeft()
{
    const qint64 before = (load(), m_state.waitRemainingMs);
    observeTime();
    if (m_state.waitRemainingMs != before) {
        (void)save(m_state); // best effort: failing to note progress only makes the wait longer
    }
    return (m_state.waitRemainingMs + 999) / 1000;
}

int UnlockThrottle::consecutiveFailures()
{
    load();
    return m_state.failures;
}

QList<QDateTime> UnlockThrottle::failedAttempts()
{
    load();
    return m_state.failedAt;
}

QList<QDateTime> UnlockThrottle::deferredUnlocks()
{
    load();
    return m_state.unlockedAt;
}

Status UnlockThrottle::recordFailure()
{
    observeTime();
    State next = m_state;
    next.failures = std::min(next.failures + 1, kMaxCountedFailures);
    next.waitRemainingMs = waitSecondsAfter(next.failures) * 1000;
    next.failedAt.append(m_clock.nowUtc());
    while (next.failedAt.size() > kMaxRememberedAttempts) {
        next.failedAt.removeFirst();
    }
    if (Status saved = save(next); !saved) {
        return saved;
    }
    m_state = std::move(next);
    return {};
}

Status UnlockThrottle::recordSuccess()
{
    observeTime();
    m_state.failures = 0;
    m_state.waitRemainingMs = 0;
    m_state.failedAt.clear();
    m_state.unlockedAt.clear();
    return save(m_state);
}

Status UnlockThrottle::recordRightSecret(
    const QList<QDateTime>& failedAt, const std::optional<QDateTime>& deferredUnlock)
{
    QList<QDateTime> unlocks = deferredUnlocks();
    if (deferredUnlock) {
        unlocks.append(deferredUnlock->toUTC());
    }
    return recordRightSecret(failedAt, unlocks);
}

Status UnlockThrottle::recordPendingUnlock(const QList<QDateTime>& failedAt, const QList<QDateTime>& unrecordedUnlocks)
{
    return recordRightSecret(failedAt, unrecordedUnlocks + QList<QDateTime>{m_clock.nowUtc()});
}

Status UnlockThrottle::recordRightSecret(const QList<QDateTime>& failedAt, const QList<QDateTime>& unrecordedUnlocks)
{
    observeTime();
    m_state.failures = 0;
    m_state.waitRemainingMs = 0;
    m_state.failedAt = failedAt;
    m_state.unlockedAt = unrecordedUnlocks;
    while (m_state.unlockedAt.size() > kMaxRememberedAttempts) {
        m_state.unlockedAt.removeFirst();
    }
    return save(m_state);
}

} // namespace tideline
