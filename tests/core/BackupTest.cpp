// core/exchange: encrypted backup and restore (DESIGN.md sections 3 and 5.5).
#include "core/exchange/Backup.h"
#include "core/exchange/JsonExport.h"
#include "core/exchange/Restore.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/storage/Sqlite.h"

#include "FileProbe.h"
#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sodium.h>

using namespace tideline;
using namespace tideline::test;

namespace {

const char* const kBackupPassphrase = "harbour lantern quiet morning";
const QString kSentinel = QStringLiteral("TIDELINE-SENTINEL-b4ck0p safe word driftwood");

// The header's checksum recomputed after an edit, as a newer Tideline would have written it
// (docs/BACKUP-FORMAT.md: BLAKE2b-256 of bytes 0-95 keyed with "tideline-backup-header-v1").
QByteArray withHeaderChecksum(QByteArray file)
{
    static constexpr unsigned char kContext[] = "tideline-backup-header-v1";
    crypto_generichash(reinterpret_cast<unsigned char*>(file.data()) + 96, 32,
        reinterpret_cast<const unsigned char*>(file.constData()), 96, kContext, sizeof kContext - 1);
    return file;
}

void exec(Database& db, const char* sql)
{
    INFO(sql);
    REQUIRE(db.exec(sql).ok());
}

// Entries (through the repository, so the FTS5 triggers run), tags, check-ins, the safety plan,
// with text that is easy to get wrong.
void fill(TestVault& tv)
{
    journal::JournalRepository journal(tv.vault->database(), tv.clock);
    journal::EntryDraft first;
    first.day = QDate(2026, 1, 1);
    first.title = QStringLiteral("Sea glass 🌊");
    first.body = kSentinel + QStringLiteral(" and a walk by the estuary; שלום a\u200Db");
    first.tags = {QStringLiteral("walks"), QStringLiteral("👩‍👧 family")};
    REQUIRE(journal.create(first).ok());
    journal::EntryDraft second;
    second.day = QDate(2026, 1, 2);
    second.body = QStringLiteral("Slept badly, then the heron came back.");
    REQUIRE(journal.create(second, true).ok()); // a draft too
    exec(tv.vault->database(),
        "INSERT INTO checkin (day, created_at, updated_at, note) VALUES "
        "('2026-01-01', '2026-01-01T09:00:00.000Z', '2026-01-01T10:00:00.000Z', 'calm');"
        "INSERT INTO checkin_value (day, metric_id, value, updated_at) SELECT '2026-01-01', id, 7.5, "
        "'2026-01-01T10:00:00.000Z' FROM metric WHERE key = 'sleep_hours';"
        "INSERT INTO safety_plan_item (section, text, checked, builtin, sort_order, created_at, updated_at) VALUES "
        "('warning_sign', 'I stop eating', 0, 0, 1, '2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z');"
        "INSERT INTO safety_contact (name, phone, note, kind, sort_order, created_at) VALUES "
        "('Sam', '+44 20 7946 0000', NULL, 'person', 1, '2026-01-01T09:00:00.000Z');");
}

// Everything a person wrote, as the JSON export sees it (time stamp fixed).
QByteArray content(Database& db)
{
    ManualClock clock;
    Result<QByteArray> json = exchange::exportJson(db, clock);
    REQUIRE(json.ok());
    return json.value();
}

struct Backed
{
    TestVault source;
    QTemporaryDir out;
    QString file;

    Backed()
    {
        fill(source);
        // Opened as the app and the CLI open it (without SQLITE_OPEN_CREATE), not as created.
        source.restart();
        REQUIRE(source.vault->unlock(secret(kTestPin)).ok());
        // Deleted a moment ago: its words still wait to leave the index (migration 0006).
        journal::JournalRepository journal(source.vault->database(), source.clock);
        journal::EntryDraft gone;
        gone.body = QStringLiteral("A cormorant, then nothing.");
        REQUIRE(journal.remove(journal.create(gone).value()).ok());
        REQUIRE(journal::JournalRepository::deletedWordsWaiting(source.vault->database()).value() == 1);
        file = QDir(out.path()).filePath(QStringLiteral("tideline.backup"));
        const Status made = exchange::backupVault(
            source.vault->database(), source.paths.dir, file, secret(kBackupPassphrase), false, fastKdf());
        INFO((made.ok() ? std::string() : made.error().message.toStdString()));
        REQUIRE(made.ok());
    }
};

// Restores `file` into a new folder below parent; the result, the folder and its Vault.
struct Restored
{
    QTemporaryDir parent;
    QString dir;
    std::unique_ptr<Vault> vault;
    Result<CreatedVault> result = Error::make(ErrorCode::Internal, QString());

