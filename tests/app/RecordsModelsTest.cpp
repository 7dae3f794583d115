// app/records: the models and controllers of the Records page on a real Session: paging and
// search, the editor's encrypted draft between saves, delete with undo until the lock, files
// added, removed and saved, thumbnails that never touch the disk, and a journal delete whose
// undo gives the entry its files back.
#include "JournalSession.h"
#include "SessionDatabase.h"
#include "Wait.h"

#include "app/journal/JournalActions.h"
#include "app/records/AttachmentImages.h"
#include "app/records/AttachmentListModel.h"
#include "app/records/RecordActions.h"
#include "app/records/RecordEditor.h"
#include "app/records/RecordHistoryModel.h"
#include "app/records/RecordKindModel.h"
#include "app/records/RecordListModel.h"
#include "app/records/RecordPickModel.h"
#include "app/records/RecordsAccess.h"

#include "FileProbe.h"
#include "TestPictures.h"
#include "core/attachments/AttachmentStore.h"
#include "core/attachments/Sha256.h"
#include "core/demo/PngWriter.h"
#include "core/records/RecordDraft.h"
#include "core/records/RecordRepository.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::app;
using namespace tideline::test;

namespace {

records::RecordRepository repoOf(JournalSession& s)
{
    return records::RecordRepository(databaseOf(*s.session), s.fixture.clock);
}

qint64 addRecord(JournalSession& s, const QString& what, const QDate& day, bool sensitive = false)
{
    records::RecordFields f;
    f.day = day;
    f.whatHappened = what;
    f.sensitive = sensitive;
    Result<qint64> id = repoOf(s).create(f);
    REQUIRE(id.ok());
    return id.value();
}

// A picture with a sentinel in its pixels' neighbourhood: a real PNG (so thumbnails are made)
// with a text chunk that holds the sentinel.
QByteArray pictureWith(const QByteArray& sentinel)
{
    QImage image(200, 150, QImage::Format_RGB32);
    image.fill(QColor(0x3b, 0x6b, 0x66));
    QPainter(&image).fillRect(20, 20, 80, 60, QColor(0xfa, 0xf6, 0xf1));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    // A tEXt chunk before IEND (the last 12 bytes).
    return png.left(png.size() - 12) + demo::pngChunk("tEXt", QByteArray("Comment\0", 8) + sentinel) + png.right(12);
}

} // namespace

