// core/exchange and core/common/Progress: long tasks read and write files as streams, say how far
// along they are, and stop cleanly when asked (issue 16: "a Cancel that leaves nothing half-written").
#include "core/common/Progress.h"
#include "core/demo/DemoGenerator.h"
#include "core/exchange/Backup.h"
#include "core/exchange/DaylioImport.h"
#include "core/exchange/JsonExport.h"
#include "core/exchange/JsonImport.h"
#include "core/exchange/JsonPreview.h"
#include "core/exchange/Restore.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"

#include "SqlScalar.h"
#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::test;

namespace {

void addEntries(TestVault& t, int n)
{
    journal::JournalRepository journal(t.vault->database(), t.clock);
    for (int i = 0; i < n; ++i) {
        journal::EntryDraft draft;
        draft.title = QStringLiteral("Entry %1 🌊").arg(i);
        draft.body
            = QStringLiteral("Words for the day, \"quoted\", עברית and a\u200Db, number %1.\nA second line.").arg(i);
        draft.day = QDate(2026, 1, 1).addDays(i % 300);
        draft.tags = {QStringLiteral("sleep")};
        REQUIRE(journal.create(draft).ok());
    }
}

// What a progress listener saw.
struct Seen
{
    QStringList steps;
    QList<std::pair<qint64, qint64>> points; // done, total
};

Progress watching(Seen& seen, const std::shared_ptr<std::atomic_bool>& stop = {}, qint64 stopAfter = -1)
{
    return Progress(
        [&seen, stop, stopAfter](const QString& step, qint64 done, qint64 total) {
            if (seen.steps.isEmpty() || seen.steps.last() != step) {
                seen.steps.append(step);
            }
            seen.points.append({done, total});
            if (stop && stopAfter >= 0 && seen.points.size() > stopAfter) {
                stop->store(true);
            }
        },
        stop);
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("Progress reports steps at once and advances at most every 40 ms, and stops when asked", "[progress]")
{
    Seen seen;
    auto stop = std::make_shared<std::atomic_bool>(false);
    Progress progress = watching(seen, stop);
    progress.step(QStringLiteral("Reading"), 100);
    for (int i = 0; i <= 100; ++i) {
        progress.advance(i); // a tight loop: most of these are not passed on
    }
    progress.step(QStringLiteral("Writing"), 0);
    CHECK(seen.steps == QStringList{QStringLiteral("Reading"), QStringLiteral("Writing")});
    CHECK(seen.points.size() < 10);
    CHECK_FALSE(progress.stopRequested());
    stop->store(true);
    CHECK(progress.stopRequested());
    const Error stopped = Progress::cancelled(QStringLiteral("Nothing was imported."));
    CHECK(stopped.code == ErrorCode::Cancelled);
    CHECK(stopped.message.contains(QStringLiteral("Nothing was imported.")));

    Progress quiet; // the default: tells nobody, never stops
    quiet.step(QStringLiteral("x"), 1);
    quiet.advance(1);
    CHECK_FALSE(quiet.stopRequested());
}

TEST_CASE("The JSON export written to a file as it is made equals the one made in memory", "[exchange][stream]")
{
    TestVault t;
    addEntries(t, 40);
    Result<QByteArray> inMemory = exchange::exportJson(t.vault->database(), t.clock);
    REQUIRE(inMemory.ok());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("everything.json"));
    Seen seen;
    Progress progress = watching(seen);
    REQUIRE(exchange::writeJsonExport(t.vault->database(), t.clock, false, path, false, progress).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == inMemory.value());
    CHECK(QFileInfo(path).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(seen.steps.contains(QStringLiteral("Writing your export")));
    // Never over a file, and a second export says so.
    CHECK(exchange::writeJsonExport(t.vault->database(), t.clock, false, path, false, progress).code()
        == ErrorCode::CannotWrite);
    CHECK(filesIn(out.path()) == QStringList{QStringLiteral("everything.json")});
}

TEST_CASE("A JSON export stopped midway leaves no file at all", "[exchange][stream]")
{
    TestVault t;
    addEntries(t, 300);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("everything.json"));
    auto stop = std::make_shared<std::atomic_bool>(false);
    // Asked as the writing starts (reports are at most every 40 ms, so a count could come after
    // the end): the staged file is made next and the first record sees the stop.
    Progress progress(
        [stop](const QString& step, qint64, qint64) {
            if (step == QStringLiteral("Writing your export")) {
                stop->store(true);
            }
        },
        stop);
    const Status written = exchange::writeJsonExport(t.vault->database(), t.clock, false, path, false, progress);
    CHECK(written.code() == ErrorCode::Cancelled);
    CHECK(filesIn(out.path()).isEmpty()); // not the file, not its temporary
    // The connection is still good afterwards.
    CHECK(scalar(t.vault->database(), "SELECT count(*) FROM entry;") == 300);
}

TEST_CASE("A JSON file is imported as a stream: the same as from memory, sections in any order", "[exchange][stream]")
{
    TestVault from;
    addEntries(from, 60);
    Result<QByteArray> json = exchange::exportJson(from.vault->database(), from.clock);
    REQUIRE(json.ok());

    SECTION("from a file, with progress through both passes")
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("in.json")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(json.value());
        file.close();
        REQUIRE(file.open(QIODevice::ReadOnly));
        TestVault to;
        Seen seen;
        Progress progress = watching(seen);
        Result<exchange::ImportSummary> imported = exchange::importJson(to.vault->database(), file, progress);
        REQUIRE(imported.ok());
        CHECK(imported.value().entries == 60);
        CHECK(scalar(to.vault->database(), "SELECT count(*) FROM entry;") == 60);
        CHECK(scalar(to.vault->database(), "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'quoted';") == 60);
        CHECK(seen.steps.contains(QStringLiteral("Checking the file")));
        CHECK(seen.steps.contains(QStringLiteral("Adding what the file holds")));
        for (const auto& [done, total] : seen.points) {
            CHECK((total == 0 || done <= total));
        }
        // The same file again adds nothing new.
        Progress quiet;
        Result<exchange::ImportSummary> again = exchange::importJson(to.vault->database(), file, quiet);
        REQUIRE(again.ok());
        CHECK(again.value().entries == 0);
    }

