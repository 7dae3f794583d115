// Records and attachments leaving and entering the vault: the JSON export and import (in memory
// and streamed from a file), the encrypted backup, and the upgrade of a released vault.
#include "FileProbe.h"
#include "RandomBytes.h"
#include "TestPictures.h"
#include "TestVault.h"
#include "core/attachments/AttachmentStore.h"
#include "core/attachments/Sha256.h"
#include "core/common/Progress.h"
#include "core/exchange/Backup.h"
#include "core/exchange/JsonExport.h"
#include "core/exchange/JsonImport.h"
#include "core/exchange/Restore.h"
#include "core/journal/JournalRepository.h"
#include "core/records/RecordRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"

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
using namespace tideline::test;

namespace {

struct Filled
{
    qint64 record = 0;
    qint64 entry = 0;
    QList<QByteArray> files; // record's two files, then the entry's
};

// A record edited once (two versions), with a picture carrying a position and a 2.5-chunk file,
// and a journal entry with a file of its own.
Filled fill(TestVault& tv)
{
    Filled f;
    auto& db = tv.vault->database();
    records::RecordRepository repo(db, tv.clock);
    records::RecordFields fields;
    fields.day = QDate(2025, 12, 24);
    fields.time = QTime(23, 5);
    fields.place = QStringLiteral("Hallway 🏠");
    fields.whatHappened = QStringLiteral("He blocked the door. \u05E2\u05D1\u05E8\u05D9\u05EA too.");
    fields.reported = true;
    f.record = repo.create(fields).value();
    tv.clock.advanceSeconds(600);
    fields.injuries = QStringLiteral("Bruised arm");
    REQUIRE(repo.update(f.record, fields).ok());

    journal::EntryDraft draft;
    draft.day = QDate(2025, 12, 25);
    draft.body = QStringLiteral("The morning after.");
    f.entry = journal::JournalRepository(db, tv.clock).create(draft).value();

    attachments::AttachmentStore store(db, tv.clock);
    f.files = {jpegSkeleton(exifSegment(testExif(6))), randomBytes(attachments::kChunkBytes * 5 / 2, 11),
        QByteArray("%PDF-1.4 a letter")};
    const QList<QPair<QString, attachments::AttachmentOwner>> owners{
        {QStringLiteral("door.jpg"), attachments::AttachmentOwner::record(f.record)},
        {QStringLiteral("voice memo.m4a"), attachments::AttachmentOwner::record(f.record)},
        {QStringLiteral("letter.pdf"), attachments::AttachmentOwner::entry(f.entry)}};
    for (int i = 0; i < 3; ++i) {
        QBuffer source(&f.files[i]);
        source.open(QIODevice::ReadOnly);
        tv.clock.advanceSeconds(60);
        attachments::AddOptions options{owners.at(i).second, {}, {}};
        if (owners.at(i).second.kind == attachments::AttachmentOwner::Kind::Record) {
            options.alongside = [&](const attachments::Attachment&) { return repo.keepVersion(f.record); };
        }
        REQUIRE(store.add(source, owners.at(i).first, f.files.at(i).size(), options).ok());
    }
    return f;
}

// Every record, version and file in a vault, as comparable values.
struct Snapshot
{
    QList<records::Record> records;
    QList<QList<records::RecordVersion>> histories;
    QList<attachments::Attachment> attachments;
    QList<QByteArray> bytes;
};

Snapshot snapshot(Database& db)
{
    Snapshot s;
    records::RecordRepository repo(db, SystemClock::instance());
    const std::vector<records::RecordSummary> rows = repo.listPage(std::nullopt, 100).value();
    for (const records::RecordSummary& row : rows) {
        s.records.append(repo.get(row.id).value());
        s.histories.append(repo.history(row.id).value());
    }
    attachments::AttachmentStore store(db, SystemClock::instance());
    s.attachments = store.page(0, 100).value();
    for (const attachments::Attachment& a : std::as_const(s.attachments)) {
        s.bytes.append(store.readAll(a, attachments::kMaxFileBytes).value());
    }
    return s;
}

void compareSnapshots(const Snapshot& a, const Snapshot& b)
{
    REQUIRE(a.records.size() == b.records.size());
    for (qsizetype i = 0; i < a.records.size(); ++i) {
        CHECK(a.records.at(i).uid == b.records.at(i).uid);
        CHECK(a.records.at(i).createdAt == b.records.at(i).createdAt);
        CHECK(a.records.at(i).updatedAt == b.records.at(i).updatedAt);
        CHECK(a.records.at(i).changedAt == b.records.at(i).changedAt);
        CHECK(a.records.at(i).fields.whatHappened == b.records.at(i).fields.whatHappened);
        CHECK(a.records.at(i).fields.place == b.records.at(i).fields.place);
        CHECK(a.records.at(i).fields.time == b.records.at(i).fields.time);
        CHECK(a.records.at(i).fields.reported == b.records.at(i).fields.reported);
        REQUIRE(a.histories.at(i).size() == b.histories.at(i).size());
        for (qsizetype v = 0; v < a.histories.at(i).size(); ++v) {
            CHECK(a.histories.at(i).at(v).savedAt == b.histories.at(i).at(v).savedAt);
            CHECK(a.histories.at(i).at(v).fields == b.histories.at(i).at(v).fields);
            CHECK(a.histories.at(i).at(v).files.size() == b.histories.at(i).at(v).files.size());
        }
    }
    REQUIRE(a.attachments.size() == b.attachments.size());
    for (qsizetype i = 0; i < a.attachments.size(); ++i) {
        CHECK(a.attachments.at(i).uid == b.attachments.at(i).uid);
        CHECK(a.attachments.at(i).name == b.attachments.at(i).name);
        CHECK(a.attachments.at(i).sha256 == b.attachments.at(i).sha256);
        CHECK(a.attachments.at(i).addedAt == b.attachments.at(i).addedAt);
        CHECK(a.attachments.at(i).entryId.has_value() == b.attachments.at(i).entryId.has_value());
        CHECK(a.bytes.at(i) == b.bytes.at(i)); // byte for byte
    }
}

} // namespace

