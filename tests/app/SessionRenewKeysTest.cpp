// The recovery code and the keys from the app's side: auto-lock runs while the code is on
// screen, "I have saved it" is noted in the vault, a code that went with a lock is offered
// again as a renewal, and renewing gives a new code that the old one no longer matches.
#include "RecoveryCodeText.h"
#include "Wait.h"
#include "app/AppSettings.h"
#include "app/lock/AutoLock.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"

#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::app;
using namespace Qt::StringLiterals;
using State = Session::State;

namespace {

const QString kPin = u"246810"_s;

// A first start through the Session, as onboarding does: the recovery code is on screen.
struct NewVault
{
    NewVault()
    {
        session.start();
        SecretEntry entry;
        entry.appendText(kPin);
        session.createVault(&entry, Session::SecretKind::Pin);
        REQUIRE(test::waitUntil([&] { return session.state() == State::Unlocked; }));
        REQUIRE_FALSE(test::recoveryCodeText(session.onboarding()).isEmpty());
    }

    void unlock(const QString& secret)
    {
        SecretEntry entry;
        entry.appendText(secret);
        session.unlock(&entry);
        REQUIRE(test::waitUntil([&] { return !session.isWorking() && session.state() != State::Busy; }));
    }

    // Runs renewKeys with this secret and returns whether it renewed.
    bool renew(const QString& secret)
    {
        QSignalSpy finished(&session, &Session::renewFinished);
        SecretEntry entry;
        entry.appendText(secret);
        session.renewKeys(&entry);
        CHECK(entry.length() == 0); // the session took the bytes at once
        REQUIRE(test::waitUntil([&] { return !finished.isEmpty(); }));
        CHECK_FALSE(session.working());
        return finished.first().at(0).toBool();
    }

    QTemporaryDir dir;
    VaultPaths paths{dir.path()};
    Session session{paths, test::fastKdf()};
    AppSettings settings{paths.settings()};
};

} // namespace

TEST_CASE("Renew keys: auto-lock runs while the recovery code is on screen", "[session][renew]")
{
    NewVault v;
    AutoLock autoLock(v.session, v.settings);
    autoLock.setIdleIntervalOverride(150);
    CHECK(autoLock.isArmed());
    REQUIRE(test::waitUntil([&] { return v.session.state() == State::Locked; }, 3000));
    // The code went with the lock, from memory too.
    CHECK(test::recoveryCodeText(v.session.onboarding()).isEmpty());
    CHECK_FALSE(v.session.onboarding().active());
}

TEST_CASE("Renew keys: a code that went with a lock is offered again at the next unlock", "[session][renew]")
{
    NewVault v;
    CHECK_FALSE(v.session.renewalOffered()); // nothing to offer while the code is still there
    v.session.lock();
    v.unlock(kPin);
    REQUIRE(v.session.state() == State::Unlocked);
    CHECK(v.session.renewalOffered());

    SECTION("Not now puts it away until the next unlock")
    {
        QSignalSpy changed(&v.session, &Session::renewalOfferedChanged);
        v.session.dismissRenewalOffer();
        CHECK_FALSE(v.session.renewalOffered());
        CHECK(changed.size() == 1);
        v.session.lock();
        v.unlock(kPin);
        CHECK(v.session.renewalOffered());
    }
    SECTION("renewing shows a new code, and saying it is saved ends the offer for good")
    {
        REQUIRE(v.renew(kPin));
        CHECK_FALSE(v.session.renewalOffered());
        CHECK(v.session.onboarding().active()); // the code is drawn by onboarding's last step
        CHECK(test::recoveryCodeText(v.session.onboarding()).split(u'-').size() == 7);
        v.session.onboarding().acknowledgeRecoveryCode();
        CHECK(test::recoveryCodeText(v.session.onboarding()).isEmpty());
        CHECK_FALSE(v.session.onboarding().active());
        v.session.lock();
        v.unlock(kPin);
        REQUIRE(v.session.state() == State::Unlocked);
        CHECK_FALSE(v.session.renewalOffered());
    }
}

