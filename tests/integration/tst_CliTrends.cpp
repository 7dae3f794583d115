// tideline-cli trends: a metric's series as CSV, gaps left empty, the same figures as the page.
#include "CliProcess.h"
#include "SharedVault.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace tideline::test;

namespace {

CliRun cli(const QString& dir, const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("--data-dir"), dir} + arguments, line(SharedVault::secret()));
}

void set(const QString& dir, const QString& day, const QString& pair)
{
    REQUIRE(cli(dir, {QStringLiteral("checkin"), QStringLiteral("set"), day, pair}).exitCode == 0);
}

} // namespace

TEST_CASE("trends by day: one row a day, an empty field for a day not recorded, the rolling mean", "[cli][trends]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    set(dir, QStringLiteral("2026-01-01"), QStringLiteral("mood=2"));
    set(dir, QStringLiteral("2026-01-02"), QStringLiteral("mood=4"));
    set(dir, QStringLiteral("2026-01-04"), QStringLiteral("mood=0"));
    set(dir, QStringLiteral("2026-01-05"), QStringLiteral("mood=9"));

    const CliRun run = cli(dir,
        {QStringLiteral("trends"), QStringLiteral("mood"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
            QStringLiteral("--to"), QStringLiteral("2026-01-05")});
    REQUIRE(run.finished);
    CHECK(run.exitCode == 0);
    CHECK(run.out
        == "day,value,rolling_mean_7\n"
           "2026-01-01,2,\n"
           "2026-01-02,4,\n"
           "2026-01-03,,\n"
           "2026-01-04,0,2\n" // (2 + 4 + 0) / 3: the zero is a value, the 3rd is not
           "2026-01-05,9,3.75\n");
    CHECK(run.err.contains("Mood: recorded on 4 of 5 days"));
}

TEST_CASE("trends by week and by month: mean, min, max and days recorded, empty buckets stay empty", "[cli][trends]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    set(dir, QStringLiteral("2026-01-05"), QStringLiteral("sleep_hours=6"));
    set(dir, QStringLiteral("2026-01-07"), QStringLiteral("sleep_hours=7,5"));
    set(dir, QStringLiteral("2026-01-20"), QStringLiteral("sleep_hours=8"));

    const CliRun weeks = cli(dir,
        {QStringLiteral("trends"), QStringLiteral("sleep_hours"), QStringLiteral("--from"),
            QStringLiteral("2026-01-05"), QStringLiteral("--to"), QStringLiteral("2026-01-21"),
            QStringLiteral("--bucket"), QStringLiteral("week")});
    CHECK(weeks.exitCode == 0);
    CHECK(weeks.out
        == "start,end,days_recorded,mean,min,max\n"
           "2026-01-05,2026-01-11,2,6.75,6,7.5\n"
           "2026-01-12,2026-01-18,0,,,\n"
           "2026-01-19,2026-01-21,1,8,8,8\n");

    const CliRun months = cli(dir,
        {QStringLiteral("trends"), QStringLiteral("sleep_hours"), QStringLiteral("--from"),
            QStringLiteral("2025-12-15"), QStringLiteral("--to"), QStringLiteral("2026-01-31"),
            QStringLiteral("--bucket"), QStringLiteral("month")});
    CHECK(months.exitCode == 0);
    CHECK(months.out
        == "start,end,days_recorded,mean,min,max\n"
           "2025-12-15,2025-12-31,0,,,\n"
           "2026-01-01,2026-01-31,3,7.167,6,8\n");
}

TEST_CASE("trends refuses what it cannot answer, with a plain message", "[cli][trends]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const QStringList range = {
        QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-01-31")};

    const CliRun unknown = cli(dir, QStringList{QStringLiteral("trends"), QStringLiteral("pain")} + range);
    CHECK(unknown.exitCode == 6);
    CHECK(unknown.err.contains("There is no metric"));
    CHECK(unknown.out.isEmpty());

    // Thoughts of self-harm never appear in trends unless the person turned the metric on.
    const CliRun off = cli(dir, QStringList{QStringLiteral("trends"), QStringLiteral("self_harm_thoughts")} + range);
    CHECK(off.exitCode == 6);
    CHECK(off.out.isEmpty());

    const CliRun backwards = cli(dir,
        {QStringLiteral("trends"), QStringLiteral("mood"), QStringLiteral("--from"), QStringLiteral("2026-02-01"),
            QStringLiteral("--to"), QStringLiteral("2026-01-01")});
    CHECK(backwards.exitCode == 6);
    CHECK(backwards.err.contains("comes after"));

    const CliRun badDay = cli(dir,
        {QStringLiteral("trends"), QStringLiteral("mood"), QStringLiteral("--from"), QStringLiteral("2026-02-30")});
    CHECK(badDay.exitCode == 1);
    const CliRun badBucket = cli(
        dir, {QStringLiteral("trends"), QStringLiteral("mood"), QStringLiteral("--bucket"), QStringLiteral("year")});
    CHECK(badBucket.exitCode == 1);
    CHECK(badBucket.err.contains("day, week or month"));
    const CliRun noMetric = cli(dir, {QStringLiteral("trends")});
    CHECK(noMetric.exitCode == 1);
}
