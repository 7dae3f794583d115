#include "FileProbe.h"
#include "TestVault.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::test;

TEST_CASE("Nothing written into the vault appears in plain text in any file of the data folder")
{
    const QString sentinel = QStringLiteral("TIDELINE-SENTINEL-7f3a9c unsafe at home tonight");
    TestVault tv;
    auto& db = tv.vault->database();
    auto stmt = db.prepare("INSERT INTO entry (created_at, updated_at, day, title, body) VALUES (?1, ?1, ?2, ?3, ?4);");
    REQUIRE(stmt.ok());
    const QString now = tv.clock.nowUtc().toString(Qt::ISODateWithMs);
    stmt.value().bind(1, now).bind(2, QStringLiteral("2026-01-01")).bind(3, sentinel).bind(4, sentinel);
    REQUIRE(stmt.value().run().ok());
    auto setting = db.prepare("INSERT INTO setting (key, value) VALUES ('reminder', ?1);");
    REQUIRE(setting.ok());
    setting.value().bind(1, sentinel);
    REQUIRE(setting.value().run().ok());

    SECTION("while open, with the text still in the write-ahead log")
    {
        REQUIRE(QFile::exists(tv.paths.database() + QStringLiteral("-wal")));
        REQUIRE(filesContaining(tv.dir.path(), sentinel).isEmpty());
        REQUIRE(filesContaining(tv.dir.path(), QStringLiteral("TIDELINE-SENTINEL")).isEmpty());
    }
    SECTION("after a checkpoint")
    {
        REQUIRE(db.checkpointTruncate().ok());
        REQUIRE(filesContaining(tv.dir.path(), QStringLiteral("TIDELINE-SENTINEL")).isEmpty());
    }
    SECTION("after locking")
    {
        tv.vault->lock();
        REQUIRE(filesContaining(tv.dir.path(), QStringLiteral("TIDELINE-SENTINEL")).isEmpty());
    }
    SECTION("the probe itself finds plain text, so a clean result means something")
    {
        REQUIRE(writeAll(tv.dir.filePath(QStringLiteral("probe-check")), sentinel.toUtf8()));
        REQUIRE(filesContaining(tv.dir.path(), QStringLiteral("TIDELINE-SENTINEL")).size() == 1);
    }
}

TEST_CASE("The data key and PIN appear in no file of the data folder")
{
    TestVault tv;
    tv.vault->lock();
    REQUIRE(filesContaining(tv.dir.path(), QString::fromLatin1(kTestPin)).isEmpty());
    const QString code = QString::fromLatin1(tv.recoveryCode.chars(), static_cast<qsizetype>(tv.recoveryCode.size()));
    REQUIRE(filesContaining(tv.dir.path(), code).isEmpty());
    REQUIRE(filesContaining(tv.dir.path(), code.left(9)).isEmpty());
}
