// A full disk (issue 19 section 7, issue 20 item 2), on a real small filesystem: reading works, the
// message says the disk is full, wrong tries are never free, and renewing the keys changes nothing
// when there is no room for it.
#include "FileProbe.h"
#include "SmallDisk.h"
#include "TestVault.h"
#include "core/storage/SettingTable.h"
#include "core/vault/AccessEventRepository.h"
#include "core/vault/DiskReserve.h"
#include "core/vault/UnlockThrottle.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace tideline;
using namespace tideline::test;

namespace {

const QString kNoteKey = QStringLiteral("test.note");
const QString kNote = QStringLiteral("kept on a full disk ✍️");

struct FullDiskVault
{
    explicit FullDiskVault(bool withReserve) : disk(48 * 1024 * 1024), paths{disk.file(QStringLiteral("vault"))}
    {
        REQUIRE(disk.mounted());
        vault = std::make_unique<Vault>(paths, clock);
        REQUIRE(vault->create(secret(kTestPin), SecretKind::Pin, fastKdf()).ok());
        REQUIRE(SettingTable(vault->database()).write(kNoteKey, kNote).ok());
        vault->lock();
        if (withReserve) {
            // Set aside earlier, when the disk had ample room (DiskReserve::replenish).
            REQUIRE(writeAll(paths.reserve(), QByteArray(DiskReserve::kBytes, '\0')));
        }
        restart();
    }
    void restart()
    {
        vault.reset();
        vault = std::make_unique<Vault>(paths, clock);
    }

    SmallDisk disk;
    VaultPaths paths;
    ManualClock clock;
    std::unique_ptr<Vault> vault;
};

} // namespace

TEST_CASE("A full disk does not lock the person out of reading their vault")
{
    if (int code = SmallDisk::runAsRoot(); code >= 0) {
        REQUIRE(code == 0);
        return;
    }
    SECTION("a few kilobytes left, no reserve")
    {
        FullDiskVault fv(false);
        fv.disk.fill(8 * 1024);
        auto unlocked = fv.vault->unlock(secret(kTestPin));
        INFO((unlocked ? QString() : unlocked.error().message).toStdString());
        REQUIRE(unlocked.ok());
        CHECK(SettingTable(fv.vault->database()).read(kNoteKey).value() == kNote);
        CHECK(fv.vault->verify().ok());
    }
    SECTION("nothing left, with the reserve set aside earlier: the reserve is freed")
    {
        FullDiskVault fv(true);
        fv.disk.fill(0);
        auto unlocked = fv.vault->unlock(secret(kTestPin));
        INFO((unlocked ? QString() : unlocked.error().message).toStdString());
        REQUIRE(unlocked.ok());
        CHECK_FALSE(QFile::exists(fv.paths.reserve()));
        CHECK(SettingTable(fv.vault->database()).read(kNoteKey).value() == kNote);
        CHECK(fv.vault->verify().ok());
    }
}

TEST_CASE("On a full disk an unlock whose record cannot be saved is recorded at a later unlock")
{
    if (int code = SmallDisk::runAsRoot(); code >= 0) {
        REQUIRE(code == 0);
        return;
    }
    FullDiskVault fv(false);
    fv.disk.fill(8 * 1024);
    auto unlocked = fv.vault->unlock(secret(kTestPin));
    REQUIRE(unlocked.ok());
    const bool deferred = unlocked.value().accessRecordDeferred;
    fv.vault->lock();
    fv.disk.makeRoom();
    fv.restart();
    REQUIRE(fv.vault->unlock(secret(kTestPin)).ok());
    auto events = AccessEventRepository(fv.vault->database()).recent(10);
    REQUIRE(events.ok());
    int unlocks = 0;
    int failed = 0;
    for (const auto& event : events.value()) {
        unlocks += event.outcome == AccessEventRepository::Outcome::Unlocked ? 1 : 0;
        failed += event.outcome == AccessEventRepository::Outcome::Failed ? 1 : 0;
    }
    INFO("deferred: " << deferred);
    // The full-disk unlock's (recorded then, or noted in the try counter's file before the
    // database opened and recorded now) and this one's; creating a vault records no unlock. The
    // try each unlock counted before deriving its key was taken back: no wrong try is listed.
    CHECK(unlocks == 2);
    CHECK(failed == 0);
    CHECK(UnlockThrottle(fv.paths.unlockState(), fv.clock).deferredUnlocks().isEmpty());
}

TEST_CASE("On a full disk a wrong try is never free: it is counted, or refused when it cannot be")
{
    if (int code = SmallDisk::runAsRoot(); code >= 0) {
        REQUIRE(code == 0);
        return;
    }
    const bool withReserve = GENERATE(false, true);
    INFO("with the reserve: " << withReserve);
    FullDiskVault fv(withReserve);
    fv.disk.fill(0);
    int wrongAnswers = 0;
    for (int i = 0; i < 7; ++i) {
        auto result = fv.vault->unlock(secret("999999"));
        REQUIRE_FALSE(result.ok());
        if (result.code() == ErrorCode::WrongSecret) {
            ++wrongAnswers;
        } else if (result.code() == ErrorCode::CannotWrite) {
            // Refused before any key was derived (not even the lock file could be written): the
            // message says why, and says nothing of a wrong PIN.
            CHECK(result.error().message.contains(QStringLiteral("full")));
        } else {
            REQUIRE(result.code() == ErrorCode::LockedOut);
        }
    }
    // Never seven wrong answers in a row without a pause.
    CHECK(wrongAnswers <= UnlockThrottle::kFreeTries);
    if (withReserve) {
        CHECK(wrongAnswers == UnlockThrottle::kFreeTries); // the freed reserve let each try be counted
    }
    CHECK(fv.vault->unlock(secret("999999")).code() != ErrorCode::WrongSecret);
    fv.disk.makeRoom();
    fv.clock.advanceSeconds(3600);
    CHECK(fv.vault->unlock(secret(kTestPin)).ok());
}

TEST_CASE("Renewing the keys on a full disk says so and changes nothing")
{
    if (int code = SmallDisk::runAsRoot(); code >= 0) {
        REQUIRE(code == 0);
        return;
    }
    FullDiskVault fv(false);
    REQUIRE(fv.vault->unlock(secret(kTestPin)).ok());
    const QByteArray keyslots = readAll(fv.paths.keyslots());
    fv.disk.fill(64 * 1024);
    auto renewed = fv.vault->renewKeys(secret(kTestPin));
    REQUIRE_FALSE(renewed.ok());
    CHECK(renewed.code() == ErrorCode::CannotWrite);
    CHECK(renewed.error().message.contains(QStringLiteral("full")));
    CHECK(readAll(fv.paths.keyslots()) == keyslots);
    CHECK_FALSE(QFile::exists(fv.paths.renewedDatabase()));
    CHECK_FALSE(QFile::exists(fv.paths.keyslotsNext()));
    CHECK(fv.vault->isUnlocked());
    CHECK(SettingTable(fv.vault->database()).read(kNoteKey).value() == kNote);
    fv.vault->lock();
    fv.disk.makeRoom();
    fv.restart();
    REQUIRE(fv.vault->unlock(secret(kTestPin)).ok());
    CHECK(fv.vault->verify().ok());
}