    Restored(const QString& file, const char* passphrase)
    {
        dir = QDir(parent.path()).filePath(QStringLiteral("restored"));
        vault = std::make_unique<Vault>(VaultPaths{dir});
        auto opened = exchange::openBackup(file, secret(passphrase));
        if (!opened) {
            result = opened.error();
            return;
        }
        result = exchange::restoreBackup(*vault, opened.value(), secret("135790"), SecretKind::Pin, fastKdf());
    }

    // What the folder holds apart from the lock this process keeps while the Vault lives.
    QStringList leftovers() const
    {
        QStringList names = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        names.removeAll(QStringLiteral("tideline.lock"));
        return names;
    }
};

} // namespace

TEST_CASE("Backup, then restore into a new folder: the same content, and search works", "[backup]")
{
    Backed backed;
    Restored restored(backed.file, kBackupPassphrase);
    INFO((restored.result.ok() ? std::string() : restored.result.error().message.toStdString()));
    REQUIRE(restored.result.ok());
    CHECK(restored.vault->isUnlocked());
    CHECK(restored.result.value().recoveryCode.size() > 20);

    CHECK(content(restored.vault->database()) == content(backed.source.vault->database()));
    journal::JournalRepository journal(restored.vault->database(), backed.source.clock);
    auto hits = journal.search(journal::SearchQuery::forText(QStringLiteral("estuary")));
    REQUIRE(hits.ok());
    CHECK(hits.value().size() == 1);
    CHECK(hits.value().front().title == QStringLiteral("Sea glass 🌊"));
    // The index holds the draft too, as in the source, and finds nothing that was never written.
    auto heron = journal.search(journal::SearchQuery::forText(QStringLiteral("heron")));
    REQUIRE(heron.ok());
    CHECK(heron.value().size() == 1);
    auto absent = journal.search(journal::SearchQuery::forText(QStringLiteral("albatross")));
    REQUIRE(absent.ok());
    CHECK(absent.value().empty());
    // The entry deleted just before the backup: its words left the index before the copy was made.
    CHECK(journal::JournalRepository::deletedWordsWaiting(backed.source.vault->database()).value() == 0);
    CHECK(journal::JournalRepository::deletedWordsWaiting(restored.vault->database()).value() == 0);
    CHECK(journal.search(journal::SearchQuery::forText(QStringLiteral("cormorant"))).value().empty());

    auto version = restored.vault->database().userVersion();
    REQUIRE(version.ok());
    CHECK(version.value() == Migrator::latestVersion());
    CHECK(restored.vault->verify().ok());

    // The new vault opens with its new PIN after a restart; its own key, not the backup's.
    restored.vault->lock();
    restored.vault = std::make_unique<Vault>(VaultPaths{restored.dir});
    REQUIRE(restored.vault->unlock(secret("135790")).ok());
    CHECK(content(restored.vault->database()) == content(backed.source.vault->database()));
    CHECK_FALSE(QFile::exists(QDir(restored.dir).filePath(exchange::restorePartName())));
}

TEST_CASE("A backup file holds no plain text and is readable by its owner only", "[backup]")
{
    Backed backed;
    CHECK(filesContaining(backed.out.path(), kSentinel).isEmpty());
    CHECK(filesContaining(backed.out.path(), QStringLiteral("estuary")).isEmpty());
    CHECK(filesContaining(backed.out.path(), QByteArray("SQLite format 3")).isEmpty());
    CHECK(
        QFile::permissions(backed.file) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    // Only the backup is left: no temporary file beside it, none in the vault's folder.
    CHECK(QDir(backed.out.path()).entryList(QDir::Files | QDir::Hidden)
        == QStringList{QStringLiteral("tideline.backup")});
    CHECK(QDir(backed.source.paths.dir).entryList({exchange::backupPartPrefix() + QLatin1Char('*')}).isEmpty());
}

TEST_CASE("After a backup, ATTACH is refused again on the vault's connection", "[backup]")
{
    Backed backed;
    sqlite3* handle = backed.source.vault->database().handle();
    CHECK(sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, -1) == 0); // -1 reads the limit
    int defensive = -1;
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    CHECK(defensive == 1); // sqlcipher_export lifted it only for the copy
    // An existing empty file, so that only the limit can stop the ATTACH (the vault's
    // connection, opened without create, cannot make a missing one anyway).
    QTemporaryDir other;
    const QString plain = QDir(other.path()).filePath(QStringLiteral("x.db"));
    REQUIRE(writeAll(plain, QByteArray()));
    const QByteArray attach = "ATTACH DATABASE '" + QFile::encodeName(plain) + "' AS x KEY '';";
    const Status refused = backed.source.vault->database().exec(attach.constData());
    CHECK_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::Internal); // "too many attached databases", not a file problem
    CHECK(readAll(plain).isEmpty());
    // The vault itself carries on.
    CHECK(backed.source.vault->database().exec("SELECT count(*) FROM entry;").ok());
}

