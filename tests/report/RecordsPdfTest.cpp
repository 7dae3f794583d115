// The advocate's PDF (core/report/RecordsPdf*), read back with poppler: the right hashes, the
// pictures as pixels only (no GPS anywhere unless asked for), dates of writing and changes.
#include "PdfText.h"
#include "TestPictures.h"
#include "TestVault.h"

#include "core/attachments/AttachmentStore.h"
#include "core/journal/JournalRepository.h"
#include "core/records/RecordRepository.h"
#include "core/report/RecordsPdf.h"
#include "core/report/Summary.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::test;

namespace {

// A real JPEG, 80 x 40, wider than tall, with an EXIF block that holds a position and says
// "turn me a quarter" (orientation 6).
QByteArray photoWithGps()
{
    QImage image(80, 40, QImage::Format_RGB32);
    image.fill(QColor(0x6b, 0x8e, 0x9c));
    QPainter(&image).fillRect(10, 5, 30, 20, QColor(0xe0, 0xc0, 0x90));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "JPEG", 90));
    return withSegmentAfterSoi(jpeg, attachments::exifSegment(testExif(6)));
}

struct Fixture
{
    TestVault tv;
    QTemporaryDir out;
    qint64 record = 0;
    qint64 entry = 0;
    QList<attachments::Attachment> files;

    Fixture()
    {
        tv.clock.set(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        auto& db = tv.vault->database();
        records::RecordRepository repo(db, tv.clock);
        records::RecordFields f;
        f.day = QDate(2026, 3, 4);
        f.time = QTime(21, 15);
        f.place = QStringLiteral("The flat on Elm Road");
        f.whatHappened = QStringLiteral("He took my phone and read my messages.\nThen he broke the screen.");
        f.witnesses = QStringLiteral("My neighbour heard it");
        f.sawDoctor = false;
        record = repo.create(f).value();
        tv.clock.advanceSeconds(3600 * 26);
        f.injuries = QStringLiteral("None that show");
        REQUIRE(repo.update(record, f).ok());

        journal::EntryDraft draft;
        draft.day = QDate(2026, 3, 5);
        draft.title = QStringLiteral("The day after");
        draft.body = QStringLiteral("I could not sleep.");
        entry = journal::JournalRepository(db, tv.clock).create(draft).value();

        attachments::AttachmentStore store(db, tv.clock);
        const QList<std::tuple<QByteArray, QString, attachments::AttachmentOwner>> toAdd{
            {photoWithGps(), QStringLiteral("phone.jpg"), attachments::AttachmentOwner::record(record)},
            {testPng(30, 20), QStringLiteral("screenshot.png"), attachments::AttachmentOwner::record(record)},
            {QByteArray("\xFF\xD8\xFF\xE0 broken", 12), QStringLiteral("cut.jpg"),
                attachments::AttachmentOwner::record(record)},
            {QByteArray("%PDF-1.4 a letter"), QStringLiteral("letter.pdf"),
                attachments::AttachmentOwner::entry(entry)}};
        for (const auto& [bytes, name, owner] : toAdd) {
            QByteArray copy = bytes;
            QBuffer source(&copy);
            source.open(QIODevice::ReadOnly);
            Result<attachments::Attachment> added = store.add(source, name, copy.size(), {owner, {}, {}});
            REQUIRE(added.ok());
            files.append(added.value());
        }
    }

    report::RecordsPdfRequest request() const
    {
        report::RecordsPdfRequest r;
        r.recordIds = {record};
        r.entryIds = {entry};
        r.name = QStringLiteral("A. Person");
        r.madeOn = QDate(2026, 3, 12);
        return r;
    }

    QString write(const report::RecordsPdfRequest& r, const QString& name)
    {
        Result<report::RecordsPdfDataPtr> data = report::collectRecordsPdf(tv.vault->database(), r);
        INFO((data.ok() ? std::string() : data.error().message.toStdString()));
        REQUIRE(data.ok());
        const QString path = out.filePath(name);
        REQUIRE(report::writeRecordsPdf(*data.value(), path, false).ok());
        return path;
    }
};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// pdfimages -all into a folder: every picture the PDF holds, as stored inside it.
QStringList extractImages(const QString& pdf, const QString& folder)
{
    QProcess process;
    process.start(QStringLiteral(TIDELINE_PDFIMAGES),
        {QStringLiteral("-all"), pdf, QDir(folder).filePath(QStringLiteral("img"))});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    QStringList files;
    QDirIterator it(folder, QDir::Files);
    while (it.hasNext()) {
        files.append(it.next());
    }
    return files;
}

} // namespace

