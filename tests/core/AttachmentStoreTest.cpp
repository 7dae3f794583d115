// Files sealed inside the vault (core/attachments): hashes, limits, bad input, a full disk, the
// leak test, deleting and the clean-up, saving copies and the export of originals.
#include "core/attachments/AttachmentStore.h"
#include "FileProbe.h"
#include "RandomBytes.h"
#include "SqlScalar.h"
#include "TestPictures.h"
#include "TestVault.h"
#include "core/attachments/AttachmentExport.h"
#include "core/attachments/FileName.h"
#include "core/attachments/MetadataScanner.h"
#include "core/attachments/Sha256.h"
#include "core/journal/JournalRepository.h"
#include "core/records/RecordRepository.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <random>

using namespace tideline;
using namespace tideline::attachments;
using namespace tideline::test;

namespace {

qint64 newRecord(TestVault& tv, const QString& what = QStringLiteral("It happened in the kitchen."))
{
    records::RecordFields fields;
    fields.day = QDate(2025, 12, 30);
    fields.whatHappened = what;
    Result<qint64> id = records::RecordRepository(tv.vault->database(), tv.clock).create(fields);
    REQUIRE(id.ok());
    return id.value();
}

} // namespace

TEST_CASE("SHA-256 matches the FIPS 180-2 known answers, whole or in pieces", "[attachments]")
{
    // FIPS 180-2, appendix B.1 and B.2.
    CHECK(Sha256::hexOf("abc") == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    Sha256 pieces;
    pieces.add("abcdbcdecdefdefgefghfghighij");
    pieces.add("hijkijkljklmklmnlmnomnopnopq");
    CHECK(pieces.finishHex() == QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    CHECK(Sha256::isHexDigest(Sha256::hexOf({})));
    CHECK_FALSE(Sha256::isHexDigest(QStringLiteral("ABC")));
}

TEST_CASE("A stored file has the hash of the original and reads back byte for byte", "[attachments]")
{
    TestVault tv;
    const qint64 record = newRecord(tv);
    QTemporaryDir outside;
    const QString path = outside.filePath(QStringLiteral("screenshot.png"));
    // 3.4 chunks of bytes behind a PNG signature: the last chunk is short.
    const QByteArray original = testPng(4, 4) + randomBytes(kChunkBytes * 3 + kChunkBytes * 2 / 5, 7);
    REQUIRE(writeAll(path, original));

    AttachmentStore store(tv.vault->database(), tv.clock);
    Result<Attachment> added = store.addFile(path, {AttachmentOwner::record(record), {}, {}});
    REQUIRE(added.ok());
    const Attachment& a = added.value();
    CHECK(a.sha256 == Sha256::hexOf(original));
    CHECK(a.size == original.size());
    CHECK(a.name == QStringLiteral("screenshot.png"));
    CHECK(a.type.mime == QStringLiteral("image/png"));
    CHECK(a.type.kind == FileKind::Picture);
    CHECK(a.recordId == record);
    CHECK(a.addedAt == tv.clock.nowUtc());
    CHECK(a.uid.size() == 32);
    CHECK(scalar(tv.vault->database(), "SELECT count(*) FROM attachment_chunk;") == 4);

    Result<QByteArray> back = store.readAll(a, kMaxFileBytes);
    REQUIRE(back.ok());
    CHECK(back.value() == original);
    CHECK(store.hashStillMatches(a).value());
    // The device reads across chunk edges and seeks.
    std::unique_ptr<QIODevice> device = store.open(a);
    REQUIRE(device->seek(kChunkBytes - 10));
    CHECK(device->read(20) == original.mid(kChunkBytes - 10, 20));
    CHECK(device->size() == original.size());
    // The original outside is left as it was.
    CHECK(readAll(path) == original);

    Result<QList<Attachment>> list = store.of(AttachmentOwner::record(record));
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 1);
    CHECK(list.value().first().sha256 == a.sha256);
}

TEST_CASE("Empty, missing, folder-shaped and oversized files are refused plainly and add nothing", "[attachments]")
{
    TestVault tv;
    const qint64 record = newRecord(tv);
    AttachmentStore store(tv.vault->database(), tv.clock);
    const AddOptions options{AttachmentOwner::record(record), {}, {}};
    QTemporaryDir outside;

    const QString empty = outside.filePath(QStringLiteral("empty.jpg"));
    REQUIRE(writeAll(empty, {}));
    Result<Attachment> refused = store.addFile(empty, options);
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("empty")));

    refused = store.addFile(outside.filePath(QStringLiteral("not-there.jpg")), options);
    CHECK(refused.code() == ErrorCode::NotFound);

    refused = store.addFile(outside.path(), options);
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("folder")));

    // 5 GB, sparse: refused by its size before a byte is read.
    const QString huge = outside.filePath(QStringLiteral("whole-phone-backup.mp4"));
    {
        QFile file(huge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(5LL * 1024 * 1024 * 1024));
    }
    refused = store.addFile(huge, options);
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("100 MB")));

    // A stream that cannot say its size is stopped at the limit.
    struct Endless final : QIODevice
    {
        Endless() { open(QIODevice::ReadOnly); }
        bool isSequential() const override { return true; }
        qint64 readData(char* data, qint64 max) override
        {
            std::memset(data, 'x', static_cast<size_t>(max));
            return max;
        }
        qint64 writeData(const char*, qint64) override { return -1; }
    } endless;
    refused = store.add(endless, QStringLiteral("stream"), -1, options);
    CHECK(refused.code() == ErrorCode::InvalidInput);

    // No owner, or a deleted one.
    refused = store.addFile(empty, {AttachmentOwner::entry(4242), {}, {}});
    CHECK(refused.code() == ErrorCode::InvalidInput); // empty is checked first
    REQUIRE(writeAll(empty, "x"));
    refused = store.addFile(empty, {AttachmentOwner::entry(4242), {}, {}});
    CHECK(refused.code() == ErrorCode::NotFound);

    CHECK(scalar(tv.vault->database(), "SELECT count(*) FROM attachment;") == 0);
    CHECK(scalar(tv.vault->database(), "SELECT count(*) FROM attachment_chunk;") == 0);
}

