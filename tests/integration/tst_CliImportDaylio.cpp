// tideline-cli import daylio (docs/IMPORT-DAYLIO.md): a Daylio CSV export into the vault, moods
// it cannot place asked about, mistakes named by line with nothing imported.
#include "CliProcess.h"
#include "SharedVault.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tideline::test;

namespace {

CliRun cli(const QString& dir, const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("--data-dir"), dir} + arguments, line(SharedVault::secret()));
}

QString fixture(const char* name)
{
    return QStringLiteral(TIDELINE_FIXTURES_DIR "/daylio/") + QLatin1String(name);
}

// The vault's content, through the CLI's own JSON export.
QJsonObject exported(const QString& dir, const QTemporaryDir& tmp)
{
    const QString out = tmp.filePath(QStringLiteral("export.json"));
    QFile::remove(out);
    REQUIRE(cli(dir, {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--out"), out}).exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.remove(QStringLiteral("exported_at"));
    return root;
}

double moodOn(const QJsonObject& root, const QString& day)
{
    for (const QJsonValue& checkin : root.value(QStringLiteral("checkins")).toArray()) {
        if (checkin.toObject().value(QStringLiteral("day")).toString() == day) {
            return checkin.toObject()
                .value(QStringLiteral("values"))
                .toObject()
                .value(QStringLiteral("mood"))
                .toDouble(-1);
        }
    }
    return -1;
}

} // namespace

TEST_CASE("import daylio brings in moods, notes and activities, and keeps what the vault has", "[cli][daylio]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    // The person already recorded 14 May in Tideline.
    REQUIRE(
        cli(dir,
            {QStringLiteral("checkin"), QStringLiteral("set"), QStringLiteral("2023-05-14"), QStringLiteral("mood=2")})
            .exitCode
        == 0);

    const CliRun run = cli(dir, {QStringLiteral("import"), QStringLiteral("daylio"), fixture("basic-bom-crlf.csv")});
    REQUIRE(run.finished);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains("6 Daylio rows over 5 days (2023-05-10 to 2023-05-14)"));
    CHECK(run.err.contains("Imported moods for 4 days and 5 journal entries"));

    const QJsonObject root = exported(dir, tmp);
    CHECK(moodOn(root, QStringLiteral("2023-05-14")) == 2); // kept
    CHECK(moodOn(root, QStringLiteral("2023-05-13")) == 1);
    CHECK(moodOn(root, QStringLiteral("2023-05-10")) == 7);
    CHECK(root.value(QStringLiteral("entries")).toArray().size() == 5);

    const CliRun search = cli(dir, {QStringLiteral("journal"), QStringLiteral("search"), QStringLiteral("goodbye")});
    CHECK(search.out.contains("Lovely day"));

    SECTION("the same file again adds nothing")
    {
        const CliRun again
            = cli(dir, {QStringLiteral("import"), QStringLiteral("daylio"), fixture("basic-bom-crlf.csv")});
        CHECK(again.exitCode == 0);
        CHECK(again.err.contains("Imported moods for 0 days and 0 journal entries"));
        CHECK(exported(dir, tmp) == root);
    }
}

TEST_CASE("import daylio lists moods it does not know and imports nothing until each is placed", "[cli][daylio]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const QJsonObject before = exported(dir, tmp);
    const QString file = fixture("custom-moods.csv");

    // Refused before the secret is read: no input at all is given.
    const CliRun asked
        = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("import"), QStringLiteral("daylio"), file});
    REQUIRE(asked.finished);
    CHECK(asked.exitCode == 6);
    CHECK(asked.err.contains("  happy\n  sad\n  Tired\n"));
    CHECK(asked.err.contains("--mood NAME=VALUE"));
    CHECK(asked.err.contains("--skip-mood NAME"));
    CHECK(asked.err.contains("Nothing was imported"));
    CHECK(exported(dir, tmp) == before);

    const CliRun partly = cli(dir,
        {QStringLiteral("import"), QStringLiteral("daylio"), file, QStringLiteral("--mood"),
            QStringLiteral("happy=8")});
    CHECK(partly.exitCode == 6);
    CHECK(partly.err.contains("  sad\n  Tired\n"));
    CHECK_FALSE(partly.err.contains("  happy\n"));
    CHECK(exported(dir, tmp) == before);

    const CliRun wrongValue = cli(dir,
        {QStringLiteral("import"), QStringLiteral("daylio"), file, QStringLiteral("--mood"),
            QStringLiteral("happy=12")});
    CHECK(wrongValue.exitCode == 1);
    CHECK(wrongValue.err.contains("0 to 10"));

    const CliRun placed = cli(dir,
        {QStringLiteral("import"), QStringLiteral("daylio"), file, QStringLiteral("--mood"), QStringLiteral("HAPPY=8"),
            QStringLiteral("--mood"), QStringLiteral("sad=2"), QStringLiteral("--skip-mood"), QStringLiteral("tired")});
    INFO(placed.err.toStdString());
    CHECK(placed.exitCode == 0);
    const QJsonObject after = exported(dir, tmp);
    CHECK(moodOn(after, QStringLiteral("2023-06-01")) == 8);
    CHECK(moodOn(after, QStringLiteral("2023-06-02")) == 5);
    CHECK(moodOn(after, QStringLiteral("2023-06-03")) == 8);
}

TEST_CASE("import daylio of a newer export names the columns it leaves out", "[cli][daylio]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun run = cli(dir, {QStringLiteral("import"), QStringLiteral("daylio"), fixture("newer-with-scales.csv")});
    REQUIRE(run.finished);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains("Columns left out, because Tideline has no place for them: scales."));
    CHECK(run.err.contains("Imported moods for"));
}

TEST_CASE("import daylio of a malformed file names the line and imports nothing", "[cli][daylio]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const QJsonObject before = exported(dir, tmp);
    const std::pair<const char*, const char*> cases[] = {
        {"unbalanced-quote.csv", "Line 3: a field opens a quote"},
        {"bad-date.csv", "Line 3: “2023-02-30”"},
        {"bad-time.csv", "Line 2: “25:61”"},
        {"wrong-header.csv", "Line 1: there is no full_date column"},
        {"no-mood.csv", "Line 1: there is no mood column"},
    };
    for (const auto& [name, message] : cases) {
        INFO(name);
        const CliRun run = cli(dir, {QStringLiteral("import"), QStringLiteral("daylio"), fixture(name)});
        REQUIRE(run.finished);
        CHECK(run.exitCode == 6);
        CHECK(run.err.contains(message));
        CHECK(run.err.contains("Nothing was imported"));
    }
    CHECK(exported(dir, tmp) == before);

    CHECK(cli(dir, {QStringLiteral("import"), QStringLiteral("daylio")}).exitCode == 1);
    CHECK(cli(dir,
              {QStringLiteral("import"), QStringLiteral("daylio"), fixture("basic-bom-crlf.csv"),
                  QStringLiteral("--colour")})
              .exitCode
        == 1);
    CHECK(cli(dir, {QStringLiteral("import"), QStringLiteral("daylio"), tmp.filePath(QStringLiteral("none.csv"))})
              .exitCode
        == 6);
    CHECK(cli(dir, {QStringLiteral("import"), QStringLiteral("spreadsheet"), fixture("basic-bom-crlf.csv")}).exitCode
        == 1);
}