    SECTION("the entries list before the tags and metrics still finds them")
    {
        // Move "entries" to the front of the object: the import reads sections in its own order.
        QByteArray text = json.value();
        const qsizetype start = text.indexOf("  \"entries\": [");
        const qsizetype end = text.indexOf("\n  ],\n", start) + 6;
        REQUIRE(start > 0);
        const QByteArray entries = text.mid(start, end - start);
        text.remove(start, end - start);
        text.insert(2, entries);
        TestVault to;
        Result<exchange::ImportSummary> imported = exchange::importJson(to.vault->database(), text);
        REQUIRE(imported.ok());
        CHECK(imported.value().entries == 60);
    }
}

TEST_CASE("A streamed JSON import names the line of a mistake and imports nothing", "[exchange][stream]")
{
    const QByteArray head = "{\n  \"format\": \"tideline-export\",\n  \"version\": 2,\n  \"entries\": [\n";
    const QByteArray good = "    {\"created_at\": \"2026-01-01T09:00:00.000Z\", \"updated_at\": "
                            "\"2026-01-01T09:00:00.000Z\", \"day\": \"2026-01-01\", \"title\": \"t\", \"body\": "
                            "\"b\", \"mood\": null, \"prompt_key\": null, \"draft\": false, \"sensitive\": false, "
                            "\"tags\": []}";
    TestVault t;

    SECTION("broken JSON far into the file: refused before anything is written, with its line")
    {
        QByteArray text = head + good + ",\n" + good + ",\n    {\"created_at\": oops}\n  ]\n}\n";
        Result<exchange::ImportSummary> imported = exchange::importJson(t.vault->database(), text);
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.code() == ErrorCode::InvalidInput);
        CHECK(imported.error().message.contains(QStringLiteral("line 7")));
        CHECK(scalar(t.vault->database(), "SELECT count(*) FROM entry;") == 0);
    }
    SECTION("a wrong value: the line, the record and the field")
    {
        QByteArray bad = good;
        bad.replace("\"day\": \"2026-01-01\"", "\"day\": \"2026-13-01\"");
        QByteArray text = head + good + ",\n" + bad + "\n  ]\n}\n";
        Result<exchange::ImportSummary> imported = exchange::importJson(t.vault->database(), text);
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().message.startsWith(QStringLiteral("Line 6, entries[1].day")));
        CHECK(scalar(t.vault->database(), "SELECT count(*) FROM entry;") == 0);
    }
    SECTION("a section given twice is refused (the later one would silently win)")
    {
        QByteArray text = head + good + "\n  ],\n  \"entries\": [\n" + good + "\n  ]\n}\n";
        Result<exchange::ImportSummary> imported = exchange::importJson(t.vault->database(), text);
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().message.contains(QStringLiteral("twice")));
    }
    SECTION("text after the end, an array at the top, an empty file, a file cut short")
    {
        for (const QByteArray& text :
            {head + good + "\n  ]\n}\n{}", QByteArray("[1, 2]"), QByteArray(""), QByteArray(head + good.left(40))}) {
            INFO(text.left(60).constData());
            Result<exchange::ImportSummary> imported = exchange::importJson(t.vault->database(), text);
            REQUIRE_FALSE(imported.ok());
            CHECK(imported.code() == ErrorCode::InvalidInput);
        }
        CHECK(scalar(t.vault->database(), "SELECT count(*) FROM entry;") == 0);
    }
}

