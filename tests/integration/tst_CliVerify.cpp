// tideline-cli verify: the right secret passes, wrong ones exit 2 and lead to the lockout.
#include "CliProcess.h"
#include "SharedVault.h"
#include "VaultFiles.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace tideline::test;

namespace {

QStringList verifyIn(const QString& dir)
{
    return {QStringLiteral("--data-dir"), dir, QStringLiteral("verify")};
}

// Long enough to pass the passphrase rule, so each one counts as a real try.
const QByteArray kWrongSecret = "not the shared passphrase";

} // namespace

TEST_CASE("verify with the right secret reports a sound vault", "[cli][verify]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    QByteArray input;
    // Checked inside each section, so every section asserts (--warn NoAssertions).
    const auto verifies = [&input, &dir] {
        const CliRun run = runCli(verifyIn(dir), input);
        REQUIRE(run.finished);
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains("keyslots: ok"));
        CHECK(run.out.contains("database pages: ok"));
        CHECK(run.out.contains("database structure: ok"));
    };
    SECTION("ended by a newline")
    {
        input = line(SharedVault::secret());
        verifies();
    }
    SECTION("ended by CR LF, as a Windows editor writes it")
    {
        input = SharedVault::secret() + "\r\n";
        verifies();
    }
    SECTION("with no newline at the end of input")
    {
        input = SharedVault::secret();
        verifies();
    }
}

TEST_CASE("verify with a wrong secret exits 2", "[cli][verify]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun run = runCli(verifyIn(dir), line(kWrongSecret));
    REQUIRE(run.finished);
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains("didn't open the vault"));
}

TEST_CASE("after five wrong tries the next one, even with the right secret, exits 2 with a wait", "[cli][verify]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    for (int attempt = 1; attempt <= 5; ++attempt) {
        INFO("wrong try " << attempt);
        const CliRun run = runCli(verifyIn(dir), line(kWrongSecret));
        REQUIRE(run.finished);
        REQUIRE(run.exitCode == 2);
    }
    // Each run is a new process: the count and the wait were kept on disk.
    const CliRun locked = runCli(verifyIn(dir), line(SharedVault::secret()));
    REQUIRE(locked.finished);
    CHECK(locked.exitCode == 2);
    CHECK(locked.err.contains("try again in"));
    CHECK(locked.out.isEmpty());
}

TEST_CASE("verify while another Tideline has the vault open exits 5", "[cli][verify]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    // A first tideline-cli claims the vault and then waits for its secret on a pipe that stays open.
    QProcess holder;
    holder.start(QStringLiteral(TIDELINE_CLI_PATH), verifyIn(dir));
    REQUIRE(holder.waitForStarted());
    const QString lockFile = QDir(dir).filePath(QStringLiteral("tideline.lock"));
    QDeadlineTimer deadline(10000);
    while (!QFile::exists(lockFile) && !deadline.hasExpired()) {
        QThread::msleep(20);
    }
    REQUIRE(QFile::exists(lockFile));

    const CliRun second = runCli(verifyIn(dir), line(SharedVault::secret()));
    holder.closeWriteChannel(); // the holder reads end of input and gives up
    REQUIRE(holder.waitForFinished(30000));
    REQUIRE(second.finished);
    CHECK(second.exitCode == 5);
    // The holder is a tideline-cli command (it waits for the secret): said as such, after the
    // five seconds a command waits for another one.
    CHECK(second.err.contains("Another tideline-cli command"));
}

TEST_CASE("verify where there is no vault exits 6", "[cli][verify]")
{
    QTemporaryDir tmp;
    const CliRun run = runCli(verifyIn(tmp.path()), line(SharedVault::secret()));
    REQUIRE(run.finished);
    CHECK(run.exitCode == 6);
    CHECK(run.err.contains("no Tideline vault"));
}

TEST_CASE("verify finds the vault through TIDELINE_DATA_DIR, and --data-dir wins over it", "[cli][verify]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun fromEnvironment = runCli({QStringLiteral("verify")}, line(SharedVault::secret()), dir);
    REQUIRE(fromEnvironment.finished);
    CHECK(fromEnvironment.exitCode == 0);
    CHECK(fromEnvironment.out.contains(QStringLiteral("vault: %1").arg(dir).toUtf8()));

    // The environment names the real vault, the option an empty folder: the option counts.
    QTemporaryDir empty;
    const CliRun overridden = runCli(verifyIn(empty.path()), line(SharedVault::secret()), dir);
    REQUIRE(overridden.finished);
    CHECK(overridden.exitCode == 6);
}
