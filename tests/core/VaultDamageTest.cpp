#include "FileProbe.h"
#include "TestVault.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/vault/KeySlotFile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tideline;
using namespace tideline::test;

namespace {
// Writes a few pages of content so the file has pages beyond the schema.
void addContent(Vault& vault)
{
    REQUIRE(vault.database()
                .exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
                      "INSERT INTO setting (key, value) SELECT 'k' || i, hex(randomblob(64)) FROM n;")
                .ok());
}
} // namespace

TEST_CASE("One flipped byte in the database's first page reads as damaged data, never a wrong PIN")
{
    TestVault tv;
    tv.vault->lock();
    for (qint64 offset : {qint64{20}, qint64{100}, qint64{2000}, qint64{4000}}) {
        INFO("offset " << offset);
        REQUIRE(flipByte(tv.paths.database(), offset));
        auto result = tv.vault->unlock(secret(kTestPin));
        REQUIRE(result.code() == ErrorCode::DamagedDatabase);
        REQUIRE(result.error().message.contains(QStringLiteral("damaged")));
        REQUIRE(tv.vault->consecutiveFailures() == 0);
        REQUIRE(flipByte(tv.paths.database(), offset)); // restore
    }
    REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
}

TEST_CASE("One flipped byte deep in the database is found by verify, never reported as a wrong PIN")
{
    TestVault tv;
    addContent(*tv.vault);
    tv.vault->lock();
    const qint64 size = QFile(tv.paths.database()).size();
    REQUIRE(size > 8 * 4096);
    REQUIRE(flipByte(tv.paths.database(), size - 1000));
    auto unlocked = tv.vault->unlock(secret(kTestPin));
    if (unlocked.ok()) {
        REQUIRE(tv.vault->verify().code() == ErrorCode::DamagedDatabase);
    } else {
        REQUIRE(unlocked.code() == ErrorCode::DamagedDatabase);
    }
    REQUIRE(tv.vault->consecutiveFailures() == 0);
}

TEST_CASE("An intact vault verifies")
{
    TestVault tv;
    addContent(*tv.vault);
    REQUIRE(tv.vault->verify().ok());
}

TEST_CASE("A flipped byte in both keyslots copies reads as a damaged key file")
{
    TestVault tv;
    tv.restart();
    REQUIRE(flipByte(tv.paths.keyslots(), -60)); // inside the sealed key
    REQUIRE(flipByte(tv.paths.keyslotsCopy(), -60));
    auto result = tv.vault->unlock(secret(kTestPin));
    REQUIRE(result.code() == ErrorCode::DamagedKeyslots);
    REQUIRE(result.error().message.contains(QStringLiteral("Both copies")));
    REQUIRE(tv.vault->consecutiveFailures() == 0);
}

TEST_CASE("Edited Argon2id parameters are refused")
{
    TestVault tv;
    tv.restart();
    const QByteArray original = readAll(tv.paths.keyslots());

    SECTION("lowered below the floor, checksum left alone: damaged")
    {
        QByteArray edited = original;
        edited.replace("\"ops_limit\": 2", "\"ops_limit\": 1");
        REQUIRE(edited != original);
        REQUIRE(writeAll(tv.paths.keyslots(), edited));
        REQUIRE(writeAll(tv.paths.keyslotsCopy(), edited));
        REQUIRE(tv.vault->unlock(secret(kTestPin)).code() == ErrorCode::DamagedKeyslots);
    }
    SECTION("raised, with the checksum recomputed: the sealing no longer opens")
    {
        auto file = KeySlotFile::parse(original);
        REQUIRE(file.ok());
        KeySlot slot = *file.value().find(KeySlot::Kind::Secret);
        slot.kdf.opsLimit += 1;
        file.value().replace(slot);
        REQUIRE(writeAll(tv.paths.keyslots(), file.value().serialize()));
        REQUIRE(writeAll(tv.paths.keyslotsCopy(), file.value().serialize()));
        REQUIRE_FALSE(tv.vault->unlock(secret(kTestPin)).ok());
        REQUIRE_FALSE(tv.vault->isUnlocked());
    }
}

TEST_CASE("A database made by a newer Tideline is refused and left byte for byte")
{
    TestVault tv;
    REQUIRE(tv.vault->database().setUserVersion(Migrator::latestVersion() + 1).ok());
    tv.vault->lock();
    const QByteArray before = readAll(tv.paths.database());
    REQUIRE_FALSE(before.isEmpty());

    auto result = tv.vault->unlock(secret(kTestPin));
    REQUIRE(result.code() == ErrorCode::NewerVersion);
    REQUIRE(result.error().message.contains(QStringLiteral("newer Tideline")));
    REQUIRE_FALSE(tv.vault->isUnlocked());
    REQUIRE(readAll(tv.paths.database()) == before);
    REQUIRE_FALSE(QFile::exists(tv.paths.database() + QStringLiteral("-wal")));
}

TEST_CASE("A missing database or keyslots file is told plainly")
{
    TestVault tv;
    tv.restart();
    SECTION("database gone")
    {
        REQUIRE(QFile::remove(tv.paths.database()));
        auto result = tv.vault->unlock(secret(kTestPin));
        REQUIRE(result.code() == ErrorCode::DamagedDatabase);
        REQUIRE(result.error().message.contains(QStringLiteral("missing")));
    }
    SECTION("both keyslots copies gone")
    {
        REQUIRE(QFile::remove(tv.paths.keyslots()));
        REQUIRE(QFile::remove(tv.paths.keyslotsCopy()));
        REQUIRE(tv.vault->presence() == VaultPresence::KeyslotsMissing);
    }
}
