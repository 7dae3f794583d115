// The keyslots file's second copy (issue 20, item 3): written the same atomic way, used when the
// first is damaged or missing, and put right at the next unlock.
#include "FileMode.h"
#include "FileProbe.h"
#include "TestVault.h"
#include "core/vault/KeySlotFile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <csignal>
#include <sys/resource.h>

using namespace tideline;
using namespace tideline::test;

TEST_CASE("A new vault has two identical keyslots copies, owner-only")
{
    TestVault tv;
    REQUIRE(QFile::exists(tv.paths.keyslotsCopy()));
    CHECK(readAll(tv.paths.keyslots()) == readAll(tv.paths.keyslotsCopy()));
    CHECK(permissionsOf(tv.paths.keyslotsCopy()) == 0600);
}

TEST_CASE("A damaged or missing first keyslots copy falls back to the second, says so, and is rewritten")
{
    TestVault tv;
    tv.vault->lock();
    const QByteArray good = readAll(tv.paths.keyslots());

    SECTION("damaged")
    {
        REQUIRE(flipByte(tv.paths.keyslots(), -60));
        tv.restart();
        auto unlocked = tv.vault->unlock(secret(kTestPin));
        REQUIRE(unlocked.ok());
        CHECK(unlocked.value().keyslots.first == KeySlotHealth::Copy::Damaged);
        CHECK(unlocked.value().keyslots.second == KeySlotHealth::Copy::Intact);
        CHECK(unlocked.value().keyslots.usedSecond());
    }
    SECTION("missing")
    {
        REQUIRE(QFile::remove(tv.paths.keyslots()));
        tv.restart();
        REQUIRE(tv.vault->presence() == VaultPresence::Ready);
        auto unlocked = tv.vault->unlock(secret(kTestPin));
        REQUIRE(unlocked.ok());
        CHECK(unlocked.value().keyslots.first == KeySlotHealth::Copy::Missing);
    }
    CHECK(readAll(tv.paths.keyslots()) == good);
    CHECK(permissionsOf(tv.paths.keyslots()) == 0600);
    tv.restart();
    auto again = tv.vault->unlock(secret(kTestPin));
    REQUIRE(again.ok());
    CHECK(again.value().keyslots.whole());
}

TEST_CASE("A damaged, missing or older second copy is rewritten from the first at unlock")
{
    TestVault tv;
    const QByteArray before = readAll(tv.paths.keyslots());
    REQUIRE(tv.vault->changeSecret(secret(kTestPin), secret("135792"), SecretKind::Pin).ok());
    const QByteArray after = readAll(tv.paths.keyslots());
    REQUIRE(readAll(tv.paths.keyslotsCopy()) == after);
    tv.vault->lock();

    KeySlotHealth::Copy expected = KeySlotHealth::Copy::Intact;
    SECTION("older: a write cut short between the two copies")
    {
        REQUIRE(writeAll(tv.paths.keyslotsCopy(), before));
        expected = KeySlotHealth::Copy::Different;
    }
    SECTION("damaged")
    {
        REQUIRE(flipByte(tv.paths.keyslotsCopy(), 30));
        expected = KeySlotHealth::Copy::Damaged;
    }
    SECTION("missing")
    {
        REQUIRE(QFile::remove(tv.paths.keyslotsCopy()));
        expected = KeySlotHealth::Copy::Missing;
    }
    tv.restart();
    // The first copy decides: the old PIN in an older second copy opens nothing.
    CHECK(tv.vault->unlock(secret(kTestPin)).code() == ErrorCode::WrongSecret);
    auto unlocked = tv.vault->unlock(secret("135792"));
    REQUIRE(unlocked.ok());
    CHECK(unlocked.value().keyslots.first == KeySlotHealth::Copy::Intact);
    CHECK(unlocked.value().keyslots.second == expected);
    CHECK(readAll(tv.paths.keyslotsCopy()) == after);
}

TEST_CASE("A change of PIN is reported done exactly when the new PIN is the one that opens the vault")
{
    TestVault tv;
    SECTION("the second copy cannot be written: done, and the new PIN opens")
    {
        REQUIRE(QFile::remove(tv.paths.keyslotsCopy()));
        REQUIRE(QDir().mkpath(QDir(tv.paths.keyslotsCopy()).filePath(QStringLiteral("in-the-way"))));
        REQUIRE(tv.vault->changeSecret(secret(kTestPin), secret("135792"), SecretKind::Pin).ok());
        REQUIRE(QDir(tv.paths.keyslotsCopy()).removeRecursively());
        tv.restart();
        CHECK(tv.vault->unlock(secret(kTestPin)).code() == ErrorCode::WrongSecret);
        CHECK(tv.vault->unlock(secret("135792")).ok());
    }
    SECTION("the first copy cannot be written: not done, and the old PIN still opens")
    {
        // Files may not grow past 512 bytes for a moment: the try counter (about 150 bytes) can
        // still be written, the keyslots file (over 1 KB) cannot, as on a disk that is full.
        std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit previous
        {};
        REQUIRE(getrlimit(RLIMIT_FSIZE, &previous) == 0);
        struct rlimit tiny = previous;
        tiny.rlim_cur = 512;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &tiny) == 0);
        const Status changed = tv.vault->changeSecret(secret(kTestPin), secret("135792"), SecretKind::Pin);
        REQUIRE(setrlimit(RLIMIT_FSIZE, &previous) == 0);
        REQUIRE_FALSE(changed.ok());
        CHECK(changed.code() == ErrorCode::CannotWrite);
        tv.restart();
        CHECK(tv.vault->unlock(secret("135792")).code() == ErrorCode::WrongSecret);
        CHECK(tv.vault->unlock(secret(kTestPin)).ok());
    }
}