TEST_CASE("A JSON import stopped midway rolls everything back", "[exchange][stream]")
{
    // Enough entries that adding them takes well over Progress's 40 ms between reports, so the
    // listener hears "Adding" with some done and stops there, in the middle.
    constexpr int kEntries = 2000;
    TestVault from;
    addEntries(from, kEntries);
    Result<QByteArray> json = exchange::exportJson(from.vault->database(), from.clock);
    REQUIRE(json.ok());
    QBuffer buffer;
    buffer.setData(json.value());
    REQUIRE(buffer.open(QIODevice::ReadOnly));

    TestVault to;
    auto stop = std::make_shared<std::atomic_bool>(false);
    bool adding = false;
    Progress progress(
        [&adding, stop](const QString& step, qint64 done, qint64) {
            adding = step == QStringLiteral("Adding what the file holds");
            if (adding && done > 0) {
                stop->store(true); // once some records are in the open transaction
            }
        },
        stop);
    Result<exchange::ImportSummary> imported = exchange::importJson(to.vault->database(), buffer, progress);
    REQUIRE(stop->load()); // else the import was done before a report: more entries are needed
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.code() == ErrorCode::Cancelled);
    CHECK(imported.error().message.contains(QStringLiteral("Nothing was imported.")));
    CHECK(scalar(to.vault->database(), "SELECT count(*) FROM entry;") == 0);
    CHECK(scalar(to.vault->database(), "SELECT count(*) FROM tag;") == 0);
    // And the vault takes the same file afterwards.
    Progress quiet;
    CHECK(exchange::importJson(to.vault->database(), buffer, quiet).ok());
    CHECK(scalar(to.vault->database(), "SELECT count(*) FROM entry;") == kEntries);
}

TEST_CASE("The JSON preview reads a file as a stream and can be stopped", "[exchange][stream]")
{
    TestVault from;
    addEntries(from, 30);
    Result<QByteArray> json = exchange::exportJson(from.vault->database(), from.clock);
    REQUIRE(json.ok());
    QBuffer buffer;
    buffer.setData(json.value());
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    Progress quiet;
    Result<exchange::JsonPreview> preview = exchange::inspectJson(buffer, quiet);
    REQUIRE(preview.ok());
    CHECK(preview.value().entries == 30);
    CHECK(preview.value().first == QDate(2026, 1, 1));

    auto stop = std::make_shared<std::atomic_bool>(true);
    Progress stopped({}, stop);
    CHECK(exchange::inspectJson(buffer, stopped).code() == ErrorCode::Cancelled);
}

TEST_CASE("A Daylio import stopped midway adds nothing", "[exchange][stream]")
{
    QByteArray csv = "full_date,date,weekday,time,mood,activities,note_title,note\n";
    for (int i = 0; i < 200; ++i) {
        const QDate day = QDate(2025, 1, 1).addDays(i);
        csv += day.toString(Qt::ISODate).toUtf8() + ",x,x,20:00,good,walk,Title,A note\n";
    }
    TestVault t;
    auto stop = std::make_shared<std::atomic_bool>(false);
    Progress progress(
        [stop](const QString& step, qint64 done, qint64) {
            if (step == QStringLiteral("Adding your days") && done > 10) {
                stop->store(true);
            }
        },
        stop);
    // Slow enough for the listener: reports come at most every 40 ms, so stop at the start too.
    stop->store(false);
    Result<exchange::ImportSummary> imported = exchange::importDaylio(t.vault->database(), csv, {}, t.clock, progress);
    if (imported.ok()) {
        // A fast machine finished before a report asked to stop; ask from the first day then.
        auto early = std::make_shared<std::atomic_bool>(true);
        Progress stopping({}, early);
        TestVault fresh;
        imported = exchange::importDaylio(fresh.vault->database(), csv, {}, fresh.clock, stopping);
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.code() == ErrorCode::Cancelled);
        CHECK(scalar(fresh.vault->database(), "SELECT count(*) FROM entry;") == 0);
        return;
    }
    CHECK(imported.code() == ErrorCode::Cancelled);
    CHECK(scalar(t.vault->database(), "SELECT count(*) FROM entry;") == 0);
    CHECK(scalar(t.vault->database(), "SELECT count(*) FROM checkin;") == 0);
}

