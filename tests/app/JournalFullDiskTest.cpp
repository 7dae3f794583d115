// Issue 20, item 2: the words typed last are not thrown away when the disk is full at the moment
// the vault locks: the reserve file kept in the data folder is freed and the save goes in (core's
// writeWithRoom); with no reserve left, the words wait in locked memory and go in at the next
// unlock once there is room, and the person is told without the words being shown.
#include "Wait.h"
#include "app/journal/HeldWordsNotice.h"
#include "app/journal/JournalEditor.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"

#include "SessionDatabase.h"
#include "SmallDisk.h"
#include "TestVault.h"
#include "core/journal/JournalRepository.h"
#include "core/vault/DiskReserve.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace tideline;
using namespace tideline::app;
using namespace tideline::test;

namespace {

bool writeZeros(const QString& path, qint64 bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QByteArray(bytes, '\0')) == bytes;
}

void unlock(Session& session)
{
    SecretEntry pin;
    pin.appendText(QString::fromLatin1(kTestPin));
    session.unlock(&pin);
    const bool unlocked = waitUntil([&] { return session.state() == Session::State::Unlocked; });
    INFO("the session says: " << session.lastError().toStdString() << " in state " << int(session.state()));
    REQUIRE(unlocked);
}

} // namespace

TEST_CASE("A full disk at lock: the reserve makes room and the last words are saved", "[journal][fulldisk]")
{
    if (int code = SmallDisk::runAsRoot(); code >= 0) {
        REQUIRE(code == 0);
        return;
    }
    SmallDisk disk(48 * 1024 * 1024);
    REQUIRE(disk.mounted());
    const VaultPaths paths{disk.file(QStringLiteral("vault"))};
    ManualClock clock;
    {
        Vault vault(paths, clock);
        REQUIRE(vault.create(secret(kTestPin), SecretKind::Pin, fastKdf()).ok());
    }
    const bool withReserve = GENERATE(true, false);
    INFO("with the reserve: " << withReserve);
    if (withReserve) {
        // Set aside earlier, when the disk had ample room (DiskReserve::replenish).
        REQUIRE(writeZeros(paths.reserve(), DiskReserve::kBytes));
    }

    Session session(paths, fastKdf(), clock);
    Session::setQmlInstance(&session);
    session.start();
    unlock(session);
    JournalEditor editor(&session.vaultAccess());
    editor.startNew();
    const QString body = QStringLiteral("What I wrote just before the lock, kept. 🌊 ").repeated(2000);
    editor.setTitle(QStringLiteral("The last words"));
    editor.setBody(body);
    disk.fill(0);

    session.lock(); // the editor saves on the way out, onto a full disk
    REQUIRE(session.state() == Session::State::Locked);
    CHECK(QFile::exists(paths.reserve()) == false);
    VaultAccess& access = session.vaultAccess();
    HeldWordsNotice notice(&access);
    // With the reserve the words went in; without it they wait in memory, and the lock screen
    // says so without quoting them.
    CHECK(access.holdsEntry() == !withReserve);
    CHECK(notice.text().isEmpty() == withReserve);
    CHECK_FALSE(notice.text().contains(QStringLiteral("The last words")));
    CHECK(editor.body().isEmpty()); // the window shows nothing of them while locked

    if (!withReserve) {
        unlock(session); // still full: the words cannot go in yet, and stay held
        CHECK(access.holdsEntry());
        CHECK(notice.canTryAgain());
        CHECK(notice.concern());
        CHECK_FALSE(notice.text().isEmpty());
        disk.makeRoom();
        notice.tryAgain(); // "Try again" after making room
        CHECK_FALSE(access.holdsEntry());
        CHECK_FALSE(notice.concern());
        CHECK_FALSE(notice.text().isEmpty()); // "saved now"
        notice.dismiss();
        CHECK(notice.text().isEmpty());
        session.lock();
    }

    unlock(session); // with the reserve: reading works on a full disk
    journal::JournalRepository journal(databaseOf(session), clock);
    const auto latest = journal.latestDraft();
    REQUIRE(latest.ok());
    REQUIRE(latest.value().has_value());
    const journal::Entry stored = journal.get(*latest.value()).value();
    CHECK(stored.body == body);
    CHECK(stored.title == QStringLiteral("The last words"));
    CHECK_FALSE(access.holdsEntry());
    session.lock();
    Session::setQmlInstance(nullptr);
}

TEST_CASE("Words held over a full disk go in at the next unlock once there is room", "[journal][fulldisk]")
{
    if (int code = SmallDisk::runAsRoot(); code >= 0) {
        REQUIRE(code == 0);
        return;
    }
    SmallDisk disk(48 * 1024 * 1024);
    REQUIRE(disk.mounted());
    const VaultPaths paths{disk.file(QStringLiteral("vault"))};
    ManualClock clock;
    {
        Vault vault(paths, clock);
        REQUIRE(vault.create(secret(kTestPin), SecretKind::Pin, fastKdf()).ok());
    }
    REQUIRE_FALSE(QFile::exists(paths.reserve())); // no reserve: it was used up before

    Session session(paths, fastKdf(), clock);
    Session::setQmlInstance(&session);
    session.start();
    unlock(session);
    JournalEditor editor(&session.vaultAccess());
    editor.startNew();
    editor.setBody(QStringLiteral("Written as the disk filled up. مرحبا 🌙"));
    disk.fill(0);
    session.lock();
    REQUIRE(session.vaultAccess().holdsEntry());

    disk.makeRoom(); // the person deleted some files while Tideline was locked
    unlock(session);
    HeldWordsNotice notice(&session.vaultAccess());
    CHECK_FALSE(session.vaultAccess().holdsEntry());
    CHECK_FALSE(notice.concern());
    CHECK(notice.text().contains(QStringLiteral("saved now")));
    journal::JournalRepository journal(databaseOf(session), clock);
    const auto latest = journal.latestDraft();
    REQUIRE(latest.ok());
    REQUIRE(latest.value().has_value());
    CHECK(journal.get(*latest.value()).value().body == QStringLiteral("Written as the disk filled up. مرحبا 🌙"));
    session.lock();
    Session::setQmlInstance(nullptr);
}
