#include "core/vault/UnlockThrottle.h"
#include "FileProbe.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace tideline;

TEST_CASE("Five free tries, then waits of 30 s, 1, 5, 15 and 60 minutes")
{
    REQUIRE(UnlockThrottle::waitSecondsAfter(4) == 0);
    REQUIRE(UnlockThrottle::waitSecondsAfter(5) == 30);
    REQUIRE(UnlockThrottle::waitSecondsAfter(6) == 60);
    REQUIRE(UnlockThrottle::waitSecondsAfter(7) == 300);
    REQUIRE(UnlockThrottle::waitSecondsAfter(8) == 900);
    REQUIRE(UnlockThrottle::waitSecondsAfter(9) == 3600);
    REQUIRE(UnlockThrottle::waitSecondsAfter(40) == 3600);
}

TEST_CASE("The wait counts down with the clock and survives a restart")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unlock-state"));
    ManualClock clock;
    {
        UnlockThrottle throttle(path, clock);
        for (int i = 0; i < 5; ++i) {
            REQUIRE(throttle.recordFailure().ok());
        }
        REQUIRE(throttle.secondsLeft() == 30);
        clock.advanceSeconds(10);
        REQUIRE(throttle.secondsLeft() == 20);
    }
    UnlockThrottle restarted(path, clock);
    REQUIRE(restarted.consecutiveFailures() == 5);
    REQUIRE(restarted.secondsLeft() == 20);
    REQUIRE(restarted.failedAttempts().size() == 5);
    clock.advanceSeconds(20);
    REQUIRE(restarted.secondsLeft() == 0);
    REQUIRE(restarted.recordFailure().ok());
    REQUIRE(restarted.secondsLeft() == 60);
    REQUIRE(restarted.recordSuccess().ok());
    REQUIRE(restarted.secondsLeft() == 0);
    REQUIRE(restarted.consecutiveFailures() == 0);
    REQUIRE(restarted.failedAttempts().isEmpty());
}

TEST_CASE("Moving the clock back does not shorten the wait")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unlock-state"));
    ManualClock clock;
    UnlockThrottle throttle(path, clock);
    for (int i = 0; i < 7; ++i) {
        REQUIRE(throttle.recordFailure().ok());
    }
    REQUIRE(throttle.secondsLeft() == 300);
    clock.advanceSeconds(-24 * 3600);
    REQUIRE(throttle.secondsLeft() == 300);
    clock.advanceSeconds(100);
    REQUIRE(throttle.secondsLeft() == 200);

    // Also across a restart with the clock moved back while closed.
    clock.advanceSeconds(-3600);
    UnlockThrottle restarted(path, clock);
    REQUIRE(restarted.secondsLeft() == 200);
}

TEST_CASE("A damaged try counter is read as the limit reached, not as a clean slate")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unlock-state"));
    REQUIRE(test::writeAll(path, "{not json"));
    ManualClock clock;
    UnlockThrottle throttle(path, clock);
    REQUIRE(throttle.secondsLeft() == 30);
}

TEST_CASE("An edited try counter cannot overflow nor set a wait longer than an hour")
{
    // Found by fuzz/fuzz_unlock_state (its corpus keeps the input as "extremes").
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unlock-state"));
    REQUIRE(test::writeAll(path,
        R"({"version":1,"failures":2147483647,"wait_remaining_ms":9223372036854775807,)"
        R"("last_observed":"2026-01-01T09:00:00.000Z","failed_at":[]})"));
    ManualClock clock;
    UnlockThrottle throttle(path, clock);
    CHECK(throttle.secondsLeft() == 60 * 60);
    const int before = throttle.consecutiveFailures();
    CHECK(before > UnlockThrottle::kFreeTries);
    REQUIRE(throttle.recordFailure().ok());
    CHECK(throttle.consecutiveFailures() >= before);
    CHECK(throttle.secondsLeft() == 60 * 60);

    // A small count with a long wait: the wait is the one that count sets.
    REQUIRE(test::writeAll(
        path, R"({"version":1,"failures":6,"wait_remaining_ms":86400000,"last_observed":"2026-01-01T09:00:00.000Z"})"));
    UnlockThrottle edited(path, clock);
    CHECK(edited.secondsLeft() == 60);
}