TEST_CASE("Renew keys: I have saved it is noted in the vault", "[session][renew]")
{
    NewVault v;
    v.session.onboarding().acknowledgeRecoveryCode();
    v.session.lock();
    v.unlock(kPin);
    REQUIRE(v.session.state() == State::Unlocked);
    CHECK_FALSE(v.session.renewalOffered());
}

TEST_CASE("Renew keys: a new code, the same PIN, and the old code opens nothing", "[session][renew]")
{
    NewVault v;
    const QString oldCode = test::recoveryCodeText(v.session.onboarding());
    v.session.onboarding().acknowledgeRecoveryCode();

    // A wrong PIN is a wrong try, told gently; the vault stays open and nothing changes.
    CHECK_FALSE(v.renew(u"135799"_s));
    CHECK(v.session.state() == State::Unlocked);
    CHECK(v.session.errorCode() == Session::ErrorCode::WrongSecret);
    CHECK(v.session.lastError().startsWith(u"That didn't open it."_s));
    CHECK(test::recoveryCodeText(v.session.onboarding()).isEmpty());

    REQUIRE(v.renew(kPin));
    CHECK(v.session.state() == State::Unlocked);
    CHECK(v.session.errorCode() == Session::ErrorCode::NoError);
    const QString newCode = test::recoveryCodeText(v.session.onboarding());
    CHECK(newCode.split(u'-').size() == 7);
    CHECK(newCode != oldCode);
    v.session.onboarding().acknowledgeRecoveryCode();
    // The database is back for the views after the swap.
    CHECK(v.session.vaultAccess().isOpen());

    v.session.lock();
    SecretEntry codeEntry;
    codeEntry.appendText(oldCode);
    SecretEntry newPin;
    newPin.appendText(u"97531086"_s);
    v.session.recover(&codeEntry, &newPin, Session::SecretKind::Pin);
    REQUIRE(test::waitUntil([&] { return !v.session.isWorking() && v.session.state() != State::Busy; }));
    CHECK(v.session.state() == State::Locked);
    CHECK(v.session.errorCode() == Session::ErrorCode::WrongSecret);

    // The PIN is the same as before the renewal.
    v.unlock(kPin);
    CHECK(v.session.state() == State::Unlocked);
}

TEST_CASE("Renew keys: a lock asked during the renewal waits for it, then drops the new code", "[session][renew]")
{
    NewVault v;
    v.session.onboarding().acknowledgeRecoveryCode();
    QSignalSpy finished(&v.session, &Session::renewFinished);
    SecretEntry entry;
    entry.appendText(kPin);
    v.session.renewKeys(&entry);
    CHECK(v.session.working());
    v.session.lock(); // as auto-lock or quick exit would
    REQUIRE(test::waitUntil([&] { return v.session.state() == State::Locked; }));
    CHECK(test::recoveryCodeText(v.session.onboarding()).isEmpty());
    v.unlock(kPin);
    REQUIRE(v.session.state() == State::Unlocked);
    CHECK(v.session.renewalOffered()); // the new code was never said to be saved
}

TEST_CASE("Renew keys: wrong tries count toward the wait, which is then told in words", "[session][renew]")
{
    NewVault v;
    v.session.onboarding().acknowledgeRecoveryCode();
    int tries = 0;
    while (v.session.errorCode() != Session::ErrorCode::LockedOut && tries < 8) {
        CHECK_FALSE(v.renew(u"135799"_s));
        ++tries;
    }
    CHECK(tries <= 7); // a handful of tries, then a wait
    CHECK(v.session.errorCode() == Session::ErrorCode::LockedOut);
    CHECK_FALSE(v.session.lastError().isEmpty());
    CHECK(v.session.state() == State::Unlocked); // the open vault stays open
    CHECK(v.session.vaultAccess().isOpen());
}
