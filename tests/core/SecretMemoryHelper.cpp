// The child of SecretMemoryTest: reads a passphrase from standard input straight into a
// SecureBuffer, creates a vault in argv[1] with it, unlocks it again, writes an entry, locks it,
// and then waits (reading standard input) while the test reads this process's memory. It tells
// the test, on standard output, the recovery code and the data key it must not find, written
// from their own buffers (never through a QString or stdio's buffers), which are then wiped.
#include "ProcessMemory.h"
#include "TestVault.h"
#include "VaultTestAccess.h"
#include "core/common/Clock.h"
#include "core/journal/JournalRepository.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>

#include <cstring>
#include <sodium.h>

using namespace tideline;

namespace {

// One line of lowercase hex, made in a buffer that is wiped afterwards.
void writeHexLine(const SecureBuffer& secret)
{
    SecureBuffer hex(secret.size() * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.data()), hex.size(), secret.data(), secret.size());
    hex.data()[hex.size() - 1] = '\n';
    tideline::test::writeToStdout(hex.data(), hex.size());
}

int fail(const char* what, const Status& status)
{
    const QByteArray message = status ? QByteArray() : status.error().message.toUtf8();
    tideline::test::writeToStdout(what, std::strlen(what));
    tideline::test::writeToStdout(": ", 2);
    tideline::test::writeToStdout(message.constData(), static_cast<std::size_t>(message.size()));
    tideline::test::writeToStdout("\n", 1);
    return 3;
}

} // namespace

// Found by the test in this process's memory, to show that its reading works at all.
extern const char kScanMarker[];
const char kScanMarker[] = "tideline-memory-scan-marker-5f3a9c";

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    if (argc < 2 || sodium_init() < 0) {
        return 2;
    }
    // The passphrase, byte by byte into locked memory: no stdio buffer ever holds it.
    SecureBuffer passphrase;
    for (char c = 0; ::read(STDIN_FILENO, &c, 1) == 1 && c != '\n';) {
        passphrase.append(&c, 1);
        c = 0;
    }

    const SystemClock& clock = SystemClock::instance();
    {
        Vault vault(VaultPaths{QString::fromLocal8Bit(argv[1])}, clock);
        Result<CreatedVault> created = vault.create(passphrase, SecretKind::Passphrase, test::fastKdf());
        if (!created) {
            return fail("create", created.error());
        }
        tideline::test::writeToStdout(created.value().recoveryCode.data(), created.value().recoveryCode.size());
        tideline::test::writeToStdout("\n", 1);
        created.value().recoveryCode.clear();
        (void)vault.confirmRecoveryCodeSeen();
        vault.lock();

        if (Result<UnlockReport> opened = vault.unlock(passphrase); !opened) {
            return fail("unlock", opened.error());
        }
        writeHexLine(VaultTestAccess::dataKey(vault));
        journal::EntryDraft draft;
        draft.title = QStringLiteral("An ordinary day");
        draft.body = QStringLiteral("Nothing secret here.");
        draft.day = QDate::currentDate();
        if (auto saved = journal::JournalRepository(vault.database(), clock).create(draft); !saved) {
            return fail("save", saved.error());
        }
        vault.lock();
    }
    passphrase.clear();
    tideline::test::writeToStdout("locked ", 7);
    tideline::test::writeToStdout(kScanMarker, sizeof(kScanMarker) - 1);
    tideline::test::writeToStdout("\n", 1);

    // Waits until the test has read this process's memory and closes standard input.
    for (char c = 0; ::read(STDIN_FILENO, &c, 1) == 1;) {}
    return 0;
}
