// Issue 20, item 2: the words typed last are not thrown away when the disk is full at the moment
// the vault locks: the reserve file kept in the data folder is freed and the save goes in.
#include "Wait.h"
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
    REQUIRE(waitUntil([&] { return session.state() == Session::State::Unlocked; }));
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

    unlock(session); // reading works on a full disk
    journal::JournalRepository journal(databaseOf(session), clock);
    const auto latest = journal.latestDraft();
    REQUIRE(latest.ok());
    const bool saved = latest.value().has_value() && journal.get(*latest.value()).value().body == body;
    // Without a reserve there is no room at all, and the person is told (the text is not
    // claimed saved); with it, the words are in the vault.
    CHECK(saved == withReserve);
    session.lock();
    Session::setQmlInstance(nullptr);
}
