// Renewing the keys (issue 20, item 1) and the order of create's writes (item 3): a new data key, a
// new recovery code, both slots sealed anew; an old keyslots file opens nothing afterwards; a crash or
// a failing write at any step leaves a vault that opens (with the old keys or the new), never neither,
// and never a database without its keyslots.
#include "FileProbe.h"
#include "TestVault.h"
#include "VaultTestAccess.h"
#include "core/storage/SettingTable.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/wait.h>
#include <unistd.h>

using namespace tideline;
using namespace tideline::test;

namespace {

const QString kNoteKey = QStringLiteral("test.note");
// Right-to-left, emoji and a zero-width joiner: the text must come through a renewal byte for byte.
const QString kNote = QStringLiteral("שלום 👩‍👧 still here\u200d");

void writeNote(Vault& vault)
{
    REQUIRE(SettingTable(vault.database()).write(kNoteKey, kNote).ok());
}

QString readNote(Vault& vault)
{
    auto value = SettingTable(vault.database()).read(kNoteKey);
    REQUIRE(value.ok());
    return value.value();
}

QByteArray keyBytes(const Vault& vault)
{
    const SecureBuffer& key = VaultTestAccess::dataKey(vault);
    return QByteArray(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size()));
}

QStringList leftovers(const VaultPaths& paths)
{
    QStringList found;
    for (const QString& path : {paths.keyslotsNext(), paths.renewedDatabase(), paths.newDatabase()}) {
        if (QFile::exists(path)) {
            found.append(QFileInfo(path).fileName());
        }
    }
    return found;
}

