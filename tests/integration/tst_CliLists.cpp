// tideline-cli moments | routines | plan | contacts | numbers: list, add, edit, remove, as a script would use them.
#include "CliProcess.h"
#include "SharedVault.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <algorithm>

using namespace tideline::test;

namespace {

CliRun cli(const QString& dir, const QStringList& args)
{
    return runCli(QStringList{QStringLiteral("--data-dir"), dir} + args, line(SharedVault::secret()));
}

QList<QByteArray> rows(const QByteArray& out)
{
    QList<QByteArray> result = out.split('\n');
    if (!result.isEmpty() && result.last().isEmpty()) {
        result.removeLast();
    }
    return result;
}

} // namespace

TEST_CASE("plan: list the sections, add, reword, tick and remove lines", "[cli][plan]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun bag = cli(dir, {QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("emergency_bag")});
    REQUIRE(bag.exitCode == 0);
    REQUIRE(rows(bag.out).size() == 8);
    CHECK(rows(bag.out).at(1) == "2\temergency_bag\t[ ]\tExtra keys");

    const CliRun added = cli(dir,
        {QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("warning_sign"),
            QStringLiteral("I stop sleeping 😴")});
    REQUIRE(added.exitCode == 0);
    const QString sign = QString::fromUtf8(added.out.trimmed());
    REQUIRE(cli(dir,
                {QStringLiteral("plan"), QStringLiteral("edit"), QStringLiteral("2"), QStringLiteral("--text"),
                    QStringLiteral("Spare keys with Sam"), QStringLiteral("--tick")})
                .exitCode
        == 0);
    // Ticks belong to the two checklists only; the line is left as it was.
    const CliRun tickSign = cli(dir, {QStringLiteral("plan"), QStringLiteral("edit"), sign, QStringLiteral("--tick")});
    CHECK(tickSign.exitCode != 0);
    CHECK(tickSign.err.contains("ticks"));
    REQUIRE(cli(dir, {QStringLiteral("plan"), QStringLiteral("remove"), QStringLiteral("3")}).exitCode == 0);

    const auto all = rows(cli(dir, {QStringLiteral("plan"), QStringLiteral("list")}).out);
    CHECK(all.first() == QStringLiteral("%1\twarning_sign\t-\tI stop sleeping 😴").arg(sign).toUtf8());
    CHECK(all.contains("2\temergency_bag\t[x]\tSpare keys with Sam"));
    CHECK_FALSE(all.contains("3\temergency_bag\t[ ]\tPhone charger"));
    CHECK(std::any_of(all.begin(), all.end(), [](const QByteArray& row) {
        return row.endsWith("\tclose_at_hand\t[ ]\tA place of safety in mind, and how to get there");
    }));

    const CliRun unknown
        = cli(dir, {QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("bag"), QStringLiteral("socks")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("close_at_hand"));
    CHECK(cli(dir, {QStringLiteral("plan"), QStringLiteral("remove"), QStringLiteral("3")}).exitCode != 0);
}

TEST_CASE("routines: add one's own, rename, hide, and remove (built-ins are hidden, never deleted)", "[cli][routines]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const auto before = rows(cli(dir, {QStringLiteral("routines"), QStringLiteral("list")}).out);
    REQUIRE(before.size() == 13); // a header and the twelve built-ins
    CHECK(before.last() == "12\ton-today\tbuilt-in\tHealthier food");

    const CliRun added
        = cli(dir, {QStringLiteral("routines"), QStringLiteral("add"), QStringLiteral("Feed the cat 🐈")});
    REQUIRE(added.exitCode == 0);
    const QString own = QString::fromUtf8(added.out.trimmed());
    REQUIRE(cli(dir,
                {QStringLiteral("routines"), QStringLiteral("edit"), own, QStringLiteral("--label"),
                    QStringLiteral("Feed the cats")})
                .exitCode
        == 0);
    REQUIRE(cli(dir, {QStringLiteral("routines"), QStringLiteral("remove"), own}).exitCode == 0);
    const CliRun builtin = cli(dir, {QStringLiteral("routines"), QStringLiteral("remove"), QStringLiteral("1")});
    REQUIRE(builtin.exitCode == 0);
    CHECK(builtin.err.contains("hidden"));

    const auto after = rows(cli(dir, {QStringLiteral("routines"), QStringLiteral("list")}).out);
    CHECK(after.at(1) == "1\thidden\tbuilt-in\tDrink some water");
    CHECK(after.last() == QStringLiteral("%1\tput-away\town\tFeed the cats").arg(own).toUtf8());
    REQUIRE(
        cli(dir, {QStringLiteral("routines"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--show")})
            .exitCode
        == 0);
    CHECK(rows(cli(dir, {QStringLiteral("routines"), QStringLiteral("list")}).out).at(1)
        == "1\ton-today\tbuilt-in\tDrink some water");

    const CliRun blank = cli(dir,
        {QStringLiteral("routines"), QStringLiteral("edit"), own, QStringLiteral("--label"), QStringLiteral("\u200B")});
    CHECK(blank.exitCode != 0);
    CHECK_FALSE(blank.err.isEmpty());
}

TEST_CASE("moments: log, list by day, edit the notes, remove, and a flashback counts on its day", "[cli][moments]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun added = cli(dir,
        {QStringLiteral("moments"), QStringLiteral("add"), QStringLiteral("flashback"), QStringLiteral("--at"),
            QStringLiteral("2025-03-14 21:30"), QStringLiteral("--intensity"), QStringLiteral("7"),
            QStringLiteral("--trigger"), QStringLiteral("a door"), QStringLiteral("--place"), QStringLiteral("בבית")});
    REQUIRE(added.exitCode == 0);
    const QString id = QString::fromUtf8(added.out.trimmed());
    const auto listed = rows(cli(
        dir, {QStringLiteral("moments"), QStringLiteral("list"), QStringLiteral("--day"), QStringLiteral("2025-03-14")})
                                 .out);
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(1) == QStringLiteral("%1\t2025-03-14 21:30\tflashback\t7\ta door\tבבית\t\t").arg(id).toUtf8());
    const CliRun day = cli(dir, {QStringLiteral("checkin"), QStringLiteral("show"), QStringLiteral("2025-03-14")});
    CHECK(day.out.contains("flashbacks=1"));

    REQUIRE(cli(dir,
                {QStringLiteral("moments"), QStringLiteral("edit"), id, QStringLiteral("--intensity"),
                    QStringLiteral("none"), QStringLiteral("--trigger"), QString(), QStringLiteral("--helped"),
                    QStringLiteral("cold water")})
                .exitCode
        == 0);
    CHECK(rows(cli(dir,
                   {QStringLiteral("moments"), QStringLiteral("list"), QStringLiteral("--from"),
                       QStringLiteral("2025-03-01"), QStringLiteral("--to"), QStringLiteral("2025-03-31")})
                   .out)
              .at(1)
        == QStringLiteral("%1\t2025-03-14 21:30\tflashback\t\t\tבבית\t\tcold water").arg(id).toUtf8());

    const CliRun loud = cli(dir,
        {QStringLiteral("moments"), QStringLiteral("edit"), id, QStringLiteral("--intensity"), QStringLiteral("11")});
    CHECK(loud.exitCode != 0);
    CHECK(loud.err.contains("0 to 10"));
    const CliRun ahead = cli(dir,
        {QStringLiteral("moments"), QStringLiteral("add"), QStringLiteral("panic"), QStringLiteral("--at"),
            QStringLiteral("2999-01-01 10:00")});
    CHECK(ahead.exitCode != 0);
    CHECK(ahead.err.contains("still to come"));
    const CliRun kind = cli(dir, {QStringLiteral("moments"), QStringLiteral("add"), QStringLiteral("storm")});
    CHECK(kind.exitCode == 1);

    REQUIRE(cli(dir, {QStringLiteral("moments"), QStringLiteral("remove"), id}).exitCode == 0);
    CHECK(rows(cli(dir,
                   {QStringLiteral("moments"), QStringLiteral("list"), QStringLiteral("--day"),
                       QStringLiteral("2025-03-14")})
                   .out)
              .size()
        == 1);
}

TEST_CASE("contacts: add people and services, reword, change the kind, clear a note, remove", "[cli][contacts]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    // Right-to-left letters, an emoji and a tab (which a tab-separated row must not split on).
    const QString name = QStringLiteral("My sister \u200f\u0633\u0627\u0631\u0629 🌊\tM");
    const CliRun added = cli(dir,
        {QStringLiteral("contacts"), QStringLiteral("add"), name, QStringLiteral("--phone"), QStringLiteral("555 0100"),
            QStringLiteral("--note"), QStringLiteral("calls back")});
    REQUIRE(added.exitCode == 0);
    const QByteArray sister = added.out.trimmed();
    const CliRun line988 = cli(dir,
        {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("Crisis"), QStringLiteral("line"),
            QStringLiteral("--kind"), QStringLiteral("hotline"), QStringLiteral("--phone"), QStringLiteral("988")});
    REQUIRE(line988.exitCode == 0);

    const QList<QByteArray> listed = rows(cli(dir, {QStringLiteral("contacts"), QStringLiteral("list")}).out);
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0) == sister + "\tperson\tMy sister \u200f\u0633\u0627\u0631\u0629 🌊 M\t555 0100\tcalls back");
    CHECK(listed.at(1) == line988.out.trimmed() + "\thotline\tCrisis line\t988\t");

    const CliRun edited = cli(dir,
        {QStringLiteral("contacts"), QStringLiteral("edit"), QString::fromUtf8(sister), QStringLiteral("--kind"),
            QStringLiteral("professional"), QStringLiteral("--note"), QString()});
    REQUIRE(edited.exitCode == 0);
    CHECK(rows(cli(dir, {QStringLiteral("contacts"), QStringLiteral("list")}).out).at(0)
        == sister + "\tprofessional\tMy sister \u200f\u0633\u0627\u0631\u0629 🌊 M\t555 0100\t");

    // Mistakes: said plainly, before the secret is asked for where they can be, nothing changed.
    const CliRun noKind = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("contacts"), QStringLiteral("add"),
        QStringLiteral("X"), QStringLiteral("--kind"), QStringLiteral("friend")});
    CHECK(noKind.exitCode == 1);
    CHECK(noKind.err.contains("person, professional or hotline"));
    const CliRun noName
        = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("contacts"), QStringLiteral("add")});
    CHECK(noName.exitCode == 1);
    const CliRun missing = cli(dir, {QStringLiteral("contacts"), QStringLiteral("remove"), QStringLiteral("9999")});
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.contains("There is no contact 9999"));

    REQUIRE(cli(dir, {QStringLiteral("contacts"), QStringLiteral("remove"), QString::fromUtf8(line988.out.trimmed())})
                .exitCode
        == 0);
    CHECK(rows(cli(dir, {QStringLiteral("contacts"), QStringLiteral("list")}).out).size() == 1);
}

