#include "app/lock/AutoLock.h"
#include "Wait.h"
#include "app/AppSettings.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"

#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QWindow>

using namespace tideline;
using namespace tideline::app;
using namespace Qt::StringLiterals;
using State = Session::State;

namespace {

struct UnlockedSession
{
    UnlockedSession()
    {
        fixture.vault.reset();
        session.start();
        SecretEntry entry;
        entry.appendText(QString::fromLatin1(test::kTestPin));
        session.unlock(&entry);
        REQUIRE(test::waitUntil([&] { return session.state() == State::Unlocked; }));
    }

    test::TestVault fixture;
    Session session{fixture.paths, test::fastKdf()};
    AppSettings settings{fixture.paths.settings()};
};

} // namespace

TEST_CASE("AutoLock follows the settings' delay unless a test shortens it", "[autolock]")
{
    UnlockedSession s;
    AutoLock autoLock(s.session, s.settings);
    CHECK(autoLock.idleIntervalMs() == 5 * 60 * 1000);
    CHECK(autoLock.isArmed());
    s.settings.setAutoLockMinutes(15);
    CHECK(autoLock.idleIntervalMs() == 15 * 60 * 1000);
    autoLock.setIdleIntervalOverride(300);
    CHECK(autoLock.idleIntervalMs() == 300);

    s.session.lock();
    CHECK_FALSE(autoLock.isArmed()); // nothing to guard while locked
}

TEST_CASE("AutoLock locks after the idle delay", "[autolock]")
{
    UnlockedSession s;
    AutoLock autoLock(s.session, s.settings);
    autoLock.setIdleIntervalOverride(200);
    QElapsedTimer timer;
    timer.start();
    REQUIRE(test::waitUntil([&] { return s.session.state() == State::Locked; }, 3000));
    CHECK(timer.elapsed() >= 150);
}

TEST_CASE("AutoLock: input resets the idle delay", "[autolock]")
{
    UnlockedSession s;
    AutoLock autoLock(s.session, s.settings);
    autoLock.setIdleIntervalOverride(800); // wide margin: a loaded CI machine can stall the loop

    QWindow window;
    QElapsedTimer timer;
    timer.start();
    // Keep "typing" for well over the delay: the session must stay open.
    while (timer.elapsed() < 1600) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, u"a"_s);
        QCoreApplication::sendEvent(&window, &press);
        test::waitUntil([] { return false; }, 50);
    }
    CHECK(s.session.state() == State::Unlocked);
    // Then stop: it locks.
    REQUIRE(test::waitUntil([&] { return s.session.state() == State::Locked; }, 3000));
}

TEST_CASE("AutoLock: minimising locks only when the person asked for it", "[autolock]")
{
    UnlockedSession s;
    AutoLock autoLock(s.session, s.settings);
    QWindow window;
    autoLock.watchWindow(&window);
    window.show();

    window.showMinimized();
    test::waitUntil([&] { return window.visibility() == QWindow::Minimized; }, 1000);
    REQUIRE(window.visibility() == QWindow::Minimized);
    CHECK(s.session.state() == State::Unlocked);

    window.showNormal();
    test::waitUntil([&] { return window.visibility() != QWindow::Minimized; }, 1000);
    s.settings.setLockWhenMinimized(true);
    window.showMinimized();
    REQUIRE(test::waitUntil([&] { return s.session.state() == State::Locked; }, 1000));
}
