// The advocate's PDF in the app (app/records/RecordsPdfMaker): the records are read and their
// pictures decoded on a worker with a connection of its own, so the window never waits for them,
// and a lock stops that worker and closes its connection before the vault closes.
#include "app/records/RecordsPdfMaker.h"
#include "app/VaultAccess.h"
#include "app/records/RecordPickModel.h"
#include "app/tasks/TaskProgress.h"

#include "JournalSession.h"
#include "LeaveConfirm.h"
#include "OpenHandles.h"
#include "TestPictures.h"
#include "core/attachments/AttachmentStore.h"
#include "core/records/RecordRepository.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::app;
using namespace Qt::StringLiterals;

namespace {

// A photo-sized JPEG (slow enough to decode that a lock comes while the PDF is being made).
QByteArray largePhoto(int shade)
{
    QImage image(3000, 2000, QImage::Format_RGB32);
    image.fill(QColor(0x6b, 0x8e, shade));
    QPainter painter(&image);
    for (int i = 0; i < 40; ++i) {
        painter.fillRect(i * 70, i * 45, 300, 200, QColor(0xe0, (i * 5) % 255, 0x90));
    }
    painter.end();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "JPEG", 85));
    return jpeg;
}

qint64 recordWithPictures(test::JournalSession& js, const QList<QByteArray>& pictures)
{
    Database& db = test::databaseOf(*js.session);
    records::RecordRepository repo(db, js.fixture.clock);
    records::RecordFields fields;
    fields.whatHappened = u"He kept my keys."_s;
    const Result<qint64> id = repo.create(fields);
    REQUIRE(id);
    attachments::AttachmentStore store(db, js.fixture.clock);
    for (int i = 0; i < pictures.size(); ++i) {
        QByteArray copy = pictures.at(i);
        QBuffer source(&copy);
        source.open(QIODevice::ReadOnly);
        const auto owner = attachments::AttachmentOwner::record(id.value());
        REQUIRE(store.add(source, u"photo-%1.jpg"_s.arg(i), copy.size(), {owner, {}, {}}).ok());
    }
    return id.value();
}

} // namespace

TEST_CASE("Records PDF: read on a worker, the bar moving through reading, then painting", "[records][pdf]")
{
    test::JournalSession js;
    const qint64 record = recordWithPictures(js, {test::testPng(60, 40), test::testPng(40, 60), test::testPng(20, 20)});
    records::RecordRepository repo(test::databaseOf(*js.session), js.fixture.clock);
    records::RecordFields gone;
    gone.whatHappened = u"Ticked, then deleted"_s;
    const qint64 deleted = repo.create(gone).value();

    RecordsPdfMaker maker(js.vault());
    maker.records()->reload();
    maker.records()->setTicked(record, true);
    maker.records()->setTicked(deleted, true);
    REQUIRE(repo.remove(deleted).ok()); // after ticking: left out, not an error

    QList<double> seen;
    QObject::connect(&maker, &PdfPageMaker::progressChanged, [&] { seen.append(maker.progress()); });
    maker.makePreview(400);
    CHECK(maker.busy());
    REQUIRE(test::waitUntil([&] { return !maker.busy(); }, 60000));
    INFO(maker.lastError().toStdString());
    CHECK(maker.lastError().isEmpty());
    CHECK(maker.previewPages() > 0);
    // Three pictures read: a sixth of the bar each, up to half; the pages fill the rest.
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(seen.first() == Approx(1.0 / 6));
    CHECK(seen.contains(0.5));
    CHECK(seen.last() == Approx(1.0));
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));
}