TEST_CASE("numbers: add one's own support number, list it, remove it", "[cli][numbers]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun added = cli(dir,
        {QStringLiteral("numbers"), QStringLiteral("add"), QStringLiteral("Local shelter 🌊"), QStringLiteral("--phone"),
            QStringLiteral("555 0199"), QStringLiteral("--note"), QStringLiteral("open all night")});
    REQUIRE(added.exitCode == 0);
    const QByteArray id = added.out.trimmed();
    const QList<QByteArray> listed = rows(cli(dir, {QStringLiteral("numbers"), QStringLiteral("list")}).out);
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).startsWith(id + '\t'));
    CHECK(listed.at(0).endsWith("\tLocal shelter 🌊\t555 0199\topen all night"));

    const CliRun noPhone = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("numbers"), QStringLiteral("add"),
        QStringLiteral("Somewhere")});
    CHECK(noPhone.exitCode == 1);
    CHECK(noPhone.err.contains("--phone"));
    const CliRun missing = cli(dir, {QStringLiteral("numbers"), QStringLiteral("remove"), QStringLiteral("9999")});
    CHECK(missing.exitCode != 0);

    REQUIRE(cli(dir, {QStringLiteral("numbers"), QStringLiteral("remove"), QString::fromUtf8(id)}).exitCode == 0);
    CHECK(cli(dir, {QStringLiteral("numbers"), QStringLiteral("list")}).out.isEmpty());
}
