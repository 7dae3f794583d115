// The command line itself: versions, help, usage mistakes (exit 1).
#include "CliProcess.h"
#include "SharedVault.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace tideline::test;

TEST_CASE("the shared vault for the other tests can be made", "[.prepare]")
{
    REQUIRE(SharedVault::recreate());
}

TEST_CASE("the version option prints Tideline's, SQLCipher's and SQLite's versions", "[cli]")
{
    const CliRun run = runCli({QStringLiteral("--version")});
    REQUIRE(run.finished);
    CHECK(run.exitCode == 0);
    const QString out = QString::fromUtf8(run.out);
    CHECK(out.contains(
        QRegularExpression(QStringLiteral("^Tideline \\d+\\.\\d+\\.\\d+$"), QRegularExpression::MultilineOption)));
    // The bundled SQLCipher is 4.x on SQLite 3.x (DESIGN.md section 2).
    CHECK(out.contains(
        QRegularExpression(QStringLiteral("^SQLCipher 4\\.\\d+\\.\\d+"), QRegularExpression::MultilineOption)));
    CHECK(out.contains(
        QRegularExpression(QStringLiteral("^SQLite 3\\.\\d+\\.\\d+$"), QRegularExpression::MultilineOption)));
}

TEST_CASE("the help option lists the commands and the exit codes", "[cli]")
{
    const CliRun run = runCli({QStringLiteral("--help")});
    REQUIRE(run.finished);
    CHECK(run.exitCode == 0);
    const QString out = QString::fromUtf8(run.out);
    CHECK(out.contains(QStringLiteral("init")));
    CHECK(out.contains(QStringLiteral("verify")));
    for (int code = 0; code <= 6; ++code) {
        CHECK(out.contains(QStringLiteral("\n  %1  ").arg(code)));
    }
}

TEST_CASE("usage mistakes exit 1 with a message on stderr", "[cli]")
{
    QStringList arguments;
    // Checked inside each section, so every section asserts (--warn NoAssertions).
    const auto refusedAsUsage = [&arguments] {
        const CliRun run = runCli(arguments, line(SharedVault::secret()));
        REQUIRE(run.finished);
        CHECK(run.exitCode == 1);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains("--help"));
    };
    SECTION("an unknown command")
    {
        arguments = {QStringLiteral("frobnicate")};
        refusedAsUsage();
    }
    SECTION("no command")
    {
        arguments = {};
        refusedAsUsage();
    }
    SECTION("an unknown global option")
    {
        arguments = {QStringLiteral("--colour"), QStringLiteral("verify")};
        refusedAsUsage();
    }
    SECTION("--data-dir without a folder")
    {
        arguments = {QStringLiteral("verify"), QStringLiteral("--data-dir")};
        refusedAsUsage();
    }
    SECTION("an option init does not know")
    {
        arguments = {QStringLiteral("init"), QStringLiteral("--fast")};
        refusedAsUsage();
    }
    SECTION("both --pin and --passphrase")
    {
        arguments = {QStringLiteral("init"), QStringLiteral("--pin"), QStringLiteral("--passphrase")};
        refusedAsUsage();
    }
}