TEST_CASE("A file is kept as what it is, under a cleaned name", "[attachments]")
{
    TestVault tv;
    const qint64 record = newRecord(tv);
    AttachmentStore store(tv.vault->database(), tv.clock);
    QByteArray pdf("%PDF-1.7\n% a letter\n");
    QBuffer source(&pdf);
    source.open(QIODevice::ReadOnly);
    // A name with a line break, a right-to-left override hiding the real extension, and Hebrew.
    const QString name = QStringLiteral("letter\nfrom\u202Egpj.fdp \u05E9\u05DC\u05D5\u05DD.jpg");
    Result<Attachment> added = store.add(source, name, pdf.size(), {AttachmentOwner::record(record), {}, {}});
    REQUIRE(added.ok());
    CHECK(added.value().type.mime == QStringLiteral("application/pdf"));
    CHECK(added.value().type.kind == FileKind::Pdf);
    CHECK_FALSE(added.value().nameAgrees()); // named .jpg, but a PDF
    CHECK(added.value().name == QStringLiteral("letter fromgpj.fdp \u05E9\u05DC\u05D5\u05DD.jpg"));
    CHECK_FALSE(added.value().name.contains(QChar(0x202E)));

    CHECK(cleanFileName(QStringLiteral("../../etc/passwd")) == QStringLiteral("passwd"));
    CHECK(cleanFileName(QStringLiteral("\u200B\n\t")) == QStringLiteral("file"));
    CHECK(safeFileName(QStringLiteral("a:b?.jpg")) == QStringLiteral("a_b_.jpg"));
    CHECK(safeFileName(QStringLiteral(".hidden")) == QStringLiteral("hidden"));
    CHECK(safeFileName(QStringLiteral("con.txt")) == QStringLiteral("_con.txt"));
    CHECK(numberedFileName(QStringLiteral("photo.jpg"), 2) == QStringLiteral("photo (2).jpg"));
    CHECK(sniffMediaType(QByteArray("plain words\n")).kind == FileKind::Text);
    CHECK(sniffMediaType(QByteArray("\0\x01\x02", 3)).mime == QStringLiteral("application/octet-stream"));
}

