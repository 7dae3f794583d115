// Incident records (core/records): every save kept, deleting in two steps with undo until the
// vault locks, search, kinds, odd text, and never in "on this day".
#include "core/records/RecordRepository.h"
#include "FileProbe.h"
#include "TestVault.h"
#include "core/attachments/AttachmentStore.h"
#include "core/journal/Entry.h"
#include "core/journal/JournalRepository.h"
#include "core/records/RecordKindRepository.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace tideline;
using namespace tideline::records;
using namespace tideline::test;

namespace {

RecordFields sample()
{
    RecordFields f;
    f.day = QDate(2025, 11, 2);
    f.time = QTime(21, 30);
    f.place = QStringLiteral("The kitchen at home");
    f.whatHappened = QStringLiteral("He shouted and threw my phone against the wall.\nI left for my sister's.");
    f.injuries = QStringLiteral("A cut on my hand");
    f.witnesses = QStringLiteral("Nobody");
    f.told = QStringLiteral("My sister, the next morning");
    f.sawDoctor = false;
    f.sensitive = true;
    return f;
}

qint64 kindId(Database& db, const QString& key)
{
    Result<QList<RecordKind>> kinds = RecordKindRepository(db, SystemClock::instance()).all(true);
    REQUIRE(kinds.ok());
    for (const RecordKind& k : kinds.value()) {
        if (k.key == key) {
            return k.id;
        }
    }
    FAIL("no kind " << key.toStdString());
    return 0;
}

} // namespace

TEST_CASE("A record keeps every save with its time, and shows when it was written and changed", "[records]")
{
    TestVault tv;
    auto& db = tv.vault->database();
    RecordRepository repo(db, tv.clock);
    RecordFields fields = sample();
    fields.kindIds = {kindId(db, QStringLiteral("threats")), kindId(db, QStringLiteral("property"))};
    const QDateTime written = tv.clock.nowUtc();
    Result<qint64> id = repo.create(fields);
    REQUIRE(id.ok());

    tv.clock.advanceSeconds(3600);
    RecordFields second = fields;
    second.injuries = QStringLiteral("A cut on my hand, and a bruise I noticed later");
    second.sawDoctor = true;
    REQUIRE(repo.update(id.value(), second).ok());
    const QDateTime changed = tv.clock.nowUtc();

    // The same save again keeps nothing new and does not move "changed on".
    tv.clock.advanceSeconds(60);
    REQUIRE(repo.update(id.value(), second).ok());

    tv.clock.advanceSeconds(86400);
    RecordFields third = second;
    third.kindIds = {kindId(db, QStringLiteral("threats"))};
    third.approximate = true;
    REQUIRE(repo.update(id.value(), third).ok());
    const QDateTime changedAgain = tv.clock.nowUtc();

    Result<Record> record = repo.get(id.value());
    REQUIRE(record.ok());
    CHECK(record.value().createdAt == written);
    CHECK(record.value().updatedAt == changedAgain);
    CHECK(record.value().changedAt == QList<QDateTime>{changed, changedAgain});
    CHECK(record.value().fields == third);
    CHECK(record.value().kindLabels == QStringList{QStringLiteral("Threats")});
    CHECK(record.value().uid.size() == 32);

    Result<QList<RecordVersion>> history = repo.history(id.value());
    REQUIRE(history.ok());
    REQUIRE(history.value().size() == 3);
    CHECK(history.value().at(0).savedAt == written);
    CHECK(history.value().at(0).fields.injuries == QStringLiteral("A cut on my hand"));
    CHECK(history.value().at(0).fields.sawDoctor == false);
    CHECK(
        history.value().at(0).kindLabels == QStringList{QStringLiteral("Threats"), QStringLiteral("Damage to things")});
    CHECK(history.value().at(1).fields.sawDoctor == true);
    CHECK(history.value().at(1).fields.time == QTime(21, 30));
    CHECK(history.value().at(2).fields.approximate);
    CHECK(history.value().at(2).kindLabels == QStringList{QStringLiteral("Threats")});

    // A kind renamed later does not rewrite history.
    REQUIRE(RecordKindRepository(db, tv.clock)
                .rename(kindId(db, QStringLiteral("threats")), QStringLiteral("Threats made"))
                .ok());
    CHECK(repo.history(id.value()).value().at(0).kindLabels.first() == QStringLiteral("Threats"));
    CHECK(repo.get(id.value()).value().kindLabels.first() == QStringLiteral("Threats made"));

    // Saved versions can never be changed, even by hand.
    CHECK_FALSE(db.exec("UPDATE record_version SET fields = '{}';").ok());
}

