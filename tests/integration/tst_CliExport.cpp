// tideline-cli export csv|json and import json (DESIGN.md section 7, docs/EXPORT-FORMAT.md).
#include "CliProcess.h"
#include "SharedVault.h"
#include "core/exchange/JsonExport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace tideline::test;

namespace {

CliRun cli(const QString& dir, const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("--data-dir"), dir} + arguments, line(SharedVault::secret()));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(contents) == contents.size());
}

// The export without its time stamp line.
QByteArray withoutTime(QByteArray json)
{
    const qsizetype at = json.indexOf("\"exported_at\"");
    REQUIRE(at >= 0);
    return json.remove(at, json.indexOf('\n', at) - at);
}

void record(const QString& dir)
{
    REQUIRE(cli(dir,
                {QStringLiteral("checkin"), QStringLiteral("set"), QStringLiteral("2026-01-15"),
                    QStringLiteral("mood=6"), QStringLiteral("sleep_hours=7.5")})
                .exitCode
        == 0);
    REQUIRE(cli(dir,
                {QStringLiteral("checkin"), QStringLiteral("set"), QStringLiteral("2026-01-14"),
                    QStringLiteral("nightmares=0")})
                .exitCode
        == 0);
    const CliRun added = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("journal"), QStringLiteral("add"),
                                    QStringLiteral("--title"), QStringLiteral("Tuesday 🌊"), QStringLiteral("--tag"),
                                    QStringLiteral("sleep"), QStringLiteral("--day"), QStringLiteral("2026-01-15")},
        line(SharedVault::secret()) + "שלום, a calmer day\n");
    REQUIRE(added.exitCode == 0);
}

} // namespace