// Runs work in a child process whose step hook ends it at `at`, as a crash (kill -9, a pulled plug)
// would: no destructor, no cleanup. True when the child reached the step.
bool crashAt(VaultStep at, const std::function<void(std::function<Status(VaultStep)>)>& work)
{
    const pid_t child = ::fork();
    if (child == 0) {
        work([at](VaultStep reached) -> Status {
            if (reached == at) {
                ::_exit(0);
            }
            return {};
        });
        ::_exit(3); // the step was never reached
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

TEST_CASE("Renewing the keys gives a new data key and recovery code and keeps every word")
{
    TestVault tv;
    writeNote(*tv.vault);
    const QByteArray oldKey = keyBytes(*tv.vault);
    const QByteArray oldKeyslots = readAll(tv.paths.keyslots());

    auto renewed = tv.vault->renewKeys(secret(kTestPin));
    REQUIRE(renewed.ok());
    CHECK(tv.vault->isUnlocked());
    CHECK(keyBytes(*tv.vault) != oldKey);
    CHECK_FALSE(renewed.value().recoveryCode.constantTimeEquals(tv.recoveryCode));
    CHECK(readNote(*tv.vault) == kNote);
    CHECK(tv.vault->verify().ok());
    CHECK(readAll(tv.paths.keyslots()) != oldKeyslots);
    CHECK(readAll(tv.paths.keyslotsCopy()) == readAll(tv.paths.keyslots()));
    CHECK(leftovers(tv.paths).isEmpty());
    // The data written after the renewal lands under the new key.
    REQUIRE(SettingTable(tv.vault->database()).write(QStringLiteral("test.after"), QStringLiteral("x")).ok());

    tv.restart();
    auto unlocked = tv.vault->unlock(secret(kTestPin));
    REQUIRE(unlocked.ok());
    CHECK(unlocked.value().recoveryCodeUnconfirmed);
    REQUIRE(tv.vault->confirmRecoveryCodeSeen().ok());
    CHECK(readNote(*tv.vault) == kNote);

    SECTION("the old recovery code opens nothing, the new one does")
    {
        tv.restart();
        CHECK(tv.vault->recover(tv.recoveryCode, secret("135792"), SecretKind::Pin, fastKdf()).code()
            == ErrorCode::WrongSecret);
        auto recovered = tv.vault->recover(renewed.value().recoveryCode, secret("135792"), SecretKind::Pin, fastKdf());
        REQUIRE(recovered.ok());
        CHECK_FALSE(recovered.value().recoveryCodeUnconfirmed);
        CHECK(readNote(*tv.vault) == kNote);
    }
    SECTION("an old keyslots copy with the old PIN opens nothing written since")
    {
        tv.vault->lock();
        tv.vault.reset();
        REQUIRE(writeAll(tv.paths.keyslots(), oldKeyslots));
        REQUIRE(writeAll(tv.paths.keyslotsCopy(), oldKeyslots));
        tv.restart();
        auto old = tv.vault->unlock(secret(kTestPin));
        REQUIRE_FALSE(old.ok());
        CHECK(old.code() != ErrorCode::WrongSecret); // the PIN opened the old slot; the data did not open
        CHECK_FALSE(tv.vault->isUnlocked());
        tv.restart();
        CHECK_FALSE(tv.vault->recover(tv.recoveryCode, secret("135792"), SecretKind::Pin, fastKdf()).ok());
    }
}

TEST_CASE("Renewing the keys asks the current PIN, counts a wrong one, and changes nothing then")
{
    TestVault tv;
    writeNote(*tv.vault);
    const QByteArray keyslots = readAll(tv.paths.keyslots());

    auto refused = tv.vault->renewKeys(secret("999999"));
    REQUIRE(refused.code() == ErrorCode::WrongSecret);
    CHECK(refused.error().message.contains(QStringLiteral("not renewed")));
    CHECK(tv.vault->consecutiveFailures() == 1);
    CHECK(tv.vault->isUnlocked());
    CHECK(readAll(tv.paths.keyslots()) == keyslots);
    CHECK(leftovers(tv.paths).isEmpty());
    CHECK(readNote(*tv.vault) == kNote);

    // The sixth wrong try in a row waits, like an unlock.
    for (int i = 0; i < 4; ++i) {
        CHECK(tv.vault->renewKeys(secret("999999")).code() == ErrorCode::WrongSecret);
    }
    CHECK(tv.vault->renewKeys(secret(kTestPin)).code() == ErrorCode::LockedOut);
    tv.clock.advanceSeconds(31);
    CHECK(tv.vault->renewKeys(secret(kTestPin)).ok());
    CHECK(tv.vault->consecutiveFailures() == 0);
    CHECK(readNote(*tv.vault) == kNote);
}

TEST_CASE("Renewing the keys, cut short by a crash at any step, leaves a vault the PIN opens")
{
    const VaultStep at = GENERATE(VaultStep::RenewedCopyWritten, VaultStep::NextKeyslotsWritten,
        VaultStep::RenewedDatabaseInPlace, VaultStep::RenewedKeyslotsWritten);
    {
        INFO("crash at step " << static_cast<int>(at));
        TestVault tv;
        writeNote(*tv.vault);
        const QByteArray oldKey = keyBytes(*tv.vault);
        // The child opens the vault itself: a connection must not cross fork().
        tv.vault.reset();
        REQUIRE(crashAt(at, [&](std::function<Status(VaultStep)> hook) {
            Vault vault(tv.paths, tv.clock);
            if (!vault.unlock(secret(kTestPin))) {
                ::_exit(4);
            }
            VaultTestAccess::setStepHook(vault, std::move(hook));
            (void)vault.renewKeys(secret(kTestPin));
        }));
        tv.restart();
        REQUIRE(tv.vault->claim().ok());
        CHECK(leftovers(tv.paths).isEmpty());
        auto unlocked = tv.vault->unlock(secret(kTestPin));
        REQUIRE(unlocked.ok());
        CHECK(readNote(*tv.vault) == kNote);
        CHECK(tv.vault->verify().ok());
        const bool swapped = at == VaultStep::RenewedDatabaseInPlace || at == VaultStep::RenewedKeyslotsWritten;
        CHECK((keyBytes(*tv.vault) != oldKey) == swapped);
        if (swapped) {
            // The new recovery code was never shown: the person is told to renew again.
            CHECK(unlocked.value().recoveryCodeUnconfirmed);
        }
        CHECK(readAll(tv.paths.keyslotsCopy()) == readAll(tv.paths.keyslots()));
        tv.restart();
        // The old recovery code opens the vault exactly when the renewal was undone.
        CHECK(tv.vault->recover(tv.recoveryCode, secret("135792"), SecretKind::Pin, fastKdf()).ok() == !swapped);
    }
}

TEST_CASE("Renewing the keys, with a write failing at any step, leaves a vault the PIN opens")
{
    const VaultStep at = GENERATE(VaultStep::RenewedCopyWritten, VaultStep::NextKeyslotsWritten,
        VaultStep::RenewedDatabaseInPlace, VaultStep::RenewedKeyslotsWritten);
    {
        INFO("failure at step " << static_cast<int>(at));
        TestVault tv;
        writeNote(*tv.vault);
        VaultTestAccess::setStepHook(*tv.vault, [at](VaultStep reached) -> Status {
            if (reached == at) {
                return Error::make(ErrorCode::CannotWrite, QStringLiteral("test: the disk failed here"));
            }
            return {};
        });
        auto renewed = tv.vault->renewKeys(secret(kTestPin));
        const bool swapped = at == VaultStep::RenewedDatabaseInPlace || at == VaultStep::RenewedKeyslotsWritten;
        // Before the swap the renewal is undone and says so; after it the new keys are in force.
        CHECK(renewed.ok() == swapped);
        CHECK(tv.vault->isUnlocked());
        CHECK(readNote(*tv.vault) == kNote);
        tv.restart();
        REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
        CHECK(readNote(*tv.vault) == kNote);
        CHECK(leftovers(tv.paths).isEmpty());
    }
}

TEST_CASE(
    "Setting up a vault, cut short at any step, leaves no vault or a whole one: never a database without keyslots")
{
    const VaultStep at
        = GENERATE(VaultStep::NewDatabaseReady, VaultStep::KeyslotsWritten, VaultStep::NewDatabaseInPlace);
    {
        INFO("step " << static_cast<int>(at));
        QTemporaryDir dir;
        const VaultPaths paths{dir.path()};
        ManualClock clock;
        SECTION("a crash")
        {
            REQUIRE(crashAt(at, [&](std::function<Status(VaultStep)> hook) {
                Vault vault(paths, clock);
                VaultTestAccess::setStepHook(vault, std::move(hook));
                (void)vault.create(secret(kTestPin), SecretKind::Pin, fastKdf());
            }));
        }
        SECTION("a failing write")
        {
            Vault vault(paths, clock);
            VaultTestAccess::setStepHook(vault, [at](VaultStep reached) -> Status {
                return reached == at ? Status(Error::make(ErrorCode::CannotWrite, QStringLiteral("test"))) : Status();
            });
            CHECK_FALSE(vault.create(secret(kTestPin), SecretKind::Pin, fastKdf()).ok());
        }
        Vault after(paths, clock);
        REQUIRE(after.claim().ok());
        CHECK(leftovers(paths).isEmpty());
        const VaultPresence presence = after.presence();
        REQUIRE(presence != VaultPresence::KeyslotsMissing);
        if (presence == VaultPresence::Ready) {
            REQUIRE(after.unlock(secret(kTestPin)).ok());
            CHECK(after.verify().ok());
        } else {
            CHECK_FALSE(QFile::exists(paths.database()));
            CHECK_FALSE(QFile::exists(paths.keyslots()));
            CHECK_FALSE(QFile::exists(paths.keyslotsCopy()));
        }
    }
}