TEST_CASE("Adding or removing a file keeps a version that names it with its hash", "[records]")
{
    TestVault tv;
    auto& db = tv.vault->database();
    RecordRepository repo(db, tv.clock);
    const qint64 id = repo.create(sample()).value();
    attachments::AttachmentStore store(db, tv.clock);
    QByteArray bytes("%PDF-1.4 the message");
    QBuffer source(&bytes);
    source.open(QIODevice::ReadOnly);
    tv.clock.advanceSeconds(30);
    attachments::AddOptions options{attachments::AttachmentOwner::record(id), {},
        [&](const attachments::Attachment&) { return repo.keepVersion(id); }};
    const attachments::Attachment a = store.add(source, QStringLiteral("message.pdf"), bytes.size(), options).value();
    QList<RecordVersion> history = repo.history(id).value();
    REQUIRE(history.size() == 2);
    REQUIRE(history.last().files.size() == 1);
    CHECK(history.last().files.first().name == QStringLiteral("message.pdf"));
    CHECK(history.last().files.first().sha256 == a.sha256);
    CHECK(history.last().fields == history.first().fields);
}

TEST_CASE("Deleting a record can be undone until the vault locks, then it is gone for good", "[records]")
{
    TestVault tv;
    auto& db = tv.vault->database();
    RecordRepository repo(db, tv.clock);
    RecordFields fields = sample();
    fields.whatHappened = QStringLiteral("Marigoldsentinel was written on the mirror");
    const qint64 id = repo.create(fields).value();
    attachments::AttachmentStore store(db, tv.clock);
    QByteArray bytes("photo bytes");
    QBuffer source(&bytes);
    source.open(QIODevice::ReadOnly);
    REQUIRE(
        store
            .add(source, QStringLiteral("mirror.jpg"), bytes.size(), {attachments::AttachmentOwner::record(id), {}, {}})
            .ok());

    const qint64 other = repo.create(sample()).value();
    CHECK(repo.keptDays({id, other}).value().size() == 2);
    REQUIRE(repo.remove(other).ok());
    REQUIRE(repo.remove(id).ok());
    CHECK(repo.get(id).code() == ErrorCode::NotFound);
    CHECK(repo.count().value() == 0);
    CHECK(repo.keptDays({id, other, 987654}).value().isEmpty()); // what a tick list asks
    CHECK(repo.listPage(std::nullopt, 10).value().empty());
    CHECK(repo.search(QStringLiteral("marigoldsentinel")).value().empty());
    CHECK(repo.remove(id).code() == ErrorCode::NotFound);
    CHECK(repo.update(id, fields).code() == ErrorCode::NotFound);

    REQUIRE(repo.undoRemove(id).ok());
    CHECK(repo.get(id).ok());
    CHECK(repo.search(QStringLiteral("marigoldsentinel")).value().size() == 1);
    CHECK(store.countOf(attachments::AttachmentOwner::record(id)).value() == 1);

    REQUIRE(repo.remove(id).ok());
    tv.vault->lock();
    REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
    RecordRepository after(tv.vault->database(), tv.clock);
    CHECK(after.undoRemove(id).code() == ErrorCode::NotFound);
    auto left = tv.vault->database().queryFirst("SELECT (SELECT count(*) FROM record) + (SELECT count(*) FROM "
                                                "record_version) + (SELECT count(*) FROM attachment) "
                                                "+ (SELECT count(*) FROM attachment_chunk);");
    REQUIRE(left.ok());
    CHECK(left.value()->columnInt(0) == 0);
    left.value().reset();
    tv.vault->lock();
    CHECK(filesContaining(tv.dir.path(), QStringLiteral("Marigoldsentinel")).isEmpty());
}

TEST_CASE("A record marked deleted when the process died is deleted for good at the next unlock", "[records]")
{
    TestVault tv;
    RecordRepository repo(tv.vault->database(), tv.clock);
    const qint64 id = repo.create(sample()).value();
    REQUIRE(repo.remove(id).ok());
    tv.restart(); // no lock: as after a crash or a kill
    REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
    auto left = tv.vault->database().queryFirst("SELECT count(*) FROM record;");
    REQUIRE(left.ok());
    CHECK(left.value()->columnInt(0) == 0);
}

TEST_CASE("Search finds records by their words, leaves deleted ones out, and marks the match", "[records]")
{
    TestVault tv;
    RecordRepository repo(tv.vault->database(), tv.clock);
    RecordFields a = sample();
    a.place = QStringLiteral("Car park behind the library");
    const qint64 first = repo.create(a).value();
    RecordFields b = sample();
    b.whatHappened = QStringLiteral("Messages all night, threatening to come round");
    b.sensitive = false;
    const qint64 second = repo.create(b).value();

    std::vector<RecordHit> hits = repo.search(QStringLiteral("library")).value();
    REQUIRE(hits.size() == 1);
    CHECK(hits.front().record.id == first);
    CHECK(hits.front().snippet.contains(QChar(journal::kMatchStart)));
    CHECK(hits.front().record.sensitive);
    hits = repo.search(QStringLiteral("threat*")).value();
    REQUIRE(hits.size() == 1);
    CHECK(hits.front().record.id == second);
    CHECK(repo.search(QStringLiteral("OR NEAR(")).value().empty());
    CHECK(repo.search(QString()).value().empty());
}

