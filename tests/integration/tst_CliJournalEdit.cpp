// tideline-cli journal show | edit | delete, one entry by id, as a script would use them.
#include "CliProcess.h"
#include "SharedVault.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace tideline::test;

namespace {

CliRun journal(const QString& dir, const QStringList& args, const QByteArray& after = {})
{
    return runCli(QStringList{QStringLiteral("--data-dir"), dir, QStringLiteral("journal")} + args,
        line(SharedVault::secret()) + after);
}

} // namespace

TEST_CASE("journal show, edit and delete an entry by its id", "[cli][journal]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun added = journal(dir,
        {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Tide 🌊"), QStringLiteral("--tag"),
            QStringLiteral("calm"), QStringLiteral("--day"), QStringLiteral("2025-03-14")},
        "Walked by the river.\nשלום and a second line\n");
    REQUIRE(added.exitCode == 0);
    const QString id = QString::fromUtf8(added.out.trimmed());

    const CliRun shown = journal(dir, {QStringLiteral("show"), id});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out
        == QStringLiteral("id\t%1\nday\t2025-03-14\ntitle\tTide 🌊\ntags\tcalm\nmood\t\n\nWalked by the river.\n"
                          "שלום and a second line\n")
               .arg(id)
               .toUtf8());

    // Only what is named changes: a new title and body, the tags taken off, the day kept.
    const CliRun edited = journal(dir,
        {QStringLiteral("edit"), id, QStringLiteral("--title"), QStringLiteral("Tide, later"),
            QStringLiteral("--no-tags"), QStringLiteral("--body")},
        "Zero\u200Bwidth and an emoji 🫶\n");
    REQUIRE(edited.exitCode == 0);
    const CliRun again = journal(dir, {QStringLiteral("show"), id});
    CHECK(again.out.contains("title\tTide, later\n"));
    CHECK(again.out.contains("tags\t\n"));
    CHECK(again.out.contains("day\t2025-03-14\n"));
    CHECK(again.out.endsWith("\n\nZero\u200Bwidth and an emoji 🫶\n"));
    const CliRun found = journal(dir, {QStringLiteral("search"), QStringLiteral("river")});
    CHECK(found.out.isEmpty()); // the old words left the search index with the old body

    // Nothing readable left (no title, a blank body) is refused and the entry keeps what it had.
    const CliRun blank = journal(
        dir, {QStringLiteral("edit"), id, QStringLiteral("--title"), QString(), QStringLiteral("--body")}, "   \n");
    CHECK(blank.exitCode != 0);
    CHECK_FALSE(blank.err.isEmpty());
    CHECK(journal(dir, {QStringLiteral("show"), id}).out.contains("emoji 🫶"));

    // Mistakes are named before the secret is asked for.
    const CliRun nothing = journal(dir, {QStringLiteral("edit"), id});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err.contains("needs something to change"));
    const CliRun notAnId = journal(dir, {QStringLiteral("show"), QStringLiteral("first")});
    CHECK(notAnId.exitCode == 1);
    CHECK(notAnId.err.contains("is not an entry's id"));

    const CliRun deleted = journal(dir, {QStringLiteral("delete"), id});
    REQUIRE(deleted.exitCode == 0);
    CHECK(journal(dir, {QStringLiteral("list")}).out.isEmpty());
    const CliRun gone = journal(dir, {QStringLiteral("show"), id});
    CHECK(gone.exitCode != 0);
    CHECK(gone.err.contains("no longer"));
    CHECK(journal(dir, {QStringLiteral("delete"), id}).exitCode != 0);
}
