// tideline-cli checkup list | take | show | add-form, and report --sections checkups.
#include "CliProcess.h"
#include "SharedVault.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace tideline::test;

namespace {

CliRun cli(const QString& dir, const QStringList& arguments, const QByteArray& more = {})
{
    return runCli(QStringList{QStringLiteral("--data-dir"), dir} + arguments, line(SharedVault::secret()) + more);
}

QByteArray answers(const QList<int>& values)
{
    QByteArray text;
    for (int v : values) {
        text += v < 0 ? QByteArray("\n") : QByteArray::number(v) + '\n';
    }
    return text;
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("checkup take saves the answers, prints the total and band, and show lists them", "[cli][checkup]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun list = cli(dir, {QStringLiteral("checkup"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains("pcl5\tPCL-5\t20\tnot chosen"));
    CHECK(list.out.contains("phq9\tPHQ-9\t9"));

    const CliRun first = cli(dir,
        {QStringLiteral("checkup"), QStringLiteral("take"), QStringLiteral("gad7"), QStringLiteral("--day"),
            QStringLiteral("2026-01-10")},
        answers({2, 2, 2, 2, 2, 2, 2, 1}));
    REQUIRE(first.exitCode == 0);
    CHECK(first.out == "2026-01-10\tgad7\t14\tmoderate\n");
    CHECK(first.err.contains("Scores in this range are often called “moderate”."));
    CHECK(first.err.contains("not a diagnosis"));

    const CliRun second = cli(dir,
        {QStringLiteral("checkup"), QStringLiteral("take"), QStringLiteral("GAD-7"), QStringLiteral("--day"),
            QStringLiteral("2026-01-24")},
        answers({1, 1, 1, 1, 1, 1, 1}));
    REQUIRE(second.exitCode == 0);
    CHECK(second.out == "2026-01-24\tgad7\t7\tmild\n");
    CHECK(second.err.contains("7 points lower than last time (10 January 2026)"));
    CHECK(second.err.contains("a change of 4 points or more"));

    // A skipped question: saved, and no total, with the reason.
    const CliRun skipped = cli(dir,
        {QStringLiteral("checkup"), QStringLiteral("take"), QStringLiteral("gad7"), QStringLiteral("--day"),
            QStringLiteral("2026-01-25")},
        answers({1, -1, 1, 1, 1, 1, 1}));
    REQUIRE(skipped.exitCode == 0);
    CHECK(skipped.out == "2026-01-25\tgad7\t\t\n");
    CHECK(skipped.err.contains("1 question was skipped"));

    const CliRun show = cli(dir,
        {QStringLiteral("checkup"), QStringLiteral("show"), QStringLiteral("gad7"), QStringLiteral("--from"),
            QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-01-31")});
    REQUIRE(show.exitCode == 0);
    CHECK(show.out == "2026-01-10\tgad7\t14\tmoderate\t\n2026-01-24\tgad7\t7\tmild\t−7\n2026-01-25\tgad7\t\t\t\n");
}

TEST_CASE("checkup take refuses an answer out of range, too many answers and an unknown name: exit 6, nothing saved",
    "[cli][checkup]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun outOfRange
        = cli(dir, {QStringLiteral("checkup"), QStringLiteral("take"), QStringLiteral("phq9")}, answers({1, 4}));
    CHECK(outOfRange.exitCode == 6);
    CHECK(outOfRange.err.contains("Line 2 (question 2 of the PHQ-9): “4” is not one of its answers"));
    const CliRun tooMany = cli(dir, {QStringLiteral("checkup"), QStringLiteral("take"), QStringLiteral("gad7")},
        answers({0, 0, 0, 0, 0, 0, 0, 0, 0}));
    CHECK(tooMany.exitCode == 6);
    CHECK(tooMany.err.contains("has 8 questions, and more answers than that were given (9)"));
    const CliRun words
        = cli(dir, {QStringLiteral("checkup"), QStringLiteral("take"), QStringLiteral("gad7")}, "often\n");
    CHECK(words.exitCode == 6);
    const CliRun unknown = cli(dir, {QStringLiteral("checkup"), QStringLiteral("take"), QStringLiteral("bdi")});
    CHECK(unknown.exitCode == 6);
    CHECK(unknown.err.contains("There is no check-up called “bdi”"));
    const CliRun show = cli(dir, {QStringLiteral("checkup"), QStringLiteral("show")});
    CHECK(show.exitCode == 0);
    CHECK(show.out.isEmpty());
}

TEST_CASE("checkup take on PHQ-9 question 9 above 0 shows the support lines at once", "[cli][checkup]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun run = cli(dir, {QStringLiteral("checkup"), QStringLiteral("take"), QStringLiteral("phq9")},
        answers({0, 0, 0, 0, 0, 0, 0, 0, 1}));
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains("you don't have to carry them alone"));
    CHECK(run.err.contains("988"));
    const CliRun calm = cli(dir, {QStringLiteral("checkup"), QStringLiteral("take"), QStringLiteral("phq9")},
        answers({1, 0, 0, 0, 0, 0, 0, 0, 0}));
    CHECK_FALSE(calm.err.contains("carry them alone"));
}

TEST_CASE("checkup add-form takes a good form and refuses a malformed or oversized one with exit 6", "[cli][checkup]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const QString good = QDir(tmp.path()).filePath(QStringLiteral("form.json"));
    QFile file(good);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"tideline-checkup","format_version":1,"key":"sleep-check","name":"Sleep check",
        "title":"My sleep check","recall":"the past week","instructions":"In the past week:","source":"Dr Example",
        "terms":"Free","options":[{"value":0,"label":"No"},{"value":1,"label":"Yes"}],
        "items":[{"id":"a","text":"Woke in the night"},{"id":"b","text":"Nightmares"}],
        "scoring":{"method":"sum","min":0,"max":2},"bands":[{"min":0,"max":1,"label":"low"},{"min":2,"max":2,"label":"high"}]})");
    file.close();
    const CliRun added = cli(dir, {QStringLiteral("checkup"), QStringLiteral("add-form"), good});
    REQUIRE(added.exitCode == 0);
    CHECK(added.err.contains("Added “Sleep check” (sleep-check)"));
    const CliRun take
        = cli(dir, {QStringLiteral("checkup"), QStringLiteral("take"), QStringLiteral("sleep-check")}, answers({1, 1}));
    CHECK(take.exitCode == 0);
    CHECK(take.out.endsWith("\tsleep-check\t2\thigh\n"));
    const CliRun twice = cli(dir, {QStringLiteral("checkup"), QStringLiteral("add-form"), good});
    CHECK(twice.exitCode == 6);