TEST_CASE("Records list newest first a page at a time, with or without a time of day", "[records]")
{
    TestVault tv;
    tv.clock.set(QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC));
    RecordRepository repo(tv.vault->database(), tv.clock);
    QList<qint64> ids;
    for (int i = 0; i < 7; ++i) {
        RecordFields f;
        f.day = QDate(2026, 1, 10 + i / 2);
        if (i % 2) {
            f.time = QTime(8 + i, 15);
        }
        f.whatHappened = QStringLiteral("Record %1").arg(i);
        ids.append(repo.create(f).value());
    }
    std::vector<RecordSummary> all;
    std::optional<RecordCursor> cursor;
    for (;;) {
        auto page = repo.listPage(cursor, 3);
        REQUIRE(page.ok());
        if (page.value().empty()) {
            break;
        }
        cursor = RecordCursor::after(page.value().back());
        all.insert(all.end(), page.value().begin(), page.value().end());
    }
    REQUIRE(all.size() == 7);
    // Newest day first; within a day the timed record after the untimed one in time order.
    CHECK(all.front().headline == QStringLiteral("Record 6"));
    CHECK(all.at(1).headline == QStringLiteral("Record 5"));
    CHECK(all.at(2).headline == QStringLiteral("Record 4"));
    CHECK(all.back().headline == QStringLiteral("Record 0"));
    CHECK(repo.listPage(std::nullopt, 10, QDate(2026, 1, 11), QDate(2026, 1, 11)).value().size() == 2);
    CHECK(repo.count().value() == 7);
}

TEST_CASE("Record text keeps emoji, right-to-left and zero-width characters, bad days are refused", "[records]")
{
    TestVault tv;
    tv.clock.set(QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC));
    RecordRepository repo(tv.vault->database(), tv.clock);
    RecordFields f;
    f.day = QDate(2026, 1, 31);
    f.whatHappened = QStringLiteral("😢 \u05D4\u05D5\u05D0 \u05E6\u05E2\u05E7 zero\u200Bwidth \u202Ereversed");
    f.place = QStringLiteral("بيت");
    const qint64 id = repo.create(f).value();
    CHECK(repo.get(id).value().fields.whatHappened == f.whatHappened);
    CHECK(repo.get(id).value().fields.place == f.place);

    f.day = QDate(2026, 2, 2);
    CHECK(repo.create(f).code() == ErrorCode::InvalidInput);
    f.day = QDate(1850, 1, 1);
    CHECK(repo.create(f).code() == ErrorCode::InvalidInput);
    f.day = QDate(2026, 1, 31);
    f.place = QString(20'000, u'x');
    Result<qint64> tooLong = repo.create(f);
    CHECK(tooLong.code() == ErrorCode::InvalidInput);
    CHECK(tooLong.error().message.contains(QStringLiteral("Where")));
    // The day defaults to today by the clock.
    RecordFields undated;
    undated.whatHappened = QStringLiteral("today");
    CHECK(repo.get(repo.create(undated).value()).value().fields.day == QDate(2026, 2, 1));
}

TEST_CASE("Records never appear in \"on this day\"", "[records]")
{
    TestVault tv;
    tv.clock.set(QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC));
    RecordFields f;
    f.day = QDate(2025, 3, 4);
    f.whatHappened = QStringLiteral("A year ago today");
    REQUIRE(RecordRepository(tv.vault->database(), tv.clock).create(f).ok());
    journal::JournalRepository journal(tv.vault->database(), tv.clock);
    CHECK(journal.onThisDay(QDate(2026, 3, 4)).value().empty());
    journal::EntryDraft draft;
    draft.day = QDate(2025, 3, 4);
    draft.body = QStringLiteral("A journal entry a year ago");
    REQUIRE(journal.create(draft).ok());
    CHECK(journal.onThisDay(QDate(2026, 3, 4)).value().size() == 1);
}

TEST_CASE("Kinds can be renamed, hidden and added, only the person's own can be deleted", "[records]")
{
    TestVault tv;
    auto& db = tv.vault->database();
    RecordKindRepository kinds(db, tv.clock);
    QList<RecordKind> all = kinds.all().value();
    REQUIRE(all.size() == 7);
    CHECK(all.first().label == QStringLiteral("Pressure or coercion"));
    CHECK(all.last().label == QStringLiteral("Other"));
    const qint64 own = kinds.add(QStringLiteral("  Following me  ")).value();
    CHECK(kinds.all().value().last().label == QStringLiteral("Following me"));
    REQUIRE(kinds.setHidden(all.at(3).id, true).ok());
    CHECK(kinds.all().value().size() == 7);
    CHECK(kinds.all(true).value().size() == 8);
    CHECK(kinds.remove(all.first().id).code() == ErrorCode::InvalidInput);
    CHECK(kinds.add(QStringLiteral("   ")).code() == ErrorCode::InvalidInput);
    CHECK(kinds.ensure(QStringLiteral("following ME")).value() == own);

    RecordRepository repo(db, tv.clock);
    RecordFields f = sample();
    f.kindIds = {own};
    const qint64 id = repo.create(f).value();
    REQUIRE(kinds.remove(own).ok());
    CHECK(repo.get(id).value().kindLabels.isEmpty());
    CHECK(repo.history(id).value().first().kindLabels == QStringList{QStringLiteral("Following me")});
}
