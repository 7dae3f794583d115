#include "core/vault/Vault.h"
#include "TestVault.h"
#include "VaultTestAccess.h"
#include "core/storage/Database.h"
#include "core/vault/AccessEventRepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLockFile>
#include <QProcess>

using namespace tideline;
using namespace tideline::test;

namespace {
bool allZero(const SecureBuffer& buffer)
{
    for (std::size_t i = 0; i < buffer.size(); ++i) {
        if (buffer.data()[i] != 0) {
            return false;
        }
    }
    return true;
}
} // namespace

TEST_CASE("A new vault is unlocked, locks, and unlocks with its PIN")
{
    TestVault tv;
    REQUIRE(tv.vault->isUnlocked());
    REQUIRE(tv.vault->presence() == VaultPresence::Ready);
    REQUIRE(tv.vault->secretKind().value() == SecretKind::Pin);
    tv.vault->lock();
    REQUIRE_FALSE(tv.vault->isUnlocked());
    REQUIRE_FALSE(tv.vault->database().isOpen());

    auto unlocked = tv.vault->unlock(secret(kTestPin));
    REQUIRE(unlocked.ok());
    REQUIRE(tv.vault->isUnlocked());
    REQUIRE(unlocked.value().failedAttemptsSinceLastVisit.isEmpty());
}

TEST_CASE("A vault is not made twice in one folder")
{
    TestVault tv;
    tv.restart();
    auto again = tv.vault->create(secret("13579135"), SecretKind::Pin, fastKdf());
    REQUIRE(again.code() == ErrorCode::VaultExists);
    REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
}

TEST_CASE("A wrong PIN is refused with a gentle message and is counted")
{
    TestVault tv;
    tv.restart();
    auto wrong = tv.vault->unlock(secret("999999"));
    REQUIRE(wrong.code() == ErrorCode::WrongSecret);
    REQUIRE(wrong.error().message.startsWith(QStringLiteral("That didn't open the vault.")));
    REQUIRE(tv.vault->consecutiveFailures() == 1);
    REQUIRE_FALSE(tv.vault->isUnlocked());

    // Too short to be a PIN at all: explained, not counted.
    auto tooShort = tv.vault->unlock(secret("12"));
    REQUIRE(tooShort.code() == ErrorCode::InvalidInput);
    REQUIRE(tv.vault->consecutiveFailures() == 1);
}

TEST_CASE("After five wrong tries the vault waits, across a restart, and the clock moved back does not help")
{
    TestVault tv;
    tv.restart();
    for (int i = 0; i < 5; ++i) {
        REQUIRE(tv.vault->unlock(secret("000000")).code() == ErrorCode::WrongSecret);
    }
    auto locked = tv.vault->unlock(secret(kTestPin));
    REQUIRE(locked.code() == ErrorCode::LockedOut);
    REQUIRE(locked.error().secondsLeft == 30);
    REQUIRE(locked.error().message.contains(QStringLiteral("30 seconds")));

    tv.restart();
    REQUIRE(tv.vault->secondsUntilNextTry() == 30);
    tv.clock.advanceSeconds(-3600);
    REQUIRE(tv.vault->unlock(secret(kTestPin)).code() == ErrorCode::LockedOut);
    REQUIRE(tv.vault->secondsUntilNextTry() == 30);

    tv.clock.advanceSeconds(31);
    auto unlocked = tv.vault->unlock(secret(kTestPin));
    REQUIRE(unlocked.ok());
    REQUIRE(unlocked.value().failedAttemptsSinceLastVisit.size() == 5);
    REQUIRE(tv.vault->consecutiveFailures() == 0);

    // The failed tries moved into the vault, beside this unlock.
    AccessEventRepository events(tv.vault->database());
    auto recent = events.recent(10);
    REQUIRE(recent.ok());
    REQUIRE(recent.value().size() == 6); // 5 failed tries and this unlock
}

TEST_CASE("Changing the PIN re-seals one slot and keeps the data")
{
    TestVault tv;
    REQUIRE(tv.vault->database().exec("INSERT INTO setting (key, value) VALUES ('kept', 'yes');").ok());

    auto wrongCurrent = tv.vault->changeSecret(secret("111111"), secret("a new passphrase"), SecretKind::Passphrase);
    REQUIRE(wrongCurrent.code() == ErrorCode::WrongSecret);

    REQUIRE(tv.vault->changeSecret(secret(kTestPin), secret("a new passphrase"), SecretKind::Passphrase).ok());
    tv.restart();
    REQUIRE(tv.vault->secretKind().value() == SecretKind::Passphrase);
    REQUIRE_FALSE(tv.vault->unlock(secret(kTestPin)).ok());
    REQUIRE(tv.vault->unlock(secret("a new passphrase")).ok());
    auto stmt = tv.vault->database().prepare("SELECT value FROM setting WHERE key = 'kept';");
    REQUIRE(stmt.ok());
    REQUIRE(stmt.value().step().value() == Statement::Step::Row);
    REQUIRE(stmt.value().columnText(0) == QStringLiteral("yes"));
}