TEST_CASE("A disk that fills up midway leaves no part of the file and the record as it was", "[attachments]")
{
    TestVault tv;
    auto& db = tv.vault->database();
    const qint64 record = newRecord(tv);
    REQUIRE(db.checkpointTruncate().ok());
    auto pages = db.queryFirst("PRAGMA page_count;");
    REQUIRE(pages.ok());
    const qint64 pageCount = pages.value()->columnInt(0);
    pages.value().reset();
    // Room for about one chunk more: the second chunk finds the disk full.
    REQUIRE(
        db.exec(QByteArray("PRAGMA max_page_count = " + QByteArray::number(pageCount + 80) + ";").constData()).ok());

    AttachmentStore store(db, tv.clock);
    QByteArray big = randomBytes(kChunkBytes * 4, 3);
    QBuffer source(&big);
    source.open(QIODevice::ReadOnly);
    Result<Attachment> full
        = store.add(source, QStringLiteral("video.mp4"), big.size(), {AttachmentOwner::record(record), {}, {}});
    REQUIRE_FALSE(full.ok());
    CHECK(full.code() == ErrorCode::CannotWrite);
    CHECK(full.error().message.contains(QStringLiteral("disk filled up")));
    CHECK(full.error().message.contains(QStringLiteral("video.mp4")));
    CHECK(scalar(db, "SELECT count(*) FROM attachment;") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM attachment_chunk;") == 0);
    Result<records::Record> intact = records::RecordRepository(db, tv.clock).get(record);
    REQUIRE(intact.ok());
    CHECK(intact.value().fields.whatHappened == QStringLiteral("It happened in the kitchen."));

    REQUIRE(db.exec("PRAGMA max_page_count = 1073741823;").ok());
    source.seek(0);
    CHECK(store.add(source, QStringLiteral("video.mp4"), big.size(), {AttachmentOwner::record(record), {}, {}}).ok());
}

TEST_CASE("Stopping an add keeps nothing of the file", "[attachments]")
{
    TestVault tv;
    const qint64 record = newRecord(tv);
    AttachmentStore store(tv.vault->database(), tv.clock);
    QByteArray bytes = randomBytes(kChunkBytes * 3, 9);
    QBuffer source(&bytes);
    source.open(QIODevice::ReadOnly);
    int calls = 0;
    AddOptions options{AttachmentOwner::record(record), [&](qint64, qint64) { return ++calls < 2; }, {}};
    Result<Attachment> stopped = store.add(source, QStringLiteral("a.bin"), bytes.size(), options);
    CHECK(stopped.code() == ErrorCode::Cancelled);
    CHECK(scalar(tv.vault->database(), "SELECT count(*) FROM attachment_chunk;") == 0);
}

TEST_CASE("The bytes of an attached file are found in no file outside the database", "[attachments][leak]")
{
    TestVault tv;
    const qint64 record = newRecord(tv);
    QTemporaryDir outside;
    const QByteArray sentinel = "SENTINEL-a7f3c9-never-on-disk-in-the-clear";
    const QByteArray original = randomBytes(kChunkBytes, 1) + sentinel + randomBytes(kChunkBytes, 2);
    const QString path = outside.filePath(QStringLiteral("evidence.bin"));
    REQUIRE(writeAll(path, original));
    AttachmentStore store(tv.vault->database(), tv.clock);
    Result<Attachment> added = store.addFile(path, {AttachmentOwner::record(record), {}, {}});
    REQUIRE(added.ok());
    REQUIRE(store.readAll(added.value(), kMaxFileBytes).value().contains(sentinel));
    // While open (database, WAL and shared memory as they are) and after locking.
    CHECK(filesContaining(tv.dir.path(), sentinel).isEmpty());
    tv.vault->lock();
    CHECK(filesContaining(tv.dir.path(), sentinel).isEmpty());
}

TEST_CASE("Deleting a file is for good, and files of a deleted entry go at the next clean-up", "[attachments]")
{
    TestVault tv;
    auto& db = tv.vault->database();
    journal::JournalRepository journal(db, tv.clock);
    journal::EntryDraft draft;
    draft.body = QStringLiteral("Photos of the hallway");
    const qint64 entry = journal.create(draft).value();
    AttachmentStore store(db, tv.clock);
    QByteArray one = randomBytes(1000, 4);
    QBuffer source(&one);
    source.open(QIODevice::ReadOnly);
    const Attachment kept
        = store.add(source, QStringLiteral("hall.png"), one.size(), {AttachmentOwner::entry(entry), {}, {}}).value();
    source.seek(0);
    const Attachment gone
        = store.add(source, QStringLiteral("hall2.png"), one.size(), {AttachmentOwner::entry(entry), {}, {}}).value();
    CHECK(store.countOf(AttachmentOwner::entry(entry)).value() == 2);

    REQUIRE(store.remove(gone.id).ok());
    CHECK(store.get(gone.id).code() == ErrorCode::NotFound);
    CHECK(store.remove(gone.id).code() == ErrorCode::NotFound);

    // The journal deletes the entry; its file waits without an owner, so undo can give it back.
    Result<journal::Entry> removed = journal.remove(entry);
    REQUIRE(removed.ok());
    CHECK_FALSE(store.get(kept.id).value().entryId.has_value());
    REQUIRE(journal.restore(removed.value()).ok());
    REQUIRE(store.relink({kept.id}, AttachmentOwner::entry(entry)).ok());
    CHECK(store.get(kept.id).value().entryId == entry);

    REQUIRE(journal.remove(entry).ok());
    CHECK(store.purgeUnowned().value() == 1);
    CHECK(scalar(db, "SELECT count(*) FROM attachment_chunk;") == 0);
    CHECK(store.totalBytes().value() == 0);
    CHECK(AttachmentStore::sizeWarning(kVaultWarningBytes - 1).isEmpty());
    CHECK(AttachmentStore::sizeWarning(kVaultWarningBytes).contains(QStringLiteral("1.0 GB")));
}

TEST_CASE("A saved copy is the original, or the picture without its hidden details", "[attachments]")
{
    TestVault tv;
    const qint64 record = newRecord(tv);
    AttachmentStore store(tv.vault->database(), tv.clock);
    QByteArray jpeg = jpegSkeleton(exifSegment(testExif(1)));
    QBuffer source(&jpeg);
    source.open(QIODevice::ReadOnly);
    const Attachment a
        = store.add(source, QStringLiteral("door.jpg"), jpeg.size(), {AttachmentOwner::record(record), {}, {}}).value();
    CHECK(a.details.gps);

    QTemporaryDir out;
    const QString asIs = out.filePath(QStringLiteral("door-original.jpg"));
    REQUIRE(saveCopy(store, a, asIs, false).ok());
    CHECK(readAll(asIs) == jpeg);
    CHECK((QFile::permissions(asIs) & (QFile::ReadOther | QFile::ReadGroup)) == 0);

    const QString stripped = out.filePath(QStringLiteral("door.jpg"));
    REQUIRE(saveCopy(store, a, stripped, true).ok());
    CHECK_FALSE(scanPictureDetails(a.type.mime, readAll(stripped)).gps);
    CHECK_FALSE(readAll(stripped).contains("TestCam"));
    // Never over an existing file unless asked; the stored original is unchanged.
    CHECK(saveCopy(store, a, stripped, true).code() == ErrorCode::CannotWrite);
    CHECK(store.hashStillMatches(a).value());
    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size() == 2);
}

