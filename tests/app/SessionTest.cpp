#include "app/lock/Session.h"
#include "RecoveryCodeText.h"
#include "Wait.h"
#include "app/lock/SecretEntry.h"

#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::app;
using namespace Qt::StringLiterals;
using State = Session::State;

namespace {

void type(SecretEntry& entry, const QString& text)
{
    entry.clear();
    entry.appendText(text);
}

// Creates a vault through the session, as onboarding does, and waits until it is open.
void createWithPin(Session& session, const QString& pin)
{
    SecretEntry entry;
    type(entry, pin);
    session.createVault(&entry, Session::SecretKind::Pin);
    CHECK(entry.length() == 0); // the session took the bytes at once
    REQUIRE(test::waitUntil([&] { return session.state() == State::Unlocked; }));
}

void unlockWith(Session& session, const QString& secret)
{
    SecretEntry entry;
    type(entry, secret);
    session.unlock(&entry);
    CHECK(entry.length() == 0);
    REQUIRE(test::waitUntil([&] { return !session.isWorking() && session.state() != State::Busy; }));
}

} // namespace

TEST_CASE("Session: create then lock then a wrong and a right secret", "[session]")
{
    QTemporaryDir dir;
    Session session(VaultPaths{dir.path()}, test::fastKdf());
    QSignalSpy stateSpy(&session, &Session::stateChanged);
    CHECK(session.state() == State::Starting);

    session.start();
    CHECK(session.state() == State::NoVault);
    CHECK(session.onboarding().active());

    createWithPin(session, u"246810"_s);
    CHECK(stateSpy.count() >= 3); // NoVault, Busy, Unlocked
    // The recovery code is there to be shown once: seven groups of four.
    CHECK(test::recoveryCodeText(session.onboarding()).split(u'-').size() == 7);
    CHECK(session.onboarding().active());
    session.onboarding().acknowledgeRecoveryCode();
    CHECK(test::recoveryCodeText(session.onboarding()).isEmpty());
    CHECK_FALSE(session.onboarding().active());
    CHECK(session.secretKind() == Session::SecretKind::Pin);

    QSignalSpy aboutToLock(&session, &Session::aboutToLock);
    QSignalSpy locked(&session, &Session::locked);
    session.lock();
    CHECK(session.state() == State::Locked);
    CHECK(aboutToLock.count() == 1);
    CHECK(locked.count() == 1);

    unlockWith(session, u"135799"_s);
    CHECK(session.state() == State::Locked);
    CHECK(session.errorCode() == Session::ErrorCode::WrongSecret);
    CHECK(session.lastError().startsWith(u"That didn't open it."_s));
    CHECK(session.lockout().triesBeforeWait() == 4);

    unlockWith(session, u"246810"_s);
    CHECK(session.state() == State::Unlocked);
    CHECK(session.errorCode() == Session::ErrorCode::NoError);
    // The wrong try made while away is reported once, quietly.
    CHECK(session.unlockNotice().startsWith(u"1 try didn't match since you last opened it"_s));

    session.lock();
    unlockWith(session, u"246810"_s);
    CHECK(session.unlockNotice().isEmpty());
}

TEST_CASE("Session: a too-short PIN is explained and not counted as a try", "[session]")
{
    test::TestVault fixture;
    fixture.vault.reset(); // the session claims the folder itself
    Session session(fixture.paths, test::fastKdf());
    session.start();
    REQUIRE(session.state() == State::Locked);

    SecretEntry shortPin;
    shortPin.appendText(u"12"_s);
    CHECK_FALSE(session.secretProblem(&shortPin, Session::SecretKind::Pin).isEmpty());
    unlockWith(session, u"12"_s);
    CHECK(session.state() == State::Locked);
    CHECK(session.errorCode() == Session::ErrorCode::InvalidInput);
    CHECK(session.lockout().triesBeforeWait() == 5);
}

TEST_CASE("Session: quick exit hides first then locks then asks to end", "[session]")
{
    test::TestVault fixture;
    fixture.vault.reset();
    Session session(fixture.paths, test::fastKdf());
    session.start();
    unlockWith(session, QString::fromLatin1(test::kTestPin));
    REQUIRE(session.state() == State::Unlocked);

    QStringList order;
    QObject::connect(&session, &Session::hideRequested, [&] { order << u"hide"_s; });
    QObject::connect(&session, &Session::aboutToLock, [&] { order << u"aboutToLock"_s; });
    QObject::connect(&session, &Session::locked, [&] { order << u"locked"_s; });
    QObject::connect(&session, &Session::exitRequested, [&] { order << u"exit"_s; });

    session.quickExit();
    CHECK(session.state() == State::Locked);
    CHECK(order == QStringList{u"hide"_s, u"aboutToLock"_s, u"locked"_s, u"exit"_s});
}