TEST_CASE("The records list pages, searches, covers nothing itself and forgets everything on lock", "[records]")
{
    JournalSession s;
    s.fixture.clock.set(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    for (int i = 0; i < 95; ++i) {
        addRecord(s, QStringLiteral("Record number %1%2").arg(i).arg(i == 42 ? QStringLiteral(" heron") : QString()),
            QDate(2026, 1, 1).addDays(i % 59), i == 7);
    }
    RecordListModel model(s.vault());
    CHECK(model.totalCount() == 95);
    CHECK(model.count() == 40); // the first page
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    CHECK(model.count() == 95);
    model.setSearchText(QStringLiteral("heron"));
    REQUIRE(model.count() == 1);
    CHECK(model.data(model.index(0), RecordListModel::SnippetRole).toString().contains(QStringLiteral("<b>heron</b>")));
    model.setSearchText(QString());
    CHECK(model.count() >= 40);

    RecordPickModel picks(s.vault());
    QAbstractItemModelTester pickTester(&picks, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 first = picks.data(picks.index(0), RecordListModel::RecordIdRole).toLongLong();
    picks.setTicked(first, true);
    CHECK(picks.tickedIds() == QList<qint64>{first});
    CHECK(picks.data(picks.index(0), RecordPickModel::TickedRole).toBool());

    // With a period (the therapist summary), a tick outside it is kept but counts for nothing
    // until the period takes it in again; the count shown follows at once.
    int countChanges = 0;
    QObject::connect(&picks, &RecordPickModel::tickedChanged, [&] { ++countChanges; });
    picks.setTo(QStringLiteral("2026-01-31")); // the newest record is from 28 February
    picks.setFrom(QStringLiteral("2026-01-01"));
    CHECK(picks.tickedCount() == 0);
    CHECK(picks.tickedIds().isEmpty());
    CHECK(countChanges > 0);
    picks.setTo(QStringLiteral("2026-03-01"));
    CHECK(picks.tickedIds() == QList<qint64>{first});
    CHECK(picks.tickedCount() == 1);
    picks.setFrom(QString());
    picks.setTo(QString());
    CHECK(picks.tickedIds() == QList<qint64>{first});

    // Moved to another day, or deleted, on the Records page (which tells every list): the tick
    // follows the record's day, or goes.
    records::RecordRepository repo(databaseOf(*s.session), s.fixture.clock);
    records::RecordFields moved = repo.get(first).value().fields;
    moved.day = QDate(2026, 1, 15);
    REQUIRE(repo.update(first, moved).ok());
    RecordChanges::instance().notify();
    picks.setFrom(QStringLiteral("2026-02-01"));
    CHECK(picks.tickedCount() == 0);
    picks.setFrom(QString());
    CHECK(picks.tickedIds() == QList<qint64>{first});
    REQUIRE(repo.remove(first).ok());
    RecordChanges::instance().notify();
    CHECK(picks.tickedCount() == 0);

    s.session->lock();
    REQUIRE(waitUntil([&] { return s.session->state() == Session::State::Locked; }));
    CHECK(model.count() == 0);
    CHECK(model.totalCount() == 0);
    CHECK(picks.tickedCount() == 0);
}

TEST_CASE("The record editor keeps typing as an encrypted draft and a version only when saved", "[records]")
{
    JournalSession s;
    RecordEditor editor(s.vault());
    editor.setDraftDelay(50);
    editor.startNew();
    editor.setWhatHappened(QStringLiteral("Draftsentinel words typed before a quick exit"));
    editor.setTime(QStringLiteral("21:30"));
    REQUIRE(waitUntil([&] {
        auto draft = records::RecordDraftStore(databaseOf(*s.session)).load();
        return draft && draft.value().has_value();
    }));
    CHECK(editor.unsaved());
    CHECK(repoOf(s).count().value() == 0); // not a record yet

    // A quick exit: the draft is in the vault, encrypted; after unlocking it is offered again.
    s.session->lock();
    REQUIRE(waitUntil([&] { return s.session->state() == Session::State::Locked; }));
    CHECK(filesContaining(s.fixture.dir.path(), QStringLiteral("Draftsentinel")).isEmpty());
    s.unlock();
    RecordActions actions(s.vault());
    CHECK(actions.draftAvailable());
    RecordEditor again(s.vault());
    REQUIRE(again.openDraft());
    CHECK(again.whatHappened() == QStringLiteral("Draftsentinel words typed before a quick exit"));
    CHECK(again.time() == QStringLiteral("21:30"));
    REQUIRE(again.save());
    CHECK_FALSE(again.unsaved());
    CHECK_FALSE(actions.draftAvailable());
    const qint64 id = again.recordId();
    CHECK(repoOf(s).history(id).value().size() == 1);
    CHECK(again.writtenLabel().startsWith(QStringLiteral("Written on")));

    // A wrong time is refused with the words still there; a right one saves a second version.
    again.setTime(QStringLiteral("25:99"));
    CHECK_FALSE(again.save());
    CHECK(again.lastError().contains(QStringLiteral("21:30")));
    again.setTime(QStringLiteral("22:15"));
    REQUIRE(again.save());
    CHECK(repoOf(s).history(id).value().size() == 2);
    CHECK(again.changedLabels().size() == 1);

    RecordHistoryModel history(s.vault());
    QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::Fatal);
    history.setRecordId(id);
    REQUIRE(history.count() == 2);
    CHECK(history.data(history.index(0), RecordHistoryModel::ChangesRole).toString().contains(QStringLiteral("when")));
    CHECK(
        history.data(history.index(1), RecordHistoryModel::ChangesRole).toString() == QStringLiteral("First written"));

    // Putting changes away goes back to the saved record.
    again.setPlace(QStringLiteral("Somewhere else"));
    CHECK(again.unsaved());
    again.discardChanges();
    CHECK(again.place().isEmpty());
    CHECK_FALSE(again.unsaved());
}

TEST_CASE("Deleting a record can be undone until the lock, which deletes it for good", "[records]")
{
    JournalSession s;
    const qint64 id = addRecord(s, QStringLiteral("Goneforgood sentinel record"), QDate(2025, 12, 1));
    RecordActions actions(s.vault());
    RecordListModel list(s.vault());
    REQUIRE(list.count() == 1);
    REQUIRE(actions.deleteRecord(id));
    CHECK(list.count() == 0);
    CHECK(actions.deletedCount() == 1);
    REQUIRE(actions.undoDelete());
    CHECK(list.count() == 1);
    REQUIRE(actions.deleteRecord(id));
    s.session->lock();
    REQUIRE(waitUntil([&] { return s.session->state() == Session::State::Locked; }));
    CHECK(actions.deletedCount() == 0);
    CHECK(filesContaining(s.fixture.dir.path(), QStringLiteral("Goneforgood")).isEmpty());
    s.unlock();
    CHECK(list.count() == 0);
    CHECK(repoOf(s).get(id).code() == ErrorCode::NotFound);
}

TEST_CASE("Kinds can be added, renamed and hidden from the page", "[records]")
{
    JournalSession s;
    RecordKindModel kinds(s.vault());
    QAbstractItemModelTester tester(&kinds, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(kinds.count() == 7);
    REQUIRE(kinds.add(QStringLiteral("Following me")));
    CHECK(kinds.count() == 8);
    const qint64 own = kinds.data(kinds.index(7), RecordKindModel::KindIdRole).toLongLong();
    REQUIRE(kinds.rename(own, QStringLiteral("Following me home")));
    CHECK(kinds.data(kinds.index(7), RecordKindModel::LabelRole).toString() == QStringLiteral("Following me home"));
    REQUIRE(kinds.setHidden(own, true));
    CHECK(kinds.count() == 7);
    CHECK_FALSE(kinds.add(QStringLiteral("  ")));
    CHECK_FALSE(kinds.lastError().isEmpty());
}

TEST_CASE("Files are added, saved as copies and removed, thumbnails never reach the disk", "[records][leak]")
{
    JournalSession s;
    const qint64 id = addRecord(s, QStringLiteral("With a picture"), QDate(2025, 12, 1));
    QTemporaryDir outside;
    // From here, where Qt or a library could put a cache or a temporary file points at folders
    // that are watched.
    QTemporaryDir home;
    qputenv("XDG_CACHE_HOME", QDir(home.path()).filePath(QStringLiteral("cache")).toUtf8());
    qputenv("TMPDIR", QDir(home.path()).filePath(QStringLiteral("tmp")).toUtf8());
    QDir().mkpath(QDir(home.path()).filePath(QStringLiteral("tmp")));
    const QByteArray sentinel = "PICTURESENTINEL-0d15ea5e";
    const QString path = outside.filePath(QStringLiteral("proof.png"));
    REQUIRE(writeAll(path, pictureWith(sentinel)));
    const QString second = outside.filePath(QStringLiteral("message.pdf"));
    REQUIRE(writeAll(second, "%PDF-1.4 a message"));

    AttachmentListModel files(s.vault());
    QAbstractItemModelTester tester(&files, QAbstractItemModelTester::FailureReportingMode::Fatal);
    files.setRecordId(id);
    REQUIRE(files.addFiles(QVariantList{QUrl::fromLocalFile(path), QUrl::fromLocalFile(second)}));
    REQUIRE(files.count() == 2);
    CHECK(files.message().contains(QStringLiteral("Added 2 files")));
    CHECK(files.addedOriginals() == QStringList{path, second});
    CHECK(repoOf(s).history(id).value().size() == 3); // written, then one version per file
    const qint64 picture = files.data(files.index(0), AttachmentListModel::AttachmentIdRole).toLongLong();
    CHECK(files.data(files.index(0), AttachmentListModel::IsPictureRole).toBool());
    CHECK(files.data(files.index(0), AttachmentListModel::DetailsRole)
              .toString()
              .contains(QStringLiteral("hidden text")));

    // The thumbnail is made in memory.
    AttachmentImages& images = *AttachmentImages::of(s.vault());
    CHECK(images.thumbnail(picture).isNull()); // asked for: decoding
    REQUIRE(waitUntil([&] { return !images.thumbnail(picture).isNull(); }));
    const QImage thumb = images.thumbnail(picture);
    CHECK(thumb.width() == 200); // already small: not scaled up
    QImage full;
    int ticket = 0;
    QObject receiver;
    QObject::connect(&images, &AttachmentImages::fullReady, &receiver, [&](int t, const QImage& image) {
        if (t == ticket) {
            full = image;
        }
    });
    ticket = images.requestFull(picture, 4096);
    REQUIRE(waitUntil([&] { return !full.isNull(); }));

    // Nothing of the picture anywhere on disk but in the encrypted database.
    CHECK(filesContaining(s.fixture.dir.path(), sentinel).isEmpty());
    QStringList written;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        written << it.next();
    }
    INFO(written.join(QStringLiteral(", ")).toStdString());
    CHECK(written.isEmpty());

    // A copy without the hidden text, then the originals deleted outside on request.
    const QString copy = outside.filePath(QStringLiteral("copy.png"));
    REQUIRE(files.saveCopy(picture, copy, true));
    CHECK_FALSE(readAll(copy).contains(sentinel));
    CHECK(files.message().contains(QStringLiteral("not encrypted")));
    // Never into the vault's own folder, nor over a file (the file chooser's rules, checked again).
    const QString inside = QDir(s.session->dataDirectory()).filePath(QStringLiteral("copy.png"));
    CHECK_FALSE(files.saveCopy(picture, inside, true));
    CHECK_FALSE(QFile::exists(inside));
    CHECK(files.messageIsProblem());
    CHECK_FALSE(files.saveCopy(picture, copy, true));
    CHECK(files.messageIsProblem());
    REQUIRE(files.deleteAddedOriginals());
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(second));
    CHECK(files.message().contains(QStringLiteral("SSD")));

    REQUIRE(files.removeFile(picture));
    CHECK(files.count() == 1);
    CHECK(repoOf(s).history(id).value().last().files.size() == 1);

    // The lock drops every picture.
    s.session->lock();
    REQUIRE(waitUntil([&] { return s.session->state() == Session::State::Locked; }));
    CHECK(images.thumbnail(picture).isNull());
    CHECK(files.count() == 0);
    qunsetenv("XDG_CACHE_HOME");
    qunsetenv("TMPDIR");
}