// An export file imported as the app and the CLI do: read from disk a record at a time.
static Result<exchange::ImportSummary> importFile(Database& db, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorCode::InvalidInput, file.errorString());
    }
    Progress quiet;
    return exchange::importJson(db, file, quiet);
}

TEST_CASE("JSON export and import carry records, their history and files byte for byte", "[records][exchange]")
{
    TestVault source;
    const Filled filled = fill(source);
    const Snapshot before = snapshot(source.vault->database());
    REQUIRE(before.attachments.size() == 3);
    CHECK(before.bytes.at(1) == filled.files.at(1));

    Result<QByteArray> json = exchange::exportJson(source.vault->database(), source.clock);
    REQUIRE(json.ok());
    const QJsonObject root = QJsonDocument::fromJson(json.value()).object();
    REQUIRE(root.value(QLatin1String("records")).toArray().size() == 1);
    REQUIRE(root.value(QLatin1String("attachments")).toArray().size() == 3);
    CHECK(root.value(QLatin1String("record_kinds")).toArray().size() == 7);
    const QJsonObject firstFile = root.value(QLatin1String("attachments")).toArray().first().toObject();
    CHECK(QByteArray::fromBase64(firstFile.value(QLatin1String("data")).toString().toLatin1()) == filled.files.first());
    CHECK(firstFile.value(QLatin1String("metadata"))
              .toObject()
              .value(QLatin1String("found"))
              .toArray()
              .contains(QStringLiteral("gps")));

    TestVault target;
    // The entry the third file belongs to comes with the same file.
    Result<exchange::ImportSummary> imported = exchange::importJson(target.vault->database(), json.value());
    INFO((imported.ok() ? std::string() : imported.error().message.toStdString()));
    REQUIRE(imported.ok());
    CHECK(imported.value().records == 1);
    CHECK(imported.value().attachments == 3);
    compareSnapshots(before, snapshot(target.vault->database()));

    // The same file again changes nothing.
    Result<exchange::ImportSummary> again = exchange::importJson(target.vault->database(), json.value());
    REQUIRE(again.ok());
    CHECK(again.value().records == 0);
    CHECK(again.value().attachments == 0);
    compareSnapshots(before, snapshot(target.vault->database()));
}

TEST_CASE("An export file is written as it is made and read back a record at a time", "[records][exchange]")
{
    TestVault source;
    fill(source);
    const Snapshot before = snapshot(source.vault->database());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("everything.json"));
    Progress quiet;
    REQUIRE(exchange::writeJsonExport(source.vault->database(), source.clock, false, path, false, quiet).ok());
    CHECK(readAll(path) == exchange::exportJson(source.vault->database(), source.clock).value());
    CHECK(exchange::writeJsonExport(source.vault->database(), source.clock, false, path, false, quiet).code()
        == ErrorCode::CannotWrite);

    TestVault target;
    Result<exchange::ImportSummary> imported = importFile(target.vault->database(), path);
    INFO((imported.ok() ? std::string() : imported.error().message.toStdString()));
    REQUIRE(imported.ok());
    CHECK(imported.value().attachments == 3);
    compareSnapshots(before, snapshot(target.vault->database()));
}