TEST_CASE("An export of originals holds the files byte for byte and a manifest that checks them", "[attachments]")
{
    TestVault tv;
    const qint64 record = newRecord(tv);
    AttachmentStore store(tv.vault->database(), tv.clock);
    QList<ExportItem> items;
    QList<QByteArray> originals;
    for (int i = 0; i < 3; ++i) {
        QByteArray bytes = randomBytes(kChunkBytes / 2 + i * 1000, 30 + i);
        originals.append(bytes);
        QBuffer source(&bytes);
        source.open(QIODevice::ReadOnly);
        // Two of the three have the same name, one a name no file system likes.
        const QString name = i == 2 ? QStringLiteral("=cmd|' calc'!A1.png") : QStringLiteral("photo.png");
        const Attachment a = store.add(source, name, bytes.size(), {AttachmentOwner::record(record), {}, {}}).value();
        items.append({a, QStringLiteral("record"), record, QStringLiteral("Record %1").arg(record)});
    }
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("for the hearing"));
    Result<ExportedFiles> done = exportOriginals(store, items, folder, tv.clock);
    REQUIRE(done.ok());
    CHECK(done.value().files == 3);
    CHECK(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size() == 1);

    // Re-hash every file the manifest names: each equals its line, and its original.
    const QJsonObject manifest
        = QJsonDocument::fromJson(readAll(QDir(folder).filePath(QStringLiteral("manifest.json")))).object();
    const QJsonArray files = manifest.value(QLatin1String("files")).toArray();
    REQUIRE(files.size() == 3);
    QSet<QString> names;
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject f = files.at(i).toObject();
        const QByteArray bytes = readAll(QDir(folder).filePath(f.value(QLatin1String("file")).toString()));
        CHECK(Sha256::hexOf(bytes) == f.value(QLatin1String("sha256")).toString());
        CHECK(bytes == originals.at(i));
        names.insert(f.value(QLatin1String("file")).toString());
    }
    CHECK(names.size() == 3);
    CHECK(names.contains(QStringLiteral("photo (2).png")));
    const QString csv = QString::fromUtf8(readAll(QDir(folder).filePath(QStringLiteral("manifest.csv"))));
    CHECK(csv.count(QStringLiteral("\r\n")) == 4);
    CHECK(csv.contains(QStringLiteral("'=cmd"))); // never read as a formula
    CHECK(QString::fromUtf8(readAll(QDir(folder).filePath(QStringLiteral("SHA256SUMS")))).count(u'\n') == 3);

    // The folder exists now: a second export there is refused and changes nothing.
    CHECK(exportOriginals(store, items, folder, tv.clock).code() == ErrorCode::CannotWrite);
    // Stopped midway: nothing is left behind.
    Result<ExportedFiles> stopped = exportOriginals(store, items, parent.filePath(QStringLiteral("other")), tv.clock,
        [](int filesDone, int) { return filesDone < 2; });
    CHECK(stopped.code() == ErrorCode::Cancelled);
    CHECK(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size() == 1);
}

TEST_CASE("Deleting the original outside removes that file only", "[attachments]")
{
    QTemporaryDir outside;
    const QString path = outside.filePath(QStringLiteral("photo.jpg"));
    REQUIRE(writeAll(path, "bytes"));
    REQUIRE(deleteOriginal(path).ok());
    CHECK_FALSE(QFile::exists(path));
    CHECK(deleteOriginal(path).ok()); // already gone
    CHECK(deleteOriginal(outside.path()).code() == ErrorCode::InvalidInput);
}
