// app/exchange: Settings → Backup writes an encrypted backup off the window's thread, takes the
// passphrase out of the entries, and says plainly when it cannot.
#include "app/exchange/VaultBackup.h"
#include "Wait.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"
#include "core/exchange/Backup.h"
#include "core/exchange/Restore.h"

#include "LeaveConfirm.h"
#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::app;
using namespace Qt::StringLiterals;

namespace {

void type(SecretEntry& entry, const QString& text)
{
    entry.clear();
    for (const QChar c : text) {
        entry.appendText(QString(c));
    }
}

} // namespace

TEST_CASE("Backup from Settings: encrypted, in the chosen folder, the passphrase taken out", "[exchange]")
{
    QTemporaryDir out;
    const auto at = [&out](const QString& name) { return out.filePath(name); };
    SecretEntry first;
    SecretEntry again;

    QTemporaryDir dir;
    Session session(VaultPaths{dir.path()}, test::fastKdf());
    Session::setQmlInstance(&session);
    session.start();
    VaultBackup backup(&session.vaultAccess());
    type(first, u"quiet harbour lanterns"_s);
    type(again, u"quiet harbour lanterns"_s);
    // Locked: nothing to back up, and a plain word why.
    CHECK_FALSE(backup.backupTo(at(u"early"_s), &first, &again));
    CHECK(backup.lastError().contains(u"locked"_s));

    SecretEntry pin;
    pin.appendText(QString::fromLatin1(test::kTestPin));
    session.createVault(&pin, Session::SecretKind::Pin);
    REQUIRE(test::waitUntil([&] { return session.state() == Session::State::Unlocked; }));
    session.onboarding().acknowledgeRecoveryCode();

    SECTION("the rules, before anything starts")
    {
        type(first, u"short"_s);
        CHECK(backup.passphraseProblem(&first, &again).contains(u"8 characters"_s));
        CHECK_FALSE(backup.backupTo(at(u"b"_s), &first, &again));
        type(first, u"quiet harbour lantern"_s);
        CHECK(backup.passphraseProblem(&first, &again).contains(u"not the same"_s));
        type(first, u"quiet harbour lanterns"_s);
        CHECK(backup.passphraseProblem(&first, &again).isEmpty());
        CHECK_FALSE(backup.backupTo(at(u"missing/x"_s), &first, &again));
        CHECK_FALSE(backup.backupTo(out.path() + u"/"_s, &first, &again)); // a folder, no name
        // Never into the vault's own folder, however the path gets there.
        CHECK_FALSE(backup.backupTo(QDir(dir.path()).filePath(u"inside"_s), &first, &again));
        CHECK(backup.lastError().contains(u"keeps your encrypted vault"_s));
        CHECK_FALSE(backup.backupTo(at(u"../"_s) + QDir(dir.path()).dirName() + u"/inside"_s, &first, &again));
        CHECK(QDir(dir.path()).entryList({u"inside*"_s}).isEmpty());
        CHECK_FALSE(backup.busy());
        CHECK(QDir(out.path()).isEmpty());
    }
    SECTION("without the PIN once more: refused, the passphrase kept for the next try")
    {
        CHECK_FALSE(backup.backupTo(at(u"mine"_s), &first, &again));
        CHECK(backup.lastError() == leaveUnconfirmedMessage());
        CHECK(first.length() > 0);
        CHECK(QDir(out.path()).isEmpty());
        // A wrong PIN gives no grant either.
        CHECK_FALSE(test::confirmLeaving(session, "000000"));
        CHECK_FALSE(backup.backupTo(at(u"mine"_s), &first, &again));
        CHECK(QDir(out.path()).isEmpty());
    }
    SECTION("a backup that restore opens, and no second one over it")
    {
        QSignalSpy finished(&backup, &VaultBackup::finished);
        REQUIRE(test::confirmLeaving(session));
        REQUIRE(backup.backupTo(at(u"mine"_s), &first, &again));
        CHECK(backup.busy());
        CHECK(first.length() == 0);
        CHECK(again.length() == 0);
        REQUIRE(test::waitUntil([&] { return !finished.isEmpty(); }, 20000));
        CHECK(finished.first().first().toBool());
        CHECK_FALSE(backup.busy());
        const QString path = out.filePath(u"mine.tidelinebackup"_s);
        CHECK(backup.savedPath() == path);
        auto opened = exchange::openBackup(path, SecureBuffer::fromString("quiet harbour lanterns"));
        CHECK(opened.ok());
        // Nothing left behind in the vault's folder.
        CHECK(QDir(dir.path()).entryList({exchange::backupPartPrefix() + u"*"_s}).isEmpty());

        type(first, u"quiet harbour lanterns"_s);
        type(again, u"quiet harbour lanterns"_s);
        REQUIRE(test::confirmLeaving(session));
        CHECK_FALSE(backup.backupTo(at(u"mine"_s), &first, &again));
        CHECK(backup.lastError().contains(u"already a file"_s));
    }
    SECTION("locked while the key is being stretched: nothing is written")
    {
        QSignalSpy finished(&backup, &VaultBackup::finished);
        REQUIRE(test::confirmLeaving(session));
        REQUIRE(backup.backupTo(at(u"late"_s), &first, &again));
        session.lock();
        REQUIRE(test::waitUntil([&] { return !finished.isEmpty(); }, 20000));
        CHECK_FALSE(finished.first().first().toBool());
        CHECK(backup.lastError().contains(u"locked"_s));
        CHECK(QDir(out.path()).isEmpty());
    }
    Session::setQmlInstance(nullptr);
}