TEST_CASE("A file that cannot be added is named, and the others still go in", "[records]")
{
    JournalSession s;
    const qint64 id = addRecord(s, QStringLiteral("Two files"), QDate(2025, 12, 1));
    QTemporaryDir outside;
    const QString good = outside.filePath(QStringLiteral("good.txt"));
    REQUIRE(writeAll(good, "a note"));
    const QString empty = outside.filePath(QStringLiteral("empty.jpg"));
    REQUIRE(writeAll(empty, {}));
    AttachmentListModel files(s.vault());
    files.setRecordId(id);
    CHECK_FALSE(files.addFiles(good + u'\n' + empty + u'\n' + outside.filePath(QStringLiteral("missing.png"))));
    CHECK(files.count() == 1);
    CHECK(files.messageIsProblem());
    CHECK(files.message().contains(QStringLiteral("empty.jpg")));
    CHECK(files.message().contains(QStringLiteral("missing.png")));
    CHECK(files.message().contains(QStringLiteral("Added 1 file")));

    AttachmentListModel unsaved(s.vault()); // no owner yet
    CHECK_FALSE(unsaved.addFiles(good));
    CHECK(unsaved.message().contains(QStringLiteral("Save")));
}

TEST_CASE("Undoing a journal delete gives the entry its files back", "[records][journal]")
{
    JournalSession s;
    journal::EntryDraft draft;
    draft.body = QStringLiteral("An entry with a screenshot");
    const qint64 entry = s.repo().create(draft).value();
    QTemporaryDir outside;
    const QString path = outside.filePath(QStringLiteral("screenshot.png"));
    REQUIRE(writeAll(path, testPng(8, 8)));
    AttachmentListModel files(s.vault());
    files.setEntryId(entry);
    REQUIRE(files.addFiles(path));
    REQUIRE(files.count() == 1);

    JournalActions actions(s.vault());
    REQUIRE(actions.deleteEntry(entry));
    CHECK(files.count() == 0);
    REQUIRE(actions.undoDelete());
    CHECK(files.count() == 1);

    REQUIRE(actions.deleteEntry(entry));
    actions.dropUndo();
    s.session->lock(); // the entry's files go for good with the lock
    REQUIRE(waitUntil([&] { return s.session->state() == Session::State::Locked; }));
    s.unlock();
    auto left = databaseOf(*s.session).queryFirst("SELECT count(*) FROM attachment;");
    REQUIRE(left.ok());
    CHECK(left.value()->columnInt(0) == 0);
}

