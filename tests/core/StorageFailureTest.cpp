#include "FileProbe.h"
#include "TestVault.h"
#include "core/storage/Database.h"
#include "core/vault/AtomicFile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cerrno>

using namespace tideline;
using namespace tideline::test;

TEST_CASE("An atomic write replaces the whole file, owner-only, and leaves no temporary behind")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keyslots"));
    REQUIRE(writeAll(path, "old"));
    REQUIRE(writeFileAtomically(path, "new contents", SavedFile::KeySlots).ok());
    REQUIRE(readAll(path) == "new contents");
    REQUIRE(QFile::permissions(path) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    REQUIRE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("A write that cannot happen says so plainly and keeps the old file")
{
    QTemporaryDir dir;
    const QString missingFolder = dir.filePath(QStringLiteral("not-here/keyslots"));
    auto failed = writeFileAtomically(missingFolder, "data", SavedFile::KeySlots);
    REQUIRE(failed.code() == ErrorCode::CannotWrite);
    REQUIRE(failed.error().message.contains(QStringLiteral("the vault's key file")));
}

TEST_CASE("Write errors become plain sentences")
{
    REQUIRE(writeError(ENOSPC, SavedFile::Backup).message.contains(QStringLiteral("disk is full")));
    REQUIRE(writeError(EACCES, SavedFile::Export).message.contains(QStringLiteral("not allowed")));
    REQUIRE(writeError(EIO, SavedFile::Summary).code == ErrorCode::CannotWrite);
}

TEST_CASE("A full database reports a full disk, keeps what was saved, and works again once there is room")
{
    TestVault tv;
    auto& db = tv.vault->database();
    REQUIRE(db.exec("INSERT INTO setting (key, value) VALUES ('before', 'kept');").ok());
    REQUIRE(db.checkpointTruncate().ok());
    // Cap the file at its current size: the next growth fails as on a full disk.
    REQUIRE(db.exec("PRAGMA max_page_count = 1;").ok());
    auto full = db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
                        "INSERT INTO setting (key, value) SELECT 'k' || i, hex(randomblob(200)) FROM n;");
    REQUIRE(full.code() == ErrorCode::CannotWrite);
    REQUIRE(full.error().message.contains(QStringLiteral("disk is full")));

    REQUIRE(db.exec("PRAGMA max_page_count = 1073741823;").ok());
    REQUIRE(db.exec("INSERT INTO setting (key, value) VALUES ('after', 'saved');").ok());
    auto stmt = db.prepare("SELECT count(*) FROM setting WHERE key IN ('before', 'after');");
    REQUIRE(stmt.ok());
    REQUIRE(stmt.value().step().value() == Statement::Step::Row);
    REQUIRE(stmt.value().columnInt(0) == 2);
}