    const QString mismatch = QDir(tmp.path()).filePath(QStringLiteral("mismatch.json"));
    QFile bad(mismatch);
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format":"tideline-checkup","format_version":1,"key":"other","name":"Other","title":"Other",
        "recall":"today","instructions":"Today:","source":"x","terms":"y",
        "options":[{"value":0,"label":"No"},{"value":1,"label":"Yes"}],"items":[{"id":"a","text":"A"}],
        "scoring":{"method":"sum","min":0,"max":5},"bands":[{"min":0,"max":5,"label":"all"}]})");
    bad.close();
    // Refused before the secret is even read.
    const CliRun refused
        = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("checkup"), QStringLiteral("add-form"), mismatch});
    CHECK(refused.exitCode == 6);
    CHECK(refused.err.contains("add up to 0 to 1"));

    const QString huge = QDir(tmp.path()).filePath(QStringLiteral("huge.json"));
    QFile big(huge);
    REQUIRE(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(300 * 1024, ' '));
    big.close();
    const CliRun oversized
        = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("checkup"), QStringLiteral("add-form"), huge});
    CHECK(oversized.exitCode == 6);
    CHECK(oversized.err.contains("too large"));
}

TEST_CASE("report --sections checkups prints them, and question 9 only with --with-sensitive", "[cli][checkup]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    REQUIRE(cli(dir,
                {QStringLiteral("checkup"), QStringLiteral("take"), QStringLiteral("phq9"), QStringLiteral("--day"),
                    QStringLiteral("2026-01-10")},
                answers({1, 1, 1, 1, 1, 1, 1, 1, 2}))
                .exitCode
        == 0);
    const QString without = QDir(tmp.path()).filePath(QStringLiteral("without.pdf"));
    const QStringList report{QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
        QStringLiteral("--to"), QStringLiteral("2026-01-31"), QStringLiteral("--sections"),
        QStringLiteral("checkups,checkup-answers"), QStringLiteral("--out")};
    REQUIRE(cli(dir, report + QStringList{without}).exitCode == 0);
    const QString text = pdfText(without);
    CHECK(text.contains(QStringLiteral("10 of 27")));
    CHECK_FALSE(text.contains(QStringLiteral("better off dead")));
    const QString with = QDir(tmp.path()).filePath(QStringLiteral("with.pdf"));
    REQUIRE(cli(dir, report + QStringList{with, QStringLiteral("--with-sensitive")}).exitCode == 0);
    CHECK(pdfText(with).contains(QStringLiteral("better off dead")));
}