TEST_CASE("A picture Qt cannot read is kept and shown as its kind, a cut-off one is kept whole", "[records]")
{
    JournalSession s;
    const qint64 id = addRecord(s, QStringLiteral("Odd pictures"), QDate(2025, 12, 1));
    QTemporaryDir outside;
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(0x8a, 0x45, 0x36));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    const QString broken = outside.filePath(QStringLiteral("broken.jpg"));
    REQUIRE(writeAll(broken, QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(500, '\x7f')));
    const QString cut = outside.filePath(QStringLiteral("cut.jpg"));
    REQUIRE(writeAll(cut, jpeg.left(jpeg.size() * 2 / 3)));
    AttachmentListModel files(s.vault());
    files.setRecordId(id);
    REQUIRE(files.addFiles(broken + u'\n' + cut));
    REQUIRE(files.count() == 2);
    const qint64 brokenId = files.data(files.index(0), AttachmentListModel::AttachmentIdRole).toLongLong();
    const qint64 cutId = files.data(files.index(1), AttachmentListModel::AttachmentIdRole).toLongLong();
    CHECK(files.data(files.index(1), AttachmentListModel::Sha256Role).toString()
        == attachments::Sha256::hexOf(jpeg.left(jpeg.size() * 2 / 3)));

    AttachmentImages& images = *AttachmentImages::of(s.vault());
    (void)images.thumbnail(brokenId);
    (void)images.thumbnail(cutId);
    REQUIRE(waitUntil([&] { return images.unreadable(brokenId); }));
    // A cut-off JPEG decodes as far as it goes (Qt fills the rest) or is shown as its kind.
    REQUIRE(waitUntil([&] { return images.unreadable(cutId) || !images.thumbnail(cutId).isNull(); }));
    CHECK(files.data(files.index(0), AttachmentListModel::KindRole).toString() == QStringLiteral("picture"));
}
