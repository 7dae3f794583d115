// tideline-cli checkin set/show/clear and metrics (DESIGN.md section 7).
#include "CliProcess.h"
#include "SharedVault.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QTemporaryDir>

using namespace tideline::test;

namespace {

CliRun cli(const QString& dir, const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("--data-dir"), dir} + arguments, line(SharedVault::secret()));
}

const QString kDay = QStringLiteral("2026-01-15");

} // namespace

TEST_CASE("checkin set then show gives the values back, what was not set stays not recorded", "[cli][checkin]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun set = cli(dir,
        {QStringLiteral("checkin"), QStringLiteral("set"), kDay, QStringLiteral("mood=6"),
            QStringLiteral("sleep_hours=7,5"), QStringLiteral("nightmares=0")});
    REQUIRE(set.finished);
    CHECK(set.exitCode == 0);
    CHECK(set.err.contains("Saved 3 values for 2026-01-15"));
    CHECK(set.out.isEmpty());

    const CliRun show = cli(dir, {QStringLiteral("checkin"), QStringLiteral("show"), kDay});
    REQUIRE(show.finished);
    CHECK(show.exitCode == 0);
    CHECK(show.out == "mood=6\nsleep_hours=7.5\nnightmares=0\n"); // a zero is a value
    CHECK(show.err.contains("Not recorded: sleep_quality, flashbacks"));

    const CliRun other = cli(dir, {QStringLiteral("checkin"), QStringLiteral("show"), QStringLiteral("2026-01-14")});
    CHECK(other.exitCode == 0);
    CHECK(other.out.isEmpty());
    CHECK(other.err.contains("Nothing recorded"));
}

TEST_CASE("checkin set with an invalid value exits 6 and saves nothing", "[cli][checkin]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    REQUIRE(cli(dir, {QStringLiteral("checkin"), QStringLiteral("set"), kDay, QStringLiteral("mood=4")}).exitCode == 0);

    struct Case
    {
        QString pair;
        QByteArray message;
    };
    const Case cases[] = {
        {QStringLiteral("mood=11"), "goes from 0 to 10"},
        {QStringLiteral("mood=-1"), "goes from 0 to 10"},
        {QStringLiteral("mood=lots"), "needs a number"},
        {QStringLiteral("nightmares=1.5"), "whole numbers"},
        {QStringLiteral("sleep_hours=7.2"), "half hours"},
        {QStringLiteral("sleep_hours=25"), "from 0 to 24"},
        {QStringLiteral("moood=3"), "no metric called"},
        {QStringLiteral("mood"), "METRIC=VALUE"},
        {QStringLiteral("mood=😀"), "needs a number"},
    };
    for (const Case& c : cases) {
        INFO(c.pair.toStdString());
        // A good value first: one bad value keeps the good one out too.
        const CliRun run
            = cli(dir, {QStringLiteral("checkin"), QStringLiteral("set"), kDay, QStringLiteral("energy=5"), c.pair});
        REQUIRE(run.finished);
        CHECK(run.exitCode == 6);
        CHECK(run.err.contains(c.message));
    }
    const CliRun show = cli(dir, {QStringLiteral("checkin"), QStringLiteral("show"), kDay});
    CHECK(show.out == "mood=4\n");
}

TEST_CASE("checkin refuses a malformed or future day with 6, before asking for the secret", "[cli][checkin]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    for (const QString& day : {QStringLiteral("2026-02-30"), QStringLiteral("15/01/2026"), QStringLiteral("today")}) {
        // No secret on standard input: the day is refused first.
        const CliRun run = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("checkin"), QStringLiteral("set"),
            day, QStringLiteral("mood=5")});
        REQUIRE(run.finished);
        CHECK(run.exitCode == 6);
        CHECK(run.err.contains("YYYY-MM-DD"));
    }
    const QString tomorrow = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    const CliRun future
        = cli(dir, {QStringLiteral("checkin"), QStringLiteral("set"), tomorrow, QStringLiteral("mood=5")});
    CHECK(future.exitCode == 6);
    CHECK(future.err.contains("hasn't come yet"));
}

TEST_CASE("checkin clear empties one metric or the whole day", "[cli][checkin]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    REQUIRE(cli(dir,
                {QStringLiteral("checkin"), QStringLiteral("set"), kDay, QStringLiteral("mood=4"),
                    QStringLiteral("anxiety=7"), QStringLiteral("energy=2")})
                .exitCode
        == 0);
    const CliRun one = cli(dir, {QStringLiteral("checkin"), QStringLiteral("clear"), kDay, QStringLiteral("anxiety")});
    CHECK(one.exitCode == 0);
    CHECK(one.err.contains("back to not recorded"));
    CHECK(cli(dir, {QStringLiteral("checkin"), QStringLiteral("show"), kDay}).out == "mood=4\nenergy=2\n");

    CHECK(cli(dir, {QStringLiteral("checkin"), QStringLiteral("clear"), kDay, QStringLiteral("nope")}).exitCode == 6);
    const CliRun all = cli(dir, {QStringLiteral("checkin"), QStringLiteral("clear"), kDay});
    CHECK(all.exitCode == 0);
    CHECK(cli(dir, {QStringLiteral("checkin"), QStringLiteral("show"), kDay}).out.isEmpty());
}

TEST_CASE("checkin without its words is a usage error", "[cli][checkin]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    for (const QStringList& args :
        {QStringList{QStringLiteral("checkin")}, QStringList{QStringLiteral("checkin"), QStringLiteral("add"), kDay},
            QStringList{QStringLiteral("checkin"), QStringLiteral("set"), kDay},
            QStringList{QStringLiteral("checkin"), QStringLiteral("show")},
            QStringList{QStringLiteral("metrics"), QStringLiteral("extra")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(QStringList{QStringLiteral("--data-dir"), dir} + args);
        REQUIRE(run.finished);
        CHECK(run.exitCode == 1);
    }
}

TEST_CASE("metrics lists the built-ins, with thoughts of self-harm off", "[cli][checkin]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun run = cli(dir, {QStringLiteral("metrics")});
    REQUIRE(run.finished);
    CHECK(run.exitCode == 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    REQUIRE(lines.size() == 12); // a header and eleven metrics
    CHECK(lines.at(0) == "key\tkind\trange\tstanding\torigin\tlabel");
    CHECK(lines.at(1) == "mood\tscale\t0-10\ton-today\tbuilt-in\tMood");
    CHECK(lines.at(2) == "sleep_hours\thours\t0-24\ton-today\tbuilt-in\tHours of sleep");
    CHECK(lines.at(11) == "self_harm_thoughts\tscale\t0-10\toff\tbuilt-in\tThoughts of self-harm");
}
