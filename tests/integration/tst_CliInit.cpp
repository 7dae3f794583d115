// tideline-cli init: makes a vault, prints the recovery code once, refuses what it must.
#include "CliProcess.h"
#include "SharedVault.h"
#include "UnprivilegedRunner.h"
#include "VaultFiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace tideline::test;

namespace {

QStringList initIn(const QString& dir)
{
    return {QStringLiteral("--data-dir"), dir, QStringLiteral("init")};
}

QStringList verifyIn(const QString& dir)
{
    return {QStringLiteral("--data-dir"), dir, QStringLiteral("verify")};
}

} // namespace

TEST_CASE("init makes a vault with a PIN that verify then accepts", "[cli][init]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    const QByteArray pin = "482916";

    const CliRun init = runCli(initIn(dir), line(pin));
    REQUIRE(init.finished);
    REQUIRE(init.exitCode == 0);
    // The recovery code is the only thing on stdout: seven groups of four base32 characters.
    const QRegularExpression recoveryCode(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){6}\\n$"));
    CHECK(recoveryCode.match(QString::fromLatin1(init.out)).hasMatch());
    CHECK(init.err.contains("recovery code"));
    CHECK(QFile::exists(QDir(dir).filePath(QStringLiteral("keyslots"))));
    CHECK(QFile::exists(QDir(dir).filePath(QStringLiteral("tideline.db"))));

    const CliRun verify = runCli(verifyIn(dir), line(pin));
    REQUIRE(verify.finished);
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.contains("keyslots: ok"));
    CHECK(verify.out.contains("database pages: ok"));
    CHECK(verify.out.contains("database structure: ok"));
}

TEST_CASE("init where a vault already exists exits 6 and changes nothing", "[cli][init]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const QByteArray keyslotsBefore = readAll(QDir(dir).filePath(QStringLiteral("keyslots")));
    const QByteArray databaseBefore = readAll(QDir(dir).filePath(QStringLiteral("tideline.db")));

    const CliRun run = runCli(initIn(dir), line("another passphrase"));
    REQUIRE(run.finished);
    CHECK(run.exitCode == 6);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains("already a Tideline vault"));
    CHECK(readAll(QDir(dir).filePath(QStringLiteral("keyslots"))) == keyslotsBefore);
    CHECK(readAll(QDir(dir).filePath(QStringLiteral("tideline.db"))) == databaseBefore);
}

TEST_CASE("init with a secret that is too short or missing exits 6 and makes no vault", "[cli][init]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    // Checked inside each section, so every section asserts (--warn NoAssertions).
    const auto refused = [&dir](const QStringList& arguments, const QByteArray& input, const QByteArray& expected) {
        const CliRun run = runCli(arguments, input);
        REQUIRE(run.finished);
        CHECK(run.exitCode == 6);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains(expected));
        CHECK_FALSE(QFileInfo::exists(dir)); // not even an empty folder is left behind
    };
    SECTION("a PIN of five digits")
    {
        refused(initIn(dir), line("12345"), "at least 6 digits");
    }
    SECTION("a passphrase of seven characters")
    {
        refused(initIn(dir), line("seven c"), "at least 8 characters");
    }
    SECTION("a digits-only secret with --passphrase is held to the passphrase rule")
    {
        refused(initIn(dir) << QStringLiteral("--passphrase"), line("1234567"), "at least 8 characters");
    }
    SECTION("nothing on standard input")
    {
        refused(initIn(dir), QByteArray(), "No PIN or passphrase");
    }
    SECTION("an empty first line")
    {
        refused(initIn(dir), line(""), "No PIN or passphrase");
    }
}

TEST_CASE("init where the folder cannot be made exits 5", "[cli][init]")
{
    // A path below a regular file cannot be created by anyone, root included.
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("a-file"));
    REQUIRE(writeAll(file, "not a folder"));
    const CliRun run = runCli(initIn(file + QStringLiteral("/vault")), line(SharedVault::secret()));
    REQUIRE(run.finished);
    CHECK(run.exitCode == 5);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains("could not"));
}

TEST_CASE("init into a folder without write permission exits 5", "[cli][init]")
{
    // Permission bits do not stop root, and CI runs as root: there the CLI runs as the
    // unprivileged user "nobody" (setpriv), on a folder that user owns but may not write.
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("read-only"));
    REQUIRE(QDir().mkpath(dir));
    UnprivilegedRunner runner;
    REQUIRE(runner.canRun());
    REQUIRE(runner.giveFolder(tmp.path(), dir));
    REQUIRE(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner)); // 0500
    REQUIRE_FALSE(runner.canWriteIn(dir)); // the case this test is about really holds
    const CliRun run = runner.runCli(initIn(dir), line(SharedVault::secret()));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); // so tmp can go
    REQUIRE(run.finished);
    CHECK(run.exitCode == 5);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains("could not"));
    CHECK(holdsNoVault(dir));
}