TEST_CASE("A backup does not replace a file unless asked, and a missing folder is refused", "[backup]")
{
    Backed backed;
    const QByteArray before = readAll(backed.file);
    const Status again = exchange::backupVault(backed.source.vault->database(), backed.source.paths.dir, backed.file,
        secret(kBackupPassphrase), false, fastKdf());
    REQUIRE_FALSE(again.ok());
    CHECK(again.code() == ErrorCode::CannotWrite);
    CHECK(readAll(backed.file) == before);

    const Status missing = exchange::backupVault(backed.source.vault->database(), backed.source.paths.dir,
        QDir(backed.out.path()).filePath(QStringLiteral("no/such/folder.backup")), secret(kBackupPassphrase), false,
        fastKdf());
    CHECK(missing.code() == ErrorCode::CannotWrite);

    const Status replaced = exchange::backupVault(backed.source.vault->database(), backed.source.paths.dir, backed.file,
        secret(kBackupPassphrase), true, fastKdf());
    CHECK(replaced.ok());
    CHECK(readAll(backed.file) != before); // a fresh salt
}

TEST_CASE("Restore refuses a wrong passphrase, damage and foreign files, and leaves the folder empty", "[backup]")
{
    Backed backed;
    const QByteArray good = readAll(backed.file);
    QTemporaryDir work;
    const QString copy = QDir(work.path()).filePath(QStringLiteral("copy.backup"));
    auto variant = [&](const QByteArray& bytes) {
        QFile::remove(copy);
        REQUIRE(writeAll(copy, bytes));
        return copy;
    };

    SECTION("wrong passphrase")
    {
        Restored r(backed.file, "harbour lantern quiet evening");
        REQUIRE_FALSE(r.result.ok());
        CHECK(r.result.code() == ErrorCode::WrongSecret);
        CHECK(r.result.error().message.startsWith(QStringLiteral("That backup passphrase does not open this backup.")));
        CHECK(r.leftovers().isEmpty());
    }
    SECTION("a passphrase too short to be any")
    {
        Restored r(backed.file, "abc");
        CHECK(r.result.code() == ErrorCode::WrongSecret);
    }
    SECTION("cut short")
    {
        Restored r(variant(good.left(good.size() - 100)), kBackupPassphrase);
        CHECK(r.result.code() == ErrorCode::DamagedDatabase);
        CHECK(r.result.error().message.contains(QStringLiteral("damaged")));
        CHECK(r.leftovers().isEmpty());
    }
    SECTION("cut to the header")
    {
        Restored r(variant(good.left(64)), kBackupPassphrase);
        CHECK(r.result.code() == ErrorCode::DamagedDatabase);
    }
    SECTION("one byte appended")
    {
        Restored r(variant(good + QByteArray(1, 'x')), kBackupPassphrase);
        CHECK(r.result.code() == ErrorCode::DamagedDatabase);
    }
    SECTION("one flipped byte in the header's parameters")
    {
        QByteArray bad = good;
        bad[30] = static_cast<char>(bad[30] ^ 0x01); // the memory limit
        Restored r(variant(bad), kBackupPassphrase);
        CHECK(r.result.code() == ErrorCode::DamagedDatabase);
        CHECK(r.leftovers().isEmpty());
    }
    SECTION("one flipped byte in the header's salt")
    {
        QByteArray bad = good;
        bad[40] = static_cast<char>(bad[40] ^ 0x80);
        Restored r(variant(bad), kBackupPassphrase);
        CHECK(r.result.code() == ErrorCode::DamagedDatabase);
    }
    SECTION("one flipped byte in the body")
    {
        QByteArray bad = good;
        const qsizetype middle = 128 + (good.size() - 160) / 2;
        bad[middle] = static_cast<char>(bad[middle] ^ 0x01);
        Restored r(variant(bad), kBackupPassphrase);
        CHECK(r.result.code() == ErrorCode::DamagedDatabase);
        CHECK(r.leftovers().isEmpty());
    }
    SECTION("one flipped byte in the file MAC")
    {
        QByteArray bad = good;
        bad[bad.size() - 1] = static_cast<char>(bad[bad.size() - 1] ^ 0x01);
        Restored r(variant(bad), kBackupPassphrase);
        CHECK(r.result.code() == ErrorCode::DamagedDatabase);
    }
    SECTION("not a backup at all")
    {
        Restored r(variant(QByteArray("day,mood\n2026-01-01,5\n")), kBackupPassphrase);
        CHECK(r.result.code() == ErrorCode::InvalidInput);
        CHECK(r.result.error().message.contains(QStringLiteral("not a Tideline backup")));
        Restored empty(variant(QByteArray()), kBackupPassphrase);
        CHECK(empty.result.code() == ErrorCode::InvalidInput);
        Restored vaultFile(backed.source.paths.database(), kBackupPassphrase);
        CHECK(vaultFile.result.code() == ErrorCode::InvalidInput);
    }
    SECTION("a newer format version, its header intact")
    {
        QByteArray newer = good;
        newer[19] = 2;
        Restored r(variant(withHeaderChecksum(newer)), kBackupPassphrase);
        CHECK(r.result.code() == ErrorCode::NewerVersion);
        CHECK(r.leftovers().isEmpty());
    }
    SECTION("every single flipped bit of the format version reads as damage, never as a newer Tideline")
    {
        for (int offset = 16; offset < 20; ++offset) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray flipped = good;
                flipped[offset] = static_cast<char>(flipped[offset] ^ (1 << bit));
                INFO("byte " << offset << " bit " << bit);
                CHECK(exchange::BackupHeader::parse(flipped.left(128)).code() == ErrorCode::DamagedDatabase);
            }
        }
    }
    SECTION("a format version far beyond any next one is damage, even with the header intact")
    {
        QByteArray far = good;
        far[17] = 1; // version 65,537
        CHECK(exchange::BackupHeader::parse(withHeaderChecksum(far).left(128)).code() == ErrorCode::DamagedDatabase);
    }
    SECTION("a missing file")
    {
        Restored r(QDir(work.path()).filePath(QStringLiteral("nothing-here.backup")), kBackupPassphrase);
        CHECK_FALSE(r.result.ok());
        CHECK(r.result.error().message.contains(QStringLiteral("could not read")));
    }
}