TEST_CASE("A backup stopped midway leaves no file and no temporary copy, and a restore stopped leaves the folder empty",
    "[exchange][stream][backup]")
{
    TestVault t;
    addEntries(t, 50);
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("b.tidelinebackup"));
    const SecureBuffer passphrase = secret("a backup passphrase");

    auto stop = std::make_shared<std::atomic_bool>(true);
    Progress stopped({}, stop);
    const Status made
        = exchange::backupVault(t.vault->database(), t.paths.dir, target, passphrase, false, fastKdf(), stopped);
    CHECK(made.code() == ErrorCode::Cancelled);
    CHECK(filesIn(out.path()).isEmpty());
    for (const QString& name : filesIn(t.paths.dir)) {
        CHECK_FALSE(name.startsWith(exchange::backupPartPrefix()));
    }

    Seen seen;
    Progress progress = watching(seen);
    REQUIRE(
        exchange::backupVault(t.vault->database(), t.paths.dir, target, passphrase, false, fastKdf(), progress).ok());
    CHECK(seen.steps.contains(QStringLiteral("Copying your vault")));
    CHECK(seen.steps.contains(QStringLiteral("Writing the backup file")));

    QTemporaryDir restoreDir;
    Vault restored(VaultPaths{restoreDir.path()});
    Progress quiet;
    Result<exchange::OpenedBackup> opened = exchange::openBackup(target, passphrase, quiet);
    REQUIRE(opened.ok());
    auto stopNow = std::make_shared<std::atomic_bool>(true);
    Progress stopping({}, stopNow);
    Result<CreatedVault> created
        = exchange::restoreBackup(restored, opened.value(), secret(kTestPin), SecretKind::Pin, fastKdf(), stopping);
    REQUIRE_FALSE(created.ok());
    CHECK(created.code() == ErrorCode::Cancelled);
    for (const QString& name : filesIn(restoreDir.path())) {
        // Only what holds no content may be there: the claim's lock file.
        CHECK(name == QStringLiteral("tideline.lock"));
    }
    CHECK_FALSE(QFile::exists(VaultPaths{restoreDir.path()}.keyslots()));
    CHECK_FALSE(QFile::exists(VaultPaths{restoreDir.path()}.database()));
    // Then it restores when let run.
    REQUIRE(
        exchange::restoreBackup(restored, opened.value(), secret(kTestPin), SecretKind::Pin, fastKdf(), quiet).ok());
    CHECK(scalar(restored.database(), "SELECT count(*) FROM entry;") == 50);
}

TEST_CASE("The demo vault can be asked for a number of entries and stopped", "[demo][progress]")
{
    TestVault t;
    demo::DemoOptions options;
    options.years = 1;
    options.entries = 40;
    options.wordsPerEntry = 20;
    Seen seen;
    Progress progress = watching(seen);
    Result<demo::DemoSummary> made = demo::fillDemoVault(t.vault->database(), options, t.clock, progress);
    REQUIRE(made.ok());
    CHECK(made.value().entries == 40);
    CHECK(seen.steps.contains(QStringLiteral("Writing invented journal entries")));

    TestVault other;
    auto stop = std::make_shared<std::atomic_bool>(true);
    Progress stopped({}, stop);
    CHECK(demo::fillDemoVault(other.vault->database(), options, other.clock, stopped).code() == ErrorCode::Cancelled);
    options.entries = demo::kMaxDemoEntries + 1;
    TestVault third;
    CHECK(demo::fillDemoVault(third.vault->database(), options, third.clock).code() == ErrorCode::InvalidInput);
}