TEST_CASE("Session: quick exit during an unlock locks once the key is derived", "[session]")
{
    test::TestVault fixture;
    fixture.vault.reset();
    Session session(fixture.paths, test::fastKdf());
    session.start();
    QSignalSpy exitSpy(&session, &Session::exitRequested);

    SecretEntry entry;
    entry.appendText(QString::fromLatin1(test::kTestPin));
    session.unlock(&entry);
    REQUIRE(session.state() == State::Busy);
    session.quickExit();
    REQUIRE(test::waitUntil([&] { return exitSpy.count() == 1; }));
    CHECK(session.state() == State::Locked);
}

TEST_CASE("Session: the recovery code opens and sets a new passphrase and a change switches back", "[session]")
{
    QTemporaryDir dir;
    Session session(VaultPaths{dir.path()}, test::fastKdf());
    session.start();
    createWithPin(session, u"246810"_s);
    const QString code = test::recoveryCodeText(session.onboarding());
    session.onboarding().acknowledgeRecoveryCode();
    session.lock();

    SecretEntry codeEntry;
    codeEntry.appendText(code.toLower()); // case does not matter
    SecretEntry newSecret;
    newSecret.appendText(u"tide pools at dawn"_s);
    session.recover(&codeEntry, &newSecret, Session::SecretKind::Passphrase);
    CHECK(codeEntry.length() == 0);
    CHECK(newSecret.length() == 0);
    REQUIRE(test::waitUntil([&] { return session.state() == State::Unlocked; }));
    CHECK(session.secretKind() == Session::SecretKind::Passphrase);

    QSignalSpy changed(&session, &Session::secretChangeFinished);
    SecretEntry wrongCurrent;
    wrongCurrent.appendText(u"not the passphrase"_s);
    SecretEntry pin;
    pin.appendText(u"97531086"_s);
    session.changeSecret(&wrongCurrent, &pin, Session::SecretKind::Pin);
    CHECK(session.state() == State::Unlocked); // the vault stays open while the slot is re-sealed
    REQUIRE(changed.wait(10000));
    CHECK(changed.takeFirst().at(0).toBool() == false);
    CHECK(session.errorCode() == Session::ErrorCode::WrongSecret);

    SecretEntry current;
    current.appendText(u"tide pools at dawn"_s);
    pin.appendText(u"97531086"_s);
    session.changeSecret(&current, &pin, Session::SecretKind::Pin);
    REQUIRE(changed.wait(10000));
    CHECK(changed.takeFirst().at(0).toBool() == true);
    CHECK(session.secretKind() == Session::SecretKind::Pin);

    session.lock();
    unlockWith(session, u"tide pools at dawn"_s);
    CHECK(session.state() == State::Locked);
    unlockWith(session, u"97531086"_s);
    CHECK(session.state() == State::Unlocked);
}

TEST_CASE("Session: a second session on the same folder is told it is in use", "[session]")
{
    test::TestVault fixture;
    fixture.vault.reset();
    Session first(fixture.paths, test::fastKdf());
    first.start();
    REQUIRE(first.state() == State::Locked);

    Session second(fixture.paths, test::fastKdf());
    second.start();
    CHECK(second.state() == State::InUse);
    CHECK(second.errorCode() == Session::ErrorCode::VaultInUse);
    CHECK_FALSE(second.lastError().isEmpty());
}

TEST_CASE("Session: a database without its keyslots file is named as such", "[session]")
{
    QTemporaryDir dir;
    QFile database(VaultPaths{dir.path()}.database());
    REQUIRE(database.open(QIODevice::WriteOnly));
    database.write("not really a database");
    database.close();

    Session session(VaultPaths{dir.path()}, test::fastKdf());
    session.start();
    CHECK(session.state() == State::KeyslotsMissing);
}

TEST_CASE("Session: damaged keyslots give the error page never 'wrong secret'", "[session]")
{
    test::TestVault fixture;
    fixture.vault.reset();
    // Both copies: a damaged first copy alone falls back to the second (keyslots.copy).
    for (const QString& path : {fixture.paths.keyslots(), fixture.paths.keyslotsCopy()}) {
        QFile keyslots(path);
        REQUIRE(keyslots.open(QIODevice::WriteOnly | QIODevice::Truncate));
        keyslots.write("garbage");
        keyslots.close();
    }

    Session session(fixture.paths, test::fastKdf());
    session.start();
    CHECK(session.state() == State::Error);
    CHECK(session.errorCode() == Session::ErrorCode::DamagedKeyslots);
    CHECK_FALSE(session.lastError().isEmpty());
}
