#pragma once

#include <QDateTime>

namespace tideline {

// Time comes through a Clock so that tests can move it (lockout waits, "today", auto-lock).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }

    // The process-wide real clock.
    static const SystemClock& instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

// A clock that stands still until told to move; for tests and benchmarks.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC)) : m_now(std::move(start))
    {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace tideline