TEST_CASE("A damaged file in an import is refused by line and field, and nothing is imported", "[records][exchange]")
{
    TestVault source;
    fill(source);
    const QByteArray json = exchange::exportJson(source.vault->database(), source.clock).value();
    const qsizetype dataAt = json.indexOf("\"data\":\"") + 8;
    QTemporaryDir out;

    // One byte of a file changed: its hash no longer matches.
    QByteArray changed = json;
    changed[dataAt + 10] = changed.at(dataAt + 10) == 'A' ? 'B' : 'A';
    TestVault target;
    Result<exchange::ImportSummary> refused = exchange::importJson(target.vault->database(), changed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("attachments[0]")));
    CHECK(refused.error().message.contains(QStringLiteral("sha256")));
    CHECK(refused.error().message.startsWith(QStringLiteral("Line ")));
    // The same from a file, streamed.
    const QString path = out.filePath(QStringLiteral("changed.json"));
    REQUIRE(writeAll(path, changed));
    refused = importFile(target.vault->database(), path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("sha256")));

    // Not base64 at all; cut short in the middle of a file.
    QByteArray notBase64 = json;
    notBase64[dataAt + 4] = '!';
    REQUIRE(writeAll(path, notBase64));
    CHECK_FALSE(importFile(target.vault->database(), path).ok());
    REQUIRE(writeAll(path, json.left(dataAt + 100)));
    Result<exchange::ImportSummary> cut = importFile(target.vault->database(), path);
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.code() == ErrorCode::InvalidInput);

    // A record with a day that is not a day.
    QByteArray badDay = json;
    badDay.replace("\"day\":\"2025-12-24\"", "\"day\":\"2025-02-30\"");
    refused = exchange::importJson(target.vault->database(), badDay);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("records[0].day")));

    auto counts = target.vault->database().queryFirst(
        "SELECT (SELECT count(*) FROM record) + (SELECT count(*) FROM attachment) + (SELECT count(*) FROM entry);");
    REQUIRE(counts.ok());
    CHECK(counts.value()->columnInt(0) == 0);
}

TEST_CASE("An encrypted backup carries the records and files byte for byte", "[records][backup]")
{
    TestVault source;
    fill(source);
    const Snapshot before = snapshot(source.vault->database());
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("tideline.backup"));
    const char* const passphrase = "harbour lantern quiet morning";
    REQUIRE(
        exchange::backupVault(source.vault->database(), source.paths.dir, file, secret(passphrase), false, fastKdf())
            .ok());
    CHECK(filesContaining(out.path(), QByteArray("TestCam")).isEmpty());

    QTemporaryDir parent;
    Vault restored(VaultPaths{parent.filePath(QStringLiteral("restored"))});
    Result<exchange::OpenedBackup> opened = exchange::openBackup(file, secret(passphrase));
    REQUIRE(opened.ok());
    REQUIRE(exchange::restoreBackup(restored, opened.value(), secret("135790"), SecretKind::Pin, fastKdf()).ok());
    compareSnapshots(before, snapshot(restored.database()));
    attachments::AttachmentStore store(restored.database(), SystemClock::instance());
    const QList<attachments::Attachment> stored = store.page(0, 10).value();
    for (const attachments::Attachment& a : stored) {
        CHECK(store.hashStillMatches(a).value());
    }
    CHECK(records::RecordRepository(restored.database(), SystemClock::instance())
              .search(QStringLiteral("blocked"))
              .value()
              .size()
        == 1);
}

TEST_CASE("A vault of the released schema upgrades to hold records and files", "[records][migration]")
{
    QTemporaryDir dir;
    const QDir fixture(QStringLiteral(TIDELINE_FIXTURES_DIR "/v1"));
    for (const QString& name : fixture.entryList(QDir::Files)) {
        REQUIRE(QFile::copy(fixture.filePath(name), QDir(dir.path()).filePath(name)));
        QFile::setPermissions(QDir(dir.path()).filePath(name), QFile::ReadOwner | QFile::WriteOwner);
    }
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
    Vault vault(VaultPaths{dir.path()}, clock);
    REQUIRE(vault.unlock(secret(kTestPin)).ok());
    REQUIRE(vault.database().userVersion().value() == Migrator::latestVersion());
    REQUIRE(vault.verify().ok());
    records::RecordRepository repo(vault.database(), clock);
    records::RecordFields fields;
    fields.day = QDate(2026, 11, 23);
    fields.whatHappened = QStringLiteral("Written after the upgrade");
    const qint64 id = repo.create(fields).value();
    QByteArray bytes = testPng(4, 4);
    QBuffer source(&bytes);
    source.open(QIODevice::ReadOnly);
    REQUIRE(attachments::AttachmentStore(vault.database(), clock)
                .add(source, QStringLiteral("a.png"), bytes.size(), {attachments::AttachmentOwner::record(id), {}, {}})
                .ok());
    CHECK(repo.search(QStringLiteral("upgrade")).value().size() == 1);
    // The journal entry of the old schema can carry a file as well.
    source.seek(0);
    auto entry = vault.database().queryFirst("SELECT id FROM entry;");
    REQUIRE(entry.ok());
    const qint64 entryId = entry.value()->columnInt(0);
    entry.value().reset();
    CHECK(
        attachments::AttachmentStore(vault.database(), clock)
            .add(source, QStringLiteral("b.png"), bytes.size(), {attachments::AttachmentOwner::entry(entryId), {}, {}})
            .ok());
    REQUIRE(vault.verify().ok());
}
