// Leaving the vault asks for the secret again (issue 20 item 4): the Session grants one copy
// after Vault::confirmSecret, a wrong secret counts as a try, a grant is used once, goes stale
// after a short while and goes with a lock; every writer refuses without one.
#include "app/VaultAccess.h"
#include "app/records/RecordPickModel.h"
#include "app/records/RecordsPdfMaker.h"

#include "JournalSession.h"
#include "LeaveConfirm.h"
#include "core/records/RecordRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::app;
using namespace Qt::StringLiterals;

TEST_CASE("Leaving the vault: a grant is for one copy, for a short while, until the lock", "[lock][leave]")
{
    test::JournalSession journal;
    Session& session = *journal.session;
    VaultAccess& access = session.vaultAccess();
    CHECK_FALSE(access.takeLeaveGrant());

    REQUIRE(test::confirmLeaving(session));
    CHECK(access.hasLeaveGrant());
    CHECK(access.takeLeaveGrant());
    CHECK_FALSE(access.takeLeaveGrant()); // used up

    REQUIRE(test::confirmLeaving(session));
    journal.fixture.clock.advanceSeconds(VaultAccess::kLeaveGrantSeconds + 1);
    CHECK_FALSE(access.takeLeaveGrant()); // stale

    REQUIRE(test::confirmLeaving(session));
    journal.fixture.clock.advanceSeconds(-60); // a clock set back does not stretch it
    CHECK_FALSE(access.takeLeaveGrant());

    REQUIRE(test::confirmLeaving(session));
    session.lock();
    REQUIRE(test::waitUntil([&] { return session.state() == Session::State::Locked; }));
    CHECK_FALSE(access.hasLeaveGrant());
    access.grantLeave(); // nothing to grant while locked
    CHECK_FALSE(access.hasLeaveGrant());
    // Locked: the question is not even asked.
    CHECK_FALSE(test::confirmLeaving(session));
    journal.unlock();
    CHECK_FALSE(access.takeLeaveGrant());
}

TEST_CASE("Leaving the vault: a wrong secret gives nothing and counts as a try", "[lock][leave]")
{
    test::JournalSession journal;
    Session& session = *journal.session;
    const int before = session.lockout().triesBeforeWait();

    CHECK_FALSE(test::confirmLeaving(session, "000000"));
    CHECK(session.errorCode() == Session::ErrorCode::WrongSecret);
    CHECK(session.lastError().contains(u"nothing left the vault"_s));
    CHECK_FALSE(session.vaultAccess().hasLeaveGrant());
    CHECK(session.state() == Session::State::Unlocked);
    if (before > 0) {
        CHECK(session.lockout().triesBeforeWait() < before);
    } else {
        CHECK(session.lockout().triesBeforeWait() != -1);
    }

    // The right one after it clears the message and grants.
    REQUIRE(test::confirmLeaving(session));
    CHECK(session.errorCode() == Session::ErrorCode::NoError);
}

TEST_CASE("Leaving the vault: the advocate's PDF and the original files ask first", "[lock][leave][records]")
{
    test::JournalSession journal;
    Session& session = *journal.session;
    records::RecordRepository repo(test::databaseOf(session), journal.fixture.clock);
    records::RecordFields fields;
    fields.whatHappened = u"Bellflowerquay door"_s;
    const Result<qint64> id = repo.create(fields);
    REQUIRE(id);

    RecordsPdfMaker maker(journal.vault());
    maker.records()->reload();
    maker.records()->setTicked(id.value(), true);
    QTemporaryDir out;

    maker.saveTo(out.filePath(u"records.pdf"_s));
    CHECK_FALSE(maker.busy());
    CHECK(maker.lastError() == leaveUnconfirmedMessage());
    CHECK_FALSE(maker.exportOriginals(out.filePath(u"originals"_s)));
    CHECK(maker.lastError() == leaveUnconfirmedMessage());
    CHECK(QDir(out.path()).isEmpty());

    REQUIRE(test::confirmLeaving(session));
    maker.saveTo(out.filePath(u"records.pdf"_s));
    REQUIRE(test::waitUntil([&] { return !maker.busy(); }, 30000));
    CHECK(maker.lastError().isEmpty());
    CHECK(QFile::exists(out.filePath(u"records.pdf"_s)));
}