TEST_CASE(
    "Records PDF: a lock while it is being made stops it, leaves no file and no connection", "[records][pdf][lock]")
{
    test::JournalSession js;
    Session& session = *js.session;
    QList<QByteArray> photos;
    for (int i = 0; i < 8; ++i) {
        photos.append(largePhoto(0x40 + i * 8));
    }
    const qint64 record = recordWithPictures(js, photos);
    const QString database = js.fixture.paths.database();
    const int windowHandles = test::openHandlesTo(database);
    REQUIRE(windowHandles > 0);

    RecordsPdfMaker maker(js.vault());
    maker.records()->reload();
    maker.records()->setTicked(record, true);
    QTemporaryDir out;
    const QString path = out.filePath(u"records.pdf"_s);
    REQUIRE(test::confirmLeaving(session));
    maker.saveTo(path);
    REQUIRE(maker.busy());
    CHECK(test::openHandlesTo(database) > windowHandles); // the worker's own connection

    session.lock(); // as auto-lock and quick exit do, in the middle of the pictures
    // Nothing was written, and the vault's file is no longer open anywhere in the process: the
    // worker's connection closed before the vault did.
    CHECK_FALSE(maker.busy());
    CHECK(QDir(out.path()).isEmpty());
    CHECK(test::openHandlesTo(database) == 0);
    (void)test::waitUntil([] { return false; }, 300); // what the worker posted arrives, and is dropped
    CHECK(QDir(out.path()).isEmpty());
    CHECK(maker.lastError().isEmpty()); // stopped by the lock, not failed

    // Open again: the same PDF is made whole.
    js.unlock();
    maker.records()->reload();
    maker.records()->setTicked(record, true);
    REQUIRE(test::confirmLeaving(session));
    maker.saveTo(path);
    REQUIRE(test::waitUntil([&] { return !maker.busy(); }, 120000));
    INFO(maker.lastError().toStdString());
    CHECK(maker.lastError().isEmpty());
    CHECK(QFileInfo(path).size() > 0);
}

TEST_CASE("Original files: copied on a worker with a bar, and a lock leaves no half-made folder",
    "[records][originals][lock]")
{
    test::JournalSession js;
    Session& session = *js.session;
    const qint64 record = recordWithPictures(js, {test::testPng(60, 40), test::testPng(40, 60), test::testPng(20, 20)});
    RecordsPdfMaker maker(js.vault());
    maker.records()->reload();
    maker.records()->setTicked(record, true);
    QTemporaryDir out;
    QStringList saved;
    QObject::connect(&maker, &RecordsPdfMaker::filesSaved, [&](const QString& folder) { saved.append(folder); });

    REQUIRE(test::confirmLeaving(session));
    REQUIRE(maker.exportOriginals(out.filePath(u"originals"_s)));
    CHECK(maker.filesTask()->running());
    REQUIRE(test::waitUntil([&] { return !maker.filesTask()->running(); }, 60000));
    INFO(maker.lastError().toStdString());
    CHECK(maker.lastError().isEmpty());
    CHECK(maker.message().contains(u"with 3 files exactly as they came in"_s));
    CHECK(saved == QStringList{out.filePath(u"originals"_s)});
    const QDir made(out.filePath(u"originals"_s));
    CHECK(made.exists(u"SHA256SUMS"_s));
    CHECK(made.entryList(QDir::Files).size() == 3 + 3); // the files, two manifests and the sums

    // The same name again: refused at once, and the folder is left as it was.
    REQUIRE(test::confirmLeaving(session));
    CHECK_FALSE(maker.exportOriginals(out.filePath(u"originals"_s)));
    CHECK_FALSE(maker.filesTask()->running());
    CHECK(maker.lastError().contains(u"already a folder called originals"_s));
    CHECK(made.entryList(QDir::Files).size() == 6);
    CHECK(saved.size() == 1);

    // A lock right after the start: the worker ends and closes its connection before the vault
    // does, and the folder is there whole or not at all (never the hidden one it is made in).
    REQUIRE(test::confirmLeaving(session));
    REQUIRE(maker.exportOriginals(out.filePath(u"second"_s)));
    session.lock();
    CHECK(test::openHandlesTo(js.fixture.paths.database()) == 0);
    CHECK(test::waitUntil([&] { return !maker.filesTask()->running(); }));
    const QStringList left = QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    INFO(left.join(u", "_s).toStdString());
    CHECK((left == QStringList{u"originals"_s} || left == QStringList{u"originals"_s, u"second"_s}));
    if (left.contains(u"second"_s)) {
        CHECK(QDir(out.filePath(u"second"_s)).entryList(QDir::Files).size() == 6);
    }
}
