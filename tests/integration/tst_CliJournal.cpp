// tideline-cli journal add | list | search, as a script would use them.
#include "CliProcess.h"
#include "FileProbe.h"
#include "SharedVault.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace tideline::test;

namespace {

QStringList journal(const QString& dir, const QStringList& args)
{
    return QStringList{QStringLiteral("--data-dir"), dir, QStringLiteral("journal")} + args;
}

CliRun add(const QString& dir, const QStringList& args, const QByteArray& body)
{
    return runCli(journal(dir, QStringList{QStringLiteral("add")} + args), line(SharedVault::secret()) + body);
}

QList<QByteArray> lines(const QByteArray& out)
{
    QList<QByteArray> result = out.split('\n');
    if (!result.isEmpty() && result.last().isEmpty()) {
        result.removeLast();
    }
    return result;
}

} // namespace

TEST_CASE("journal add, list and search work end to end", "[cli][journal]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);

    const CliRun first = add(dir,
        {QStringLiteral("--title"), QStringLiteral("Tide 🌊"), QStringLiteral("--tag"), QStringLiteral("calm, river"),
            QStringLiteral("--tag"), QStringLiteral("hard day"), QStringLiteral("--day"), QStringLiteral("2025-03-14")},
        "Walked by the river.\nשלום and a second line\n");
    REQUIRE(first.finished);
    CHECK(first.exitCode == 0);
    CHECK(first.out.trimmed() == "1");
    const CliRun second = add(dir,
        {QStringLiteral("--title"), QStringLiteral("Night"), QStringLiteral("--day"), QStringLiteral("2025-03-15")},
        "A nightmare, then breathing.");
    REQUIRE(second.exitCode == 0);

    const CliRun list = runCli(journal(dir, {QStringLiteral("list")}), line(SharedVault::secret()));
    REQUIRE(list.exitCode == 0);
    const auto rows = lines(list.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == "2\t2025-03-15\tNight");
    CHECK(rows[1] == QStringLiteral("1\t2025-03-14\tTide 🌊").toUtf8());

    const CliRun ranged = runCli(journal(dir,
                                     {QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2025-03-15"),
                                         QStringLiteral("--limit"), QStringLiteral("5")}),
        line(SharedVault::secret()));
    CHECK(lines(ranged.out).size() == 1);

    const CliRun found
        = runCli(journal(dir, {QStringLiteral("search"), QStringLiteral("riv*")}), line(SharedVault::secret()));
    REQUIRE(found.exitCode == 0);
    REQUIRE(lines(found.out).size() == 1);
    CHECK(found.out.startsWith("1\t2025-03-14\tTide 🌊\t"));
    CHECK(found.out.contains("Walked by the river."));

    const CliRun byTag = runCli(
        journal(dir,
            {QStringLiteral("search"), QStringLiteral("nightmare"), QStringLiteral("--tag"), QStringLiteral("CALM")}),
        line(SharedVault::secret()));
    CHECK(byTag.exitCode == 0);
    CHECK(byTag.out.isEmpty());

    SECTION("odd searches exit 0 with no error")
    {
        for (const char* odd : {"\"", "NEAR(", "-", "OR", "(", "*"}) {
            const CliRun run
                = runCli(journal(dir, {QStringLiteral("search"), QString::fromUtf8(odd)}), line(SharedVault::secret()));
            INFO(odd);
            CHECK(run.finished);
            CHECK(run.exitCode == 0);
        }
    }
    SECTION("the entries' words are in no file in plain text")
    {
        CHECK(filesContaining(dir, QStringLiteral("Walked by the river")).isEmpty());
        CHECK(filesContaining(dir, QStringLiteral("nightmare")).isEmpty());
    }
}

TEST_CASE("journal add refuses what it cannot keep, with the documented exit codes", "[cli][journal]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);

    const CliRun empty = add(dir, {QStringLiteral("--title"), QString()}, "  \n\n");
    CHECK(empty.exitCode == 6);
    CHECK(empty.err.contains("nothing"));

    const CliRun noTitle = add(dir, {}, "text");
    CHECK(noTitle.exitCode == 1);

    const CliRun badDay = add(dir,
        {QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--day"), QStringLiteral("2025-02-30")},
        "text");
    CHECK(badDay.exitCode == 6);

    const CliRun unknown = runCli(journal(dir, {QStringLiteral("remove")}), line(SharedVault::secret()));
    CHECK(unknown.exitCode == 1);

    const CliRun wrong = runCli(journal(dir, {QStringLiteral("list")}), line("not the shared passphrase"));
    CHECK(wrong.exitCode == 2);

    const CliRun list = runCli(journal(dir, {QStringLiteral("list")}), line(SharedVault::secret()));
    CHECK(list.exitCode == 0);
    CHECK(list.out.isEmpty());
}
