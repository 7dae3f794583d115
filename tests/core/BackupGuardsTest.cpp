// core/exchange/Backup: what a backup refuses, or clears, before it writes anything.
#include "core/exchange/Backup.h"
#include "core/storage/Database.h"

#include "FileProbe.h"
#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::test;

TEST_CASE("A short backup passphrase is refused, kindly, before anything is written", "[backup]")
{
    TestVault tv;
    QTemporaryDir out;
    const QString file = QDir(out.path()).filePath(QStringLiteral("b.backup"));
    const Status made
        = exchange::backupVault(tv.vault->database(), tv.paths.dir, file, secret("short"), false, fastKdf());
    REQUIRE_FALSE(made.ok());
    CHECK(made.code() == ErrorCode::InvalidInput);
    CHECK(made.error().message.contains(QStringLiteral("8 characters")));
    CHECK_FALSE(QFile::exists(file));
}

TEST_CASE("A stale temporary export in the vault's folder is removed by the next backup", "[backup]")
{
    TestVault tv;
    const QString stale = QDir(tv.paths.dir).filePath(exchange::backupPartPrefix() + QStringLiteral("dead.db"));
    REQUIRE(writeAll(stale, "left by a crash"));
    QTemporaryDir out;
    REQUIRE(exchange::backupVault(tv.vault->database(), tv.paths.dir, QDir(out.path()).filePath(QStringLiteral("b")),
        secret("harbour lantern quiet morning"), false, fastKdf())
                .ok());
    CHECK_FALSE(QFile::exists(stale));
}