TEST_CASE("The recovery code opens the vault and sets a new PIN")
{
    TestVault tv;
    tv.restart();
    auto recovered = tv.vault->recover(tv.recoveryCode, secret("864200"), SecretKind::Pin, fastKdf());
    REQUIRE(recovered.ok());
    REQUIRE(tv.vault->isUnlocked());
    tv.restart();
    REQUIRE(tv.vault->unlock(secret(kTestPin)).code() == ErrorCode::WrongSecret);
    REQUIRE(tv.vault->unlock(secret("864200")).ok());
}

TEST_CASE("A wrong recovery code is refused and counted, a typo is explained and not counted")
{
    TestVault tv;
    tv.restart();
    TestVault other;
    auto wrong = tv.vault->recover(other.recoveryCode, secret("864200"), SecretKind::Pin);
    REQUIRE(wrong.code() == ErrorCode::WrongSecret);
    REQUIRE(wrong.error().message.contains(QStringLiteral("recovery code")));
    REQUIRE(tv.vault->consecutiveFailures() == 1);

    auto typo = tv.vault->recover(secret("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"), secret("864200"), SecretKind::Pin);
    if (!typo.ok()) { // the all-A code passes its check byte with odds of 1 in 256
        REQUIRE((typo.code() == ErrorCode::InvalidInput || typo.code() == ErrorCode::WrongSecret));
    }
    REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
}

TEST_CASE("Locking wipes the data key and closes the database")
{
    TestVault tv;
    const SecureBuffer& key = VaultTestAccess::dataKey(*tv.vault);
    REQUIRE(key.size() == 32);
    REQUIRE_FALSE(allZero(key));
    tv.vault->lock();
    REQUIRE(key.size() == 32);
    REQUIRE(allZero(key));
    REQUIRE_FALSE(tv.vault->database().isOpen());
    REQUIRE(tv.vault->database().exec("SELECT 1;").code() == ErrorCode::NotUnlocked);
}

TEST_CASE("A second Tideline on the same vault is refused")
{
    TestVault tv;
    Vault second(tv.paths, tv.clock);
    auto claimed = second.claim();
    REQUIRE(claimed.code() == ErrorCode::InUse);
    REQUIRE(second.unlock(secret(kTestPin)).code() == ErrorCode::InUse);
}

TEST_CASE("A lock file left empty by a crash does not keep the vault shut, and a real holder still does")
{
    TestVault tv;
    tv.vault.reset(); // lets go of the folder
    // Killed between making the lock file and writing its holder into it (seen in the kill -9
    // loop): Qt alone would call the vault "open in a window" for ever.
    QFile empty(tv.paths.lockFile());
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    {
        Vault vault(tv.paths, tv.clock);
        REQUIRE(vault.claim().ok());
        REQUIRE(vault.unlock(secret(kTestPin)).ok());
        // A real holder, with its details written, is still respected.
        Vault second(tv.paths, tv.clock);
        REQUIRE(second.claim().code() == ErrorCode::InUse);
    }
}

TEST_CASE("An empty removal lock left by a crash does not keep the vault shut either")
{
    TestVault tv;
    tv.vault.reset(); // lets go of the folder
    // A lock file whose process is gone, as every kill leaves it: Qt removes such a file while it
    // holds NAME.rmlock. Killed between making that one and writing into it (seen in the kill -9
    // loop), the next start found the vault "open in a window" for 30 s.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    REQUIRE(gone.waitForFinished(5000));
    const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
    {
        QLockFile probe(tv.paths.lockFile());
        REQUIRE(probe.tryLock(0));
        QFile held(tv.paths.lockFile());
        REQUIRE(held.open(QIODevice::ReadOnly));
        QByteArray details = held.readAll();
        held.close();
        probe.unlock();
        details.replace(0, details.indexOf('\n'), QByteArray::number(deadPid));
        QFile left(tv.paths.lockFile());
        REQUIRE(left.open(QIODevice::WriteOnly));
        left.write(details);
    }
    QFile emptyRemoval(tv.paths.lockFile() + QStringLiteral(".rmlock"));
    REQUIRE(emptyRemoval.open(QIODevice::WriteOnly));
    emptyRemoval.close();

    Vault vault(tv.paths, tv.clock);
    REQUIRE(vault.claim().ok());
    REQUIRE(vault.unlock(secret(kTestPin)).ok());
    CHECK_FALSE(QFile::exists(tv.paths.lockFile() + QStringLiteral(".rmlock")));
    Vault second(tv.paths, tv.clock);
    CHECK(second.claim().code() == ErrorCode::InUse);
}

TEST_CASE("A passphrase vault accepts Unicode and normalises it")
{
    QTemporaryDir dir;
    Vault vault(VaultPaths{dir.path()});
    const QByteArray composed = QStringLiteral("caf\u00e9 שלום 🌊 night").toUtf8();
    const QByteArray decomposed = QStringLiteral("cafe\u0301 שלום 🌊 night").toUtf8();
    REQUIRE(vault
                .create(SecureBuffer(composed.constData(), static_cast<std::size_t>(composed.size())),
                    SecretKind::Passphrase, fastKdf())
                .ok());
    vault.lock();
    REQUIRE(vault.unlock(SecureBuffer(decomposed.constData(), static_cast<std::size_t>(decomposed.size()))).ok());
}
