// The `unlock-state` file reader (core/vault/UnlockThrottle.h): the count of wrong tries and the
// wait, read before unlock from a plain file that someone else may have edited.
// Promises checked: whatever the file says, the wait is never negative nor longer than the
// longest wait Tideline ever sets (60 minutes); a wrong try always counts; a right one clears it.
#include "FuzzSupport.h"

#include "core/common/Clock.h"
#include "core/vault/UnlockThrottle.h"

using namespace tideline;

namespace {

constexpr qint64 kLongestWaitSeconds = 60 * 60;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = fuzz::writeScratchFile(QStringLiteral("unlock-state"), fuzz::bytesOf(data, size));
    ManualClock clock;
    {
        UnlockThrottle throttle(path, clock);
        const qint64 left = throttle.secondsLeft();
        FUZZ_CHECK(left >= 0 && left <= kLongestWaitSeconds);
        const int failures = throttle.consecutiveFailures();
        FUZZ_CHECK(failures >= 0);
        (void)throttle.failedAttempts();

        clock.advanceSeconds(7);
        FUZZ_CHECK(throttle.secondsLeft() <= left);
        FUZZ_CHECK(throttle.recordFailure().ok());
        // It counts, up to a ceiling far beyond any real count.
        FUZZ_CHECK(throttle.consecutiveFailures() > failures || failures == UnlockThrottle::kMaxCountedFailures);
        FUZZ_CHECK(failures <= UnlockThrottle::kMaxCountedFailures);
        const qint64 afterFailure = throttle.secondsLeft();
        FUZZ_CHECK(afterFailure >= 0 && afterFailure <= kLongestWaitSeconds);
    }
    {
        // What the failure wrote is read back by the next start.
        UnlockThrottle restarted(path, clock);
        FUZZ_CHECK(restarted.consecutiveFailures() >= 1);
        FUZZ_CHECK(restarted.secondsLeft() <= kLongestWaitSeconds);
        FUZZ_CHECK(restarted.recordSuccess().ok());
        FUZZ_CHECK(restarted.consecutiveFailures() == 0 && restarted.secondsLeft() == 0);
        FUZZ_CHECK(restarted.failedAttempts().isEmpty());
    }
    return 0;
}