TEST_CASE("report: the records PDF lists every file with its SHA-256 and says when records were written and changed",
    "[report][records]")
{
    Fixture f;
    const QString path = f.write(f.request(), QStringLiteral("records.pdf"));
    const QString text = pdfText(path);
    REQUIRE_FALSE(text.isEmpty());
    for (const attachments::Attachment& a : f.files) {
        INFO(a.name.toStdString());
        // Once beside the file, once on the closing page.
        CHECK(text.count(a.sha256) == 2);
        CHECK(text.contains(a.name));
    }
    CHECK(text.contains(QStringLiteral("Kept by: A. Person")));
    CHECK(text.contains(QStringLiteral("Wednesday 4 March 2026 at 21:15")));
    CHECK(text.contains(QStringLiteral("First written on 10 March 2026")));
    CHECK(text.contains(QStringLiteral("Changed on 11 March 2026")));
    CHECK(text.contains(QStringLiteral("The flat on Elm Road")));
    CHECK(text.contains(QStringLiteral("My neighbour heard it")));
    CHECK(text.contains(QStringLiteral("Saw a doctor or nurse: no")));
    CHECK(text.contains(QStringLiteral("The day after")));
    CHECK(text.contains(QStringLiteral("could not be shown")));
    CHECK(text.contains(QStringLiteral("Every file and its fingerprint")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
    // The picture and the screenshot are in it, as pictures; the broken one is not.
    CHECK(pdfImageCount(path) == 2);
    CHECK(QFileInfo(path).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

TEST_CASE("report: the records PDF holds no GPS or camera details unless they are asked for", "[report][records]")
{
    Fixture f;
    const QString path = f.write(f.request(), QStringLiteral("plain.pdf"));
    const QString text = pdfText(path);
    CHECK_FALSE(text.contains(QStringLiteral("51.50")));
    CHECK_FALSE(text.contains(QStringLiteral("TestCam")));
    CHECK(text.contains(QStringLiteral("hidden details")));
    const QByteArray raw = readFile(path);
    CHECK_FALSE(raw.contains("TestCam"));
    CHECK_FALSE(raw.contains("Exif"));
    QTemporaryDir images;
    const QStringList extracted = extractImages(path, images.path());
    REQUIRE(extracted.size() == 2);
    for (const QString& image : extracted) {
        INFO(image.toStdString());
        const QByteArray bytes = readFile(image);
        CHECK_FALSE(bytes.contains("Exif"));
        CHECK_FALSE(bytes.contains("TestCam"));
        CHECK_FALSE(bytes.contains("2026:03:04"));
    }
    // The photo was turned upright as its EXIF said: 80 x 40 became taller than wide.
    QProcess list;
    list.start(QStringLiteral(TIDELINE_PDFIMAGES), {QStringLiteral("-list"), path});
    REQUIRE(list.waitForFinished(60000));
    const QString rows = QString::fromUtf8(list.readAllStandardOutput());
    CHECK(rows.contains(QRegularExpression(QStringLiteral("image\\s+40\\s+80\\s"))));

    report::RecordsPdfRequest withDetails = f.request();
    withDetails.pictureDetails = true;
    const QString detailed = pdfText(f.write(withDetails, QStringLiteral("details.pdf")));
    CHECK(detailed.contains(QStringLiteral("51.50072° N, 0.12462° W")));
    CHECK(detailed.contains(QStringLiteral("TestCam Model 7")));
}

TEST_CASE("report: the records PDF refuses what is not there, and the preview matches the file", "[report][records]")
{
    Fixture f;
    report::RecordsPdfRequest r;
    CHECK(report::collectRecordsPdf(f.tv.vault->database(), r).code() == ErrorCode::InvalidInput);
    r.recordIds = {f.record + 100};
    Result<report::RecordsPdfDataPtr> missing = report::collectRecordsPdf(f.tv.vault->database(), r);
    CHECK(missing.code() == ErrorCode::InvalidInput);
    CHECK(missing.error().message.contains(QStringLiteral("no record")));
    // The app's ticks outlive a delete: such a record is left out, but something must remain.
    r.leaveOutMissingRecords = true;
    Result<report::RecordsPdfDataPtr> allGone = report::collectRecordsPdf(f.tv.vault->database(), r);
    CHECK(allGone.code() == ErrorCode::InvalidInput);
    CHECK(allGone.error().message.contains(QStringLiteral("deleted since")));
    r.recordIds = {f.record + 100, f.record};
    Result<report::RecordsPdfDataPtr> oneLeft = report::collectRecordsPdf(f.tv.vault->database(), r);
    CHECK(oneLeft.ok());

    Result<report::RecordsPdfDataPtr> data = report::collectRecordsPdf(f.tv.vault->database(), f.request());
    REQUIRE(data.ok());
    Result<QList<QImage>> pages = report::renderRecordsPdfPages(*data.value(), 400);
    REQUIRE(pages.ok());
    CHECK(pages.value().size() == report::recordsPdfPageCount(*data.value()));
    const QString path = f.out.filePath(QStringLiteral("same.pdf"));
    REQUIRE(report::writeRecordsPdf(*data.value(), path, false).ok());
    CHECK(pdfPageCount(path) == pages.value().size());
    CHECK(report::writeRecordsPdf(*data.value(), path, false).code() == ErrorCode::CannotWrite);
    int calls = 0;
    CHECK(report::writeRecordsPdf(*data.value(), f.out.filePath(QStringLiteral("stopped.pdf")), false,
              [&](int, int) { return ++calls < 1; })
              .code()
        == ErrorCode::Cancelled);
    CHECK_FALSE(QFile::exists(f.out.filePath(QStringLiteral("stopped.pdf"))));
}

TEST_CASE("report: records go into the therapist summary only when ticked, words only", "[report][records]")
{
    Fixture f;
    report::SummaryRequest request;
    request.period = {QDate(2026, 3, 1), QDate(2026, 3, 10)};
    request.madeOn = QDate(2026, 3, 12);
    request.charts = request.averages = request.routines = request.review = false;
    Result<report::SummaryDataPtr> without = report::collectSummary(f.tv.vault->database(), request);
    REQUIRE(without.ok());
    const QString plain = f.out.filePath(QStringLiteral("no-records.pdf"));
    REQUIRE(report::writeSummaryPdf(*without.value(), plain, false).ok());
    CHECK_FALSE(pdfText(plain).contains(QStringLiteral("Elm Road")));

    request.recordIds = {f.record};
    Result<report::SummaryDataPtr> with = report::collectSummary(f.tv.vault->database(), request);
    REQUIRE(with.ok());
    const QString ticked = f.out.filePath(QStringLiteral("with-record.pdf"));
    REQUIRE(report::writeSummaryPdf(*with.value(), ticked, false).ok());
    const QString text = pdfText(ticked);
    CHECK(text.contains(QStringLiteral("Records I chose to share")));
    CHECK(text.contains(QStringLiteral("The flat on Elm Road")));
    CHECK(text.contains(QStringLiteral("1 record")));
    CHECK(pdfImageCount(ticked) == 0); // its pictures stay in Tideline

    request.period = {QDate(2026, 3, 5), QDate(2026, 3, 10)}; // the record is about 4 March
    Result<report::SummaryDataPtr> outside = report::collectSummary(f.tv.vault->database(), request);
    CHECK(outside.code() == ErrorCode::InvalidInput);
}
