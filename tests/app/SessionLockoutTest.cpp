#include "Wait.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"

#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace tideline;
using namespace tideline::app;
using namespace Qt::StringLiterals;
using State = Session::State;

namespace {

void tryWrongPin(Session& session)
{
    SecretEntry entry;
    entry.appendText(u"000000"_s);
    session.unlock(&entry);
    REQUIRE(test::waitUntil([&] { return !session.isWorking() && session.state() == State::Locked; }));
}

} // namespace

TEST_CASE("Session: after five wrong tries a countdown runs and survives a restart", "[session][lockout]")
{
    test::TestVault fixture;
    fixture.vault.reset();
    {
        Session session(fixture.paths, test::fastKdf());
        session.start();
        REQUIRE(session.state() == State::Locked);

        for (int i = 0; i < 3; ++i) {
            tryWrongPin(session);
        }
        CHECK(session.lockout().triesBeforeWait() == 2);
        CHECK(session.lastError().contains(u"2 more tries before a short wait"_s));
        tryWrongPin(session);
        CHECK(session.lastError().contains(u"One more try"_s));

        QSignalSpy secondsSpy(&session.lockout(), &LockoutCountdown::secondsUntilNextTryChanged);
        tryWrongPin(session);
        CHECK(session.lockout().secondsUntilNextTry() > 0);
        CHECK(session.lockout().secondsUntilNextTry() <= 30);
        CHECK(session.lockout().nextTryCountdown().startsWith(u"0:"_s));
        CHECK(session.lockout().triesBeforeWait() == -1);

        // The visible countdown ticks down by itself.
        const int before = session.lockout().secondsUntilNextTry();
        REQUIRE(secondsSpy.wait(2500));
        CHECK(session.lockout().secondsUntilNextTry() < before);

        // A try during the wait is refused without a worker and without counting.
        SecretEntry entry;
        entry.appendText(QString::fromLatin1(test::kTestPin));
        session.unlock(&entry);
        CHECK(entry.length() == 0);
        CHECK(session.state() == State::Locked);
        CHECK_FALSE(session.isWorking());
    }
    // A new start (as after quitting the app) still shows the wait.
    Session restarted(fixture.paths, test::fastKdf());
    restarted.start();
    CHECK(restarted.state() == State::Locked);
    CHECK(restarted.lockout().secondsUntilNextTry() > 0);
}
