// tideline-cli report: the therapist summary as a PDF from a filled vault, read back with
// pdftotext (DESIGN.md sections 5.5 and 7).
#include "CliProcess.h"
#include "PdfText.h"
#include "SharedVault.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace tideline::test;

namespace {

const QByteArray kDemoSecret = "demo-pass-2468";

CliRun cli(const QString& dir, const QStringList& arguments, const QByteArray& secret)
{
    return runCli(QStringList{QStringLiteral("--data-dir"), dir} + arguments, line(secret));
}

QString day(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// The ids `journal list` prints for a range, first column.
QList<qint64> entryIds(const QString& dir, const QDate& from, const QDate& to)
{
    const CliRun listed = cli(dir,
        {QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--from"), day(from), QStringLiteral("--to"),
            day(to), QStringLiteral("--limit"), QStringLiteral("20")},
        kDemoSecret);
    REQUIRE(listed.exitCode == 0);
    QList<qint64> ids;
    for (const QByteArray& row : listed.out.split('\n')) {
        if (!row.isEmpty()) {
            ids.append(row.split('\t').first().toLongLong());
        }
    }
    return ids;
}

// One demo vault for every section of the test (a demo takes seconds); reports only read it.
QString demoVault()
{
    static QTemporaryDir root;
    static bool made = false;
    const QString dir = root.filePath(QStringLiteral("demo"));
    if (!made) {
        REQUIRE(runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("demo"), QStringLiteral("--years"),
                           QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("3")},
                    line(kDemoSecret))
                    .exitCode
            == 0);
        made = true;
    }
    return dir;
}

} // namespace

TEST_CASE("report from a demo vault: the chosen sections and entries, a warning, exit codes", "[cli][report]")
{
    QTemporaryDir tmp;
    const QString dir = demoVault();
    // The demo's history ends today.
    const QDate to = QDate::currentDate().addDays(-1);
    const QDate from = to.addDays(-29);
    const QList<qint64> ids = entryIds(dir, from, to);
    REQUIRE(ids.size() >= 3);
    const QString pdf = tmp.filePath(QStringLiteral("summary.pdf"));

    const QStringList period
        = {QStringLiteral("report"), QStringLiteral("--from"), day(from), QStringLiteral("--to"), day(to)};
    const CliRun made = cli(dir,
        period
            + QStringList{QStringLiteral("--out"), pdf, QStringLiteral("--name"), QStringLiteral("Alex"),
                QStringLiteral("--sections"), QStringLiteral("charts,moments"), QStringLiteral("--agenda"),
                QStringLiteral("agendasentinel: the nights"), QStringLiteral("--entry"), QString::number(ids.at(0)),
                QStringLiteral("--entry"), QString::number(ids.at(1))},
        kDemoSecret);
    REQUIRE(made.finished);
    CHECK(made.exitCode == 0);
    CHECK(made.out.isEmpty());
    CHECK(made.err.contains("not encrypted"));
    REQUIRE(QFileInfo::exists(pdf));
    CHECK(QFileInfo(pdf).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Summary for my therapist")));
    CHECK(text.contains(QStringLiteral("Name: Alex")));
    CHECK(text.contains(QStringLiteral("Measures over time")));
    CHECK(text.contains(QStringLiteral("Mood (0 to 10)")));
    CHECK(text.contains(QStringLiteral("Hard moments")));
    CHECK(text.contains(QStringLiteral("agendasentinel: the nights")));
    CHECK(text.contains(QStringLiteral("Journal entries I chose to share")));
    CHECK_FALSE(text.contains(QStringLiteral("Averages")));
    CHECK_FALSE(text.contains(QStringLiteral("Compared with the period before")));
    CHECK(made.err.contains(QStringLiteral("(%1 page").arg(pdfPageCount(pdf)).toUtf8()));

    SECTION("an existing file is kept without --force, replaced with it")
    {
        const QByteArray before = [&] {
            QFile f(pdf);
            REQUIRE(f.open(QIODevice::ReadOnly));
            return f.readAll();
        }();
        const CliRun again = cli(dir, period + QStringList{QStringLiteral("--out"), pdf}, kDemoSecret);
        CHECK(again.exitCode == 5);
        CHECK(again.err.contains("already exists"));
        QFile f(pdf);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == before);
        f.close();
        const CliRun forced
            = cli(dir, period + QStringList{QStringLiteral("--out"), pdf, QStringLiteral("--force")}, kDemoSecret);
        CHECK(forced.exitCode == 0);
        const QString replaced = pdfText(pdf);
        CHECK(replaced.contains(QStringLiteral("Averages"))); // the default sections
        CHECK_FALSE(replaced.contains(QStringLiteral("agendasentinel")));
        CHECK_FALSE(replaced.contains(QStringLiteral("Journal entries I chose to share"))); // none unless --entry
    }
    SECTION("an entry that is not there, or outside the period, is invalid input (6); no file is made")
    {
        const QString other = tmp.filePath(QStringLiteral("other.pdf"));
        const CliRun missing = cli(dir,
            period + QStringList{QStringLiteral("--out"), other, QStringLiteral("--entry"), QStringLiteral("99999999")},
            kDemoSecret);
        CHECK(missing.exitCode == 6);
        CHECK(missing.err.contains("no journal entry 99999999"));
        const QList<qint64> earlier = entryIds(dir, from.addDays(-60), from.addDays(-40));
        REQUIRE_FALSE(earlier.isEmpty());
        const CliRun outside = cli(dir,
            period
                + QStringList{QStringLiteral("--out"), other, QStringLiteral("--entry"),
                    QString::number(earlier.first())},
            kDemoSecret);
        CHECK(outside.exitCode == 6);
        CHECK(outside.err.contains("outside the chosen period"));
        CHECK_FALSE(QFileInfo::exists(other));
    }
    SECTION("a period the wrong way round is invalid input (6); a malformed one or a missing --out is usage (1)")
    {
        const QString other = tmp.filePath(QStringLiteral("other.pdf"));
        const CliRun backwards = cli(dir,
            {QStringLiteral("report"), QStringLiteral("--from"), day(to), QStringLiteral("--to"), day(from),
                QStringLiteral("--out"), other},
            kDemoSecret);
        CHECK(backwards.exitCode == 6);
        CHECK(backwards.err.contains("comes after"));
        CHECK(cli(dir,
                  {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-02-30"),
                      QStringLiteral("--to"), day(to), QStringLiteral("--out"), other},
                  kDemoSecret)
                  .exitCode
            == 1);
        CHECK(cli(dir, period, kDemoSecret).exitCode == 1);
        CHECK(cli(dir,
                  period
                      + QStringList{QStringLiteral("--out"), other, QStringLiteral("--sections"),
                          QStringLiteral("charts,scores")},
                  kDemoSecret)
                  .exitCode
            == 1);
        CHECK(cli(dir,
                  period
                      + QStringList{QStringLiteral("--out"), other, QStringLiteral("--entry"), QStringLiteral("seven")},
                  kDemoSecret)
                  .exitCode
            == 1);
        CHECK_FALSE(QFileInfo::exists(other));
    }
}
