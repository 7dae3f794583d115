// tideline-cli records, attach and attachments, as a script or a person at a terminal meets them:
// every change kept, files with their hashes, copies without GPS, an export whose manifest checks
// out, the advocate's PDF, refusals of bad files, and kill -9 in the middle of adding a file.
#include "CliProcess.h"
#include "FileProbe.h"
#include "PdfText.h"
#include "RandomBytes.h"
#include "SharedVault.h"
#include "TestPictures.h"

#include "core/attachments/MetadataScanner.h"
#include "core/attachments/Sha256.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <random>

using namespace tideline;
using namespace tideline::test;

namespace {

CliRun cli(const QString& dir, const QStringList& args, const QByteArray& more = {})
{
    return runCli(QStringList{QStringLiteral("--data-dir"), dir} + args, line(SharedVault::secret()) + more);
}

QList<QByteArray> lines(const QByteArray& out)
{
    QList<QByteArray> result = out.split('\n');
    while (!result.isEmpty() && result.last().isEmpty()) {
        result.removeLast();
    }
    return result;
}

} // namespace

TEST_CASE("records add, edit, show, history, search and delete work end to end", "[cli][records]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun added = cli(dir,
        {QStringLiteral("records"), QStringLiteral("add"), QStringLiteral("--day"), QStringLiteral("2025-11-02"),
            QStringLiteral("--time"), QStringLiteral("21:30"), QStringLiteral("--place"), QStringLiteral("בית 🏠"),
            QStringLiteral("--kind"), QStringLiteral("threats"), QStringLiteral("--kind"),
            QStringLiteral("Damage to things"), QStringLiteral("--doctor"), QStringLiteral("no")},
        "He threw my phone at the wall.\nThen he left.\n");
    REQUIRE(added.finished);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.trimmed() == "1");

    const CliRun edited = cli(dir,
        {QStringLiteral("records"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--injuries"),
            QStringLiteral("A cut on my hand"), QStringLiteral("--around")});
    REQUIRE(edited.exitCode == 0);
    CHECK(edited.err.contains("history"));

    const CliRun shown = cli(dir, {QStringLiteral("records"), QStringLiteral("show"), QStringLiteral("1")});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains("When:\taround Sunday 2 November 2025, 21:30"));
    CHECK(shown.out.contains("Kind:\tThreats, Damage to things"));
    CHECK(shown.out.contains(QStringLiteral("Where:\tבית 🏠").toUtf8()));
    CHECK(shown.out.contains("Injuries:\tA cut on my hand"));
    CHECK(shown.out.contains("Saw a doctor:\tno"));
    CHECK(shown.out.contains("Written:\t"));
    CHECK(shown.out.contains("Changed:\t"));

    const CliRun history = cli(dir, {QStringLiteral("records"), QStringLiteral("history"), QStringLiteral("1")});
    REQUIRE(history.exitCode == 0);
    CHECK(history.out.count("Saved:\t") == 2);
    CHECK(history.out.count("Injuries:") == 1); // only the second version had injuries

    const CliRun found = cli(dir, {QStringLiteral("records"), QStringLiteral("search"), QStringLiteral("phone")});
    REQUIRE(found.exitCode == 0);
    REQUIRE(lines(found.out).size() == 1);
    CHECK(lines(found.out).first().startsWith("1\t2025-11-02 21:30 (around)\t"));

    const CliRun listed = cli(dir, {QStringLiteral("records"), QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    CHECK(lines(listed.out)
        == QList<QByteArray>{
            "1\t2025-11-02 21:30 (around)\tThreats, Damage to things\t0 files\tHe threw my phone at the wall."});

    // Mistakes: a usage mistake is 1, a record that is not there or a bad value is 6.
    CHECK(cli(dir, {QStringLiteral("records"), QStringLiteral("frobnicate")}).exitCode == 1);
    CHECK(cli(dir, {QStringLiteral("records"), QStringLiteral("list"), QStringLiteral("--colour")}).exitCode == 1);
    CHECK(cli(dir, {QStringLiteral("records"), QStringLiteral("show"), QStringLiteral("99")}).exitCode == 6);
    const CliRun badKind = cli(dir,
        {QStringLiteral("records"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("nonsense")},
        "text");
    CHECK(badKind.exitCode == 6);
    CHECK(badKind.err.contains("Threats"));
    CHECK(cli(dir,
              {QStringLiteral("records"), QStringLiteral("add"), QStringLiteral("--day"), QStringLiteral("2099-01-01")},
              "future")
              .exitCode
        == 6);

    const CliRun deleted = cli(dir, {QStringLiteral("records"), QStringLiteral("delete"), QStringLiteral("1")});
    REQUIRE(deleted.exitCode == 0);
    CHECK(lines(cli(dir, {QStringLiteral("records"), QStringLiteral("list")}).out).isEmpty());
    CHECK(filesContaining(dir, QStringLiteral("threw my phone")).isEmpty());
}

TEST_CASE("attach keeps each file with its hash, copies leave GPS out, and the export re-hashes to its manifest",
    "[cli][records]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    REQUIRE(cli(dir, {QStringLiteral("records"), QStringLiteral("add")}, "Pictures of the door").exitCode == 0);
    QTemporaryDir outside;
    const QByteArray photo = jpegSkeleton(attachments::exifSegment(testExif(1)));
    const QString photoPath = outside.filePath(QStringLiteral("door.jpg"));
    REQUIRE(writeAll(photoPath, photo));
    // A name with a line break and a direction override, as some phones and chat apps make them.
    const QString oddPath = outside.filePath(QStringLiteral("note\nfrom\u202Efdp.txt"));
    REQUIRE(writeAll(oddPath, "%PDF-1.4 hello"));
    const QString bigPath = outside.filePath(QStringLiteral("video.mp4"));
    REQUIRE(writeAll(bigPath, randomBytes(3 * 256 * 1024 + 17, 5)));

    const CliRun attached = cli(
        dir, {QStringLiteral("attach"), photoPath, oddPath, bigPath, QStringLiteral("--record"), QStringLiteral("1")});
    INFO(attached.err.toStdString());
    REQUIRE(attached.exitCode == 0);
    const auto rows = lines(attached.out);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == "1\t" + attachments::Sha256::hexOf(photo).toLatin1() + "\tdoor.jpg");
    CHECK(rows[1].endsWith(QStringLiteral("note fromfdp.txt").toUtf8()));
    CHECK(attached.err.contains("place it was taken"));
    CHECK(attached.err.contains("it is a PDF"));
    CHECK(QFile::exists(photoPath)); // the original outside stays

    const CliRun copy = cli(dir,
        {QStringLiteral("attachments"), QStringLiteral("save"), QStringLiteral("1"), QStringLiteral("--out"),
            outside.filePath(QStringLiteral("copy.jpg"))});
    REQUIRE(copy.exitCode == 0);
    CHECK(copy.err.contains("without its hidden details"));
    CHECK_FALSE(attachments::scanPictureDetails(
        QStringLiteral("image/jpeg"), readAll(outside.filePath(QStringLiteral("copy.jpg"))))
                    .gps);
    const CliRun original = cli(dir,
        {QStringLiteral("attachments"), QStringLiteral("save"), QStringLiteral("1"), QStringLiteral("--out"),
            outside.filePath(QStringLiteral("original.jpg")), QStringLiteral("--keep-details")});
    REQUIRE(original.exitCode == 0);
    CHECK(readAll(outside.filePath(QStringLiteral("original.jpg"))) == photo);
    CHECK(cli(dir,
              {QStringLiteral("attachments"), QStringLiteral("save"), QStringLiteral("1"), QStringLiteral("--out"),
                  outside.filePath(QStringLiteral("original.jpg"))})
              .exitCode
        == 5);

    const QString folder = outside.filePath(QStringLiteral("for the hearing"));
    const CliRun exported = cli(dir,
        {QStringLiteral("attachments"), QStringLiteral("export"), QStringLiteral("--record"), QStringLiteral("1"),
            QStringLiteral("--out"), folder});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QJsonArray files = QJsonDocument::fromJson(readAll(QDir(folder).filePath(QStringLiteral("manifest.json"))))
                                 .object()
                                 .value(QLatin1String("files"))
                                 .toArray();
    REQUIRE(files.size() == 3);
    for (const QJsonValue& f : files) {
        const QByteArray bytes = readAll(QDir(folder).filePath(f.toObject().value(QLatin1String("file")).toString()));
        CHECK(attachments::Sha256::hexOf(bytes) == f.toObject().value(QLatin1String("sha256")).toString());
    }
    // The manifest checks out with the standard tool, too.
    QProcess check;
    check.setWorkingDirectory(folder);
    check.start(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")});
    REQUIRE(check.waitForFinished(30000));
    CHECK(check.exitCode() == 0);

    const CliRun verified = cli(dir, {QStringLiteral("attachments"), QStringLiteral("verify")});
    CHECK(verified.exitCode == 0);
    CHECK(verified.err.contains("All 3 files match"));

    // The advocate's PDF lists every hash.
    const QString pdf = outside.filePath(QStringLiteral("records.pdf"));
    const CliRun made = cli(dir,
        {QStringLiteral("records"), QStringLiteral("pdf"), QStringLiteral("--all"), QStringLiteral("--out"), pdf,
            QStringLiteral("--name"), QStringLiteral("A. Person")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString text = pdfText(pdf);
    for (const QJsonValue& f : files) {
        CHECK(text.contains(f.toObject().value(QLatin1String("sha256")).toString()));
    }
    CHECK_FALSE(text.contains(QStringLiteral("51.50")));
}

TEST_CASE("attach refuses empty, huge and missing files plainly and adds nothing", "[cli][records]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    REQUIRE(cli(dir, {QStringLiteral("records"), QStringLiteral("add")}, "A record").exitCode == 0);
    QTemporaryDir outside;
    const QString empty = outside.filePath(QStringLiteral("empty.png"));
    REQUIRE(writeAll(empty, {}));
    const QString huge = outside.filePath(QStringLiteral("five-gigabytes.mov"));
    {
        QFile file(huge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(5LL * 1024 * 1024 * 1024)); // sparse: no disk space is used
    }
    QElapsedTimer timer;
    timer.start();
    const CliRun big = cli(dir, {QStringLiteral("attach"), huge, QStringLiteral("--record"), QStringLiteral("1")});
    CHECK(big.exitCode == 6);
    CHECK(big.err.contains("100 MB"));
    CHECK(timer.elapsed() < 30000); // refused by its size, not read
    const CliRun none = cli(dir, {QStringLiteral("attach"), empty, QStringLiteral("--record"), QStringLiteral("1")});
    CHECK(none.exitCode == 6);
    CHECK(none.err.contains("empty"));
    CHECK(cli(dir,
              {QStringLiteral("attach"), outside.filePath(QStringLiteral("gone.png")), QStringLiteral("--record"),
                  QStringLiteral("1")})
              .exitCode
        == 6);
    CHECK(cli(dir, {QStringLiteral("attach"), empty}).exitCode == 1);
    REQUIRE(writeAll(empty, "x"));
    CHECK(cli(dir, {QStringLiteral("attach"), empty, QStringLiteral("--record"), QStringLiteral("42")}).exitCode == 6);
    CHECK(lines(cli(dir, {QStringLiteral("attachments"), QStringLiteral("list")}).out).isEmpty());
}

TEST_CASE("kill -9 while a file is being added leaves it whole with its hash, or not there", "[cli][records][kill]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    REQUIRE(cli(dir, {QStringLiteral("records"), QStringLiteral("add")}, "The record stays intact").exitCode == 0);
    QTemporaryDir outside;
    const QString path = outside.filePath(QStringLiteral("recording.m4a"));
    // Large enough to be killed in the middle of (32 chunks of 256 KB), small enough to stay quick.
    const QByteArray bytes = randomBytes(8 * 1000 * 1000, 11);
    REQUIRE(writeAll(path, bytes));
    const QString hash = attachments::Sha256::hexOf(bytes);

    int killedMidway = 0;
    // Two bounded rounds: killed 1 MB and 4 MB into the write-ahead log.
    for (int round = 0; round < 2; ++round) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TIDELINE_DATA_DIR"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TIDELINE_CLI_PATH),
            {QStringLiteral("--data-dir"), dir, QStringLiteral("attach"), path, QStringLiteral("--record"),
                QStringLiteral("1")});
        REQUIRE(process.waitForStarted(10000));
        process.write(line(SharedVault::secret()));
        process.closeWriteChannel();
        const qint64 threshold = qint64(1 + round * 3) * 1000 * 1000;
        QElapsedTimer timer;
        timer.start();
        // waitForFinished, not a sleep: QProcess learns that the child ended only inside its own
        // waits (or the event loop), so a sleeping loop saw it "running" for all 20 s and then
        // counted a kill after the end as one midway.
        while (process.state() == QProcess::Running && timer.elapsed() < 20000
            && QFileInfo(QDir(dir).filePath(QStringLiteral("tideline.db-wal"))).size() < threshold) {
            process.waitForFinished(2);
        }
        if (process.state() == QProcess::Running) {
            ++killedMidway;
        }
        process.kill(); // SIGKILL
        process.waitForFinished(10000);
        QFile::remove(QDir(dir).filePath(QStringLiteral("tideline.lock")));

        const CliRun listed = cli(dir, {QStringLiteral("attachments"), QStringLiteral("list")});
        INFO(listed.err.toStdString());
        REQUIRE(listed.exitCode == 0);
        for (const QByteArray& row : lines(listed.out)) {
            CHECK(row.split('\t').at(2) == hash.toLatin1()); // whole, with the hash of the original
        }
        CHECK(cli(dir, {QStringLiteral("attachments"), QStringLiteral("verify")}).exitCode == 0);
    }
    const CliRun shown = cli(dir, {QStringLiteral("records"), QStringLiteral("show"), QStringLiteral("1")});
    CHECK(shown.out.contains("The record stays intact"));
    CHECK(cli(dir, {QStringLiteral("verify")}).exitCode == 0);
    CHECK(killedMidway >= 1);
}