TEST_CASE("A backup of a newer schema is refused as made by a newer Tideline", "[backup]")
{
    TestVault tv;
    REQUIRE(tv.vault->database().setUserVersion(Migrator::latestVersion() + 1).ok());
    QTemporaryDir out;
    const QString file = QDir(out.path()).filePath(QStringLiteral("newer.backup"));
    REQUIRE(exchange::backupVault(tv.vault->database(), tv.paths.dir, file, secret(kBackupPassphrase), false, fastKdf())
                .ok());
    Restored r(file, kBackupPassphrase);
    CHECK(r.result.code() == ErrorCode::NewerVersion);
    CHECK(r.leftovers().isEmpty());
}

TEST_CASE("Restore goes only into an empty folder and changes nothing that is there", "[backup]")
{
    Backed backed;
    auto opened = exchange::openBackup(backed.file, secret(kBackupPassphrase));
    REQUIRE(opened.ok());

    SECTION("a folder with someone's file in it")
    {
        QTemporaryDir dir;
        REQUIRE(writeAll(QDir(dir.path()).filePath(QStringLiteral("notes.txt")), "mine"));
        Vault vault(VaultPaths{dir.path()});
        auto result = exchange::restoreBackup(vault, opened.value(), secret("135790"), SecretKind::Pin, fastKdf());
        CHECK(result.code() == ErrorCode::InvalidInput);
        CHECK(readAll(QDir(dir.path()).filePath(QStringLiteral("notes.txt"))) == "mine");
        QStringList names = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        names.removeAll(QStringLiteral("tideline.lock"));
        CHECK(names == QStringList{QStringLiteral("notes.txt")});
    }
    SECTION("a folder with a vault")
    {
        auto result = exchange::restoreBackup(
            *backed.source.vault, opened.value(), secret("135790"), SecretKind::Pin, fastKdf());
        CHECK(result.code() == ErrorCode::VaultExists);
    }
    SECTION("a new PIN that is too short")
    {
        QTemporaryDir dir;
        Vault vault(VaultPaths{dir.path()});
        auto result = exchange::restoreBackup(vault, opened.value(), secret("123"), SecretKind::Pin, fastKdf());
        CHECK(result.code() == ErrorCode::InvalidInput);
        CHECK(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("tideline.db")).isEmpty());
    }
    SECTION("a leftover of a restore that died is cleared")
    {
        QTemporaryDir dir;
        REQUIRE(writeAll(QDir(dir.path()).filePath(exchange::restorePartName()), "half"));
        Vault vault(VaultPaths{dir.path()});
        auto result
            = exchange::restoreBackup(vault, opened.value(), secret("a passphrase"), SecretKind::Passphrase, fastKdf());
        REQUIRE(result.ok());
        CHECK_FALSE(QFile::exists(QDir(dir.path()).filePath(exchange::restorePartName())));
    }
}
