// tideline-cli change-secret and recover: the secrets read as every command reads them (one line
// each from a pipe), the old secret refused afterwards, nothing changed on a mistake.
#include "CliProcess.h"
#include "SharedVault.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace tideline::test;

namespace {

CliRun withInput(const QString& dir, const QStringList& args, const QByteArray& input)
{
    return runCli(QStringList{QStringLiteral("--data-dir"), dir} + args, input);
}

bool opensWith(const QString& dir, const QByteArray& secret)
{
    return withInput(dir, {QStringLiteral("metrics")}, line(secret)).exitCode == 0;
}

} // namespace

TEST_CASE("change-secret: the current secret, then the new one, and the old one stops working", "[cli][secret]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun changed = withInput(
        dir, {QStringLiteral("change-secret"), QStringLiteral("--pin")}, line(SharedVault::secret()) + line("482916"));
    REQUIRE(changed.exitCode == 0);
    CHECK(changed.out.isEmpty()); // nothing secret on stdout
    CHECK(changed.err.contains("new PIN"));
    CHECK(opensWith(dir, "482916"));
    CHECK_FALSE(opensWith(dir, SharedVault::secret()));

    // A wrong current secret, or a new one too short, changes nothing.
    const CliRun wrong
        = withInput(dir, {QStringLiteral("change-secret")}, line("000000") + line("a long new passphrase"));
    CHECK(wrong.exitCode != 0);
    const CliRun tooShort = withInput(
        dir, {QStringLiteral("change-secret"), QStringLiteral("--passphrase")}, line("482916") + line("short"));
    CHECK(tooShort.exitCode != 0);
    CHECK(tooShort.err.contains("8 characters"));
    CHECK(opensWith(dir, "482916"));
    CHECK(withInput(dir, {QStringLiteral("change-secret"), QStringLiteral("--pin"), QStringLiteral("--passphrase")}, {})
              .exitCode
        == 1);
}

TEST_CASE("recover: the recovery code and a new secret, and the code keeps working", "[cli][secret]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const QByteArray code = SharedVault::recoveryCode().trimmed();
    REQUIRE_FALSE(code.isEmpty());

    const CliRun wrong = withInput(dir, {QStringLiteral("recover")}, line("not-a-code") + line("731904"));
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.err.contains("recovery code"));
    CHECK(opensWith(dir, SharedVault::secret()));

    const CliRun recovered
        = withInput(dir, {QStringLiteral("recover"), QStringLiteral("--pin")}, line(code) + line("731904"));
    REQUIRE(recovered.exitCode == 0);
    CHECK(recovered.out.isEmpty());
    CHECK(opensWith(dir, "731904"));
    CHECK_FALSE(opensWith(dir, SharedVault::secret()));
    // The same code opens it again, with yet another secret.
    CHECK(withInput(dir, {QStringLiteral("recover")}, line(code) + line("a calm new passphrase")).exitCode == 0);
    CHECK(opensWith(dir, "a calm new passphrase"));

    QTemporaryDir empty;
    const CliRun none = withInput(empty.path(), {QStringLiteral("recover")}, line(code) + line("731904"));
    CHECK(none.exitCode != 0);
    CHECK(none.err.contains("no Tideline vault"));
}

TEST_CASE("recover waits for another tideline-cli command to finish, as every command does", "[cli][secret]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    // A first command claims the vault and waits for its secret on a pipe that stays open.
    QProcess holder;
    holder.start(QStringLiteral(TIDELINE_CLI_PATH), {QStringLiteral("--data-dir"), dir, QStringLiteral("verify")});
    REQUIRE(holder.waitForStarted());
    const QString lockFile = QDir(dir).filePath(QStringLiteral("tideline.lock"));
    QDeadlineTimer deadline(10000);
    while (!QFile::exists(lockFile) && !deadline.hasExpired()) {
        QThread::msleep(20);
    }
    REQUIRE(QFile::exists(lockFile));

    QProcess recover;
    recover.start(QStringLiteral(TIDELINE_CLI_PATH),
        {QStringLiteral("--data-dir"), dir, QStringLiteral("recover"), QStringLiteral("--pin")});
    REQUIRE(recover.waitForStarted());
    recover.write(line(SharedVault::recoveryCode().trimmed()) + line("731904"));
    REQUIRE(recover.waitForBytesWritten());
    recover.closeWriteChannel();
    // A second later it is still waiting (before, it gave up at once: "still using this vault").
    CHECK_FALSE(recover.waitForFinished(1000));

    holder.closeWriteChannel(); // the holder reads end of input and gives up
    REQUIRE(holder.waitForFinished(30000));
    REQUIRE(recover.waitForFinished(30000));
    CHECK(recover.exitCode() == 0);
    CHECK(withInput(dir, {QStringLiteral("metrics")}, line("731904")).exitCode == 0);
}
