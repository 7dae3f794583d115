// Every file Tideline writes is readable by its owner only (0600), whatever the umask: the
// vault's own files, the lock, the unlock counter, exports, backups and restored vaults. Each
// writer is run under umask 022, which would give 0644 to a writer that left it to the umask.
#include "FileMode.h"
#include "FileProbe.h"
#include "TestVault.h"
#include "core/exchange/Backup.h"
#include "core/exchange/ExportFile.h"
#include "core/exchange/Restore.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::test;
using namespace Qt::StringLiterals;

TEST_CASE("The vault's own files are 0600 and its folder 0700, whatever the umask", "[files][modes]")
{
    const ScopedUmask lax(022);
    QTemporaryDir parent;
    const VaultPaths paths{parent.filePath(u"new-vault"_s)};
    ManualClock clock;
    Vault vault(paths, clock);
    REQUIRE(vault.claim().ok());
    REQUIRE(vault.create(secret(kTestPin), SecretKind::Pin, fastKdf()).ok());
    vault.lock();
    CHECK_FALSE(vault.unlock(secret("000000")).ok()); // writes the unlock counter
    REQUIRE(vault.unlock(secret(kTestPin)).ok());
    REQUIRE(vault.database().exec("INSERT INTO setting (key, value) VALUES ('k', 'v');").ok());

    CHECK(permissionsOf(paths.dir) == 0700);
    const QStringList files = QDir(paths.dir).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : {u"keyslots"_s, u"tideline.db"_s, u"tideline.db-wal"_s, u"tideline.db-shm"_s,
             u"unlock-state"_s, u"tideline.lock"_s}) {
        INFO(name.toStdString() + " in " + files.join(u" "_s).toStdString());
        CHECK(files.contains(name));
        CHECK(permissionsOf(paths.file(name)) == 0600);
    }
    for (const QString& name : files) { // and nothing else has slipped in with another mode
        INFO(name.toStdString());
        CHECK(permissionsOf(paths.file(name)) == 0600);
    }
}

TEST_CASE("Exports, backups and restored vaults are 0600, whatever the umask", "[files][modes]")
{
    const ScopedUmask lax(022);
    TestVault tv;
    QTemporaryDir out;

    const QString exported = out.filePath(u"export.json"_s);
    REQUIRE(exchange::writeExportFile(exported, "{}", false).ok());
    CHECK(permissionsOf(exported) == 0600);
    REQUIRE(exchange::writeExportFile(exported, "{ }", true).ok()); // replaced when asked (CLI --force)
    CHECK(permissionsOf(exported) == 0600);

    const QString backup = out.filePath(u"vault.tidelinebackup"_s);
    REQUIRE(exchange::backupVault(
        tv.vault->database(), tv.paths.dir, backup, secret("quiet harbour lanterns"), false, fastKdf())
                .ok());
    CHECK(permissionsOf(backup) == 0600);

    const VaultPaths restored{out.filePath(u"restored"_s)};
    Vault vault(restored, tv.clock);
    auto opened = exchange::openBackup(backup, secret("quiet harbour lanterns"));
    REQUIRE(opened.ok());
    REQUIRE(exchange::restoreBackup(vault, opened.value(), secret("135790"), SecretKind::Pin, fastKdf()).ok());
    for (const QString& name : QDir(restored.dir).entryList(QDir::Files | QDir::Hidden)) {
        INFO(name.toStdString());
        CHECK(permissionsOf(restored.file(name)) == 0600);
    }
    CHECK(permissionsOf(restored.dir) == 0700);
}