TEST_CASE("export csv writes the check-ins to a private file and says it is not encrypted", "[cli][export]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    record(dir);
    const QString out = tmp.filePath(QStringLiteral("checkins.csv"));
    const CliRun run = cli(dir, {QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--out"), out});
    REQUIRE(run.finished);
    CHECK(run.exitCode == 0);
    CHECK(run.out.isEmpty()); // nothing of the vault on stdout
    CHECK(run.err.contains("not encrypted"));
    const QList<QByteArray> lines = readAll(out).split('\n');
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].startsWith("day,mood,sleep_hours,sleep_quality,nightmares,"));
    CHECK(lines[1] == "2026-01-14,,,,0,,,,,,\r");
    CHECK(lines[2] == "2026-01-15,6,7.5,,,,,,,,\r");
    CHECK(QFileInfo(out).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("export keeps an existing file unless --force, and needs a folder that exists", "[cli][export]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const QString out = tmp.filePath(QStringLiteral("mine.txt"));
    writeAll(out, "something of mine");

    const CliRun kept = cli(dir, {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--out"), out});
    CHECK(kept.exitCode == 5);
    CHECK(kept.err.contains("--force"));
    CHECK(readAll(out) == "something of mine");

    const CliRun forced = cli(dir,
        {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--out"), out, QStringLiteral("--force")});
    CHECK(forced.exitCode == 0);
    CHECK(readAll(out).contains("\"tideline-export\""));

    const CliRun missing = cli(dir,
        {QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--out"),
            tmp.filePath(QStringLiteral("no/such/folder/x.csv"))});
    CHECK(missing.exitCode == 5);
    CHECK(missing.err.contains("does not exist"));

    CHECK(cli(dir, {QStringLiteral("export"), QStringLiteral("csv")}).exitCode == 1);
    CHECK(cli(dir, {QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--out"), out}).exitCode == 1);
    CHECK(cli(dir, {QStringLiteral("export")}).exitCode == 1);
}

TEST_CASE("export json, import json into a new vault, export again: identical content", "[cli][export]")
{
    QTemporaryDir tmp;
    const QString source = SharedVault::copyInto(tmp);
    record(source);
    const QString first = tmp.filePath(QStringLiteral("first.json"));
    REQUIRE(
        cli(source, {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--out"), first}).exitCode == 0);

    QTemporaryDir other;
    const QString target = SharedVault::copyInto(other);
    const CliRun imported = cli(target, {QStringLiteral("import"), QStringLiteral("json"), first});
    REQUIRE(imported.finished);
    CHECK(imported.exitCode == 0);
    CHECK(imported.err.contains("2 check-in days, 1 journal entry"));

    const QString second = tmp.filePath(QStringLiteral("second.json"));
    REQUIRE(
        cli(target, {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--out"), second}).exitCode == 0);
    CHECK(withoutTime(readAll(second)) == withoutTime(readAll(first)));

    const CliRun search = cli(target, {QStringLiteral("journal"), QStringLiteral("search"), QStringLiteral("calmer")});
    CHECK(search.out.contains("Tuesday 🌊"));
}

TEST_CASE("import json of a malformed or newer file says why and imports nothing", "[cli][export]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    record(dir);
    const QString good = tmp.filePath(QStringLiteral("good.json"));
    REQUIRE(cli(dir, {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--out"), good}).exitCode == 0);
    const QByteArray json = readAll(good);

    QTemporaryDir other;
    const QString target = SharedVault::copyInto(other);

    const QString broken = tmp.filePath(QStringLiteral("broken.json"));
    writeAll(broken, QByteArray(json).replace("\"checkins\": [", "\"checkins\": [,"));
    const int checkinsLine = static_cast<int>(json.left(json.indexOf("\"checkins\"")).count('\n')) + 1;
    const CliRun malformed = cli(target, {QStringLiteral("import"), QStringLiteral("json"), broken});
    CHECK(malformed.exitCode == 6);
    CHECK(malformed.err.contains(QStringLiteral("on line %1").arg(checkinsLine).toUtf8()));
    CHECK(malformed.err.contains("Nothing was imported"));

    const QString wrongValue = tmp.filePath(QStringLiteral("wrong.json"));
    writeAll(wrongValue, QByteArray(json).replace("\"mood\":6", "\"mood\":11"));
    const CliRun outOfRange = cli(target, {QStringLiteral("import"), QStringLiteral("json"), wrongValue});
    CHECK(outOfRange.exitCode == 6);
    const int moodLine = static_cast<int>(json.left(json.indexOf("\"mood\":6")).count('\n')) + 1;
    CHECK(outOfRange.err.contains(QStringLiteral("Line %1, checkins[1].values.mood").arg(moodLine).toUtf8()));

    const QString newer = tmp.filePath(QStringLiteral("newer.json"));
    writeAll(newer,
        QByteArray(json).replace(
            "\"version\": " + QByteArray::number(tideline::exchange::kJsonExportVersion), "\"version\": 9"));
    const CliRun refused = cli(target, {QStringLiteral("import"), QStringLiteral("json"), newer});
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains("newer Tideline"));

    const CliRun missing
        = cli(target, {QStringLiteral("import"), QStringLiteral("json"), tmp.filePath(QStringLiteral("nope.json"))});
    CHECK(missing.exitCode == 6);
    CHECK(cli(target, {QStringLiteral("import"), QStringLiteral("json")}).exitCode == 1);

    // Nothing of the good records before the mistakes arrived.
    const CliRun show = cli(target, {QStringLiteral("checkin"), QStringLiteral("show"), QStringLiteral("2026-01-14")});
    CHECK(show.out.isEmpty());
    const CliRun list = cli(target, {QStringLiteral("journal"), QStringLiteral("list")});
    CHECK_FALSE(list.out.contains("Tuesday"));
}

TEST_CASE("export, report and backup never write into the vault's folder, even with --force", "[cli][export]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const QStringList before = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    const QList<QStringList> commands{
        {QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--out"), dir + QStringLiteral("/x.csv")},
        {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--force"), QStringLiteral("--out"),
            tmp.filePath(QStringLiteral("elsewhere/../vault/x.json"))},
        {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
            QStringLiteral("2026-01-31"), QStringLiteral("--out"), dir + QStringLiteral("/x.pdf")},
        {QStringLiteral("backup"), QStringLiteral("--out"), dir + QStringLiteral("/x.tidelinebackup")},
    };
    REQUIRE(QDir(tmp.path()).mkdir(QStringLiteral("elsewhere")));
    for (const QStringList& command : commands) {
        INFO(command.join(u' ').toStdString());
        const CliRun run = cli(dir, command);
        CHECK(run.finished);
        CHECK(run.exitCode == 6);
        CHECK(run.err.contains("keeps your encrypted vault"));
    }
    CHECK(QDir(dir).entryList(QDir::Files | QDir::Hidden) == before);
}
