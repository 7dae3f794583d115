// At a terminal the secret is typed without echo, and echo comes back however the CLI ends.
#include "CliProcess.h"
#include "PseudoTerminal.h"
#include "SharedVault.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTemporaryDir>

#include <csignal>

using namespace tideline::test;

namespace {

// Starts tideline-cli with the terminal as standard input and waits for its prompt.
bool startAtTerminal(QProcess& process, PseudoTerminal& terminal, const QStringList& arguments)
{
    process.setStandardInputFile(terminal.slavePath());
    process.setReadChannel(QProcess::StandardError); // prompts go to stderr; waitForReadyRead watches this
    process.start(QStringLiteral(TIDELINE_CLI_PATH), arguments);
    if (!process.waitForStarted()) {
        return false;
    }
    QByteArray err;
    while (!err.contains(": ")) { // every prompt ends so
        if (!process.waitForReadyRead(10000)) {
            return false;
        }
        err += process.readAllStandardError();
    }
    return true;
}

} // namespace

TEST_CASE("a secret typed at a terminal is not shown, and echo is back afterwards", "[cli][terminal]")
{
    PseudoTerminal terminal;
    REQUIRE(terminal.isOpen());
    REQUIRE(terminal.echoes());
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);

    QProcess process;
    REQUIRE(startAtTerminal(process, terminal, {QStringLiteral("--data-dir"), dir, QStringLiteral("verify")}));
    CHECK_FALSE(terminal.echoes());
    REQUIRE(terminal.type(line(SharedVault::secret())));
    REQUIRE(process.waitForFinished(60000));

    CHECK(process.exitCode() == 0);
    CHECK(terminal.echoes());
    CHECK_FALSE(terminal.shown().contains(SharedVault::secret()));
}

TEST_CASE("Ctrl-C while the secret is typed gives the terminal its echo back", "[cli][terminal]")
{
    PseudoTerminal terminal;
    REQUIRE(terminal.isOpen());
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);

    QProcess process;
    REQUIRE(startAtTerminal(process, terminal, {QStringLiteral("--data-dir"), dir, QStringLiteral("verify")}));
    REQUIRE(terminal.type("half a sec")); // no Enter yet
    REQUIRE_FALSE(terminal.echoes());
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    REQUIRE(process.waitForFinished(10000));

    CHECK(process.exitStatus() == QProcess::CrashExit); // ended by the signal, as Ctrl-C should
    CHECK(terminal.echoes());
}

TEST_CASE("init at a terminal asks twice and refuses two different entries with exit 6", "[cli][terminal][init]")
{
    PseudoTerminal terminal;
    REQUIRE(terminal.isOpen());
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));

    QProcess process;
    REQUIRE(startAtTerminal(process, terminal, {QStringLiteral("--data-dir"), dir, QStringLiteral("init")}));
    REQUIRE(terminal.type("first passphrase\n"));
    REQUIRE(process.waitForReadyRead(10000)); // the second prompt
    REQUIRE(terminal.type("other passphrase\n"));
    REQUIRE(process.waitForFinished(10000));

    CHECK(process.exitCode() == 6);
    CHECK(process.readAllStandardError().contains("not the same"));
    CHECK(process.readAllStandardOutput().isEmpty());
    CHECK(terminal.echoes());
}
