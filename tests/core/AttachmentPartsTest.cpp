// A file's bytes in a JSON export are split over records of at most 3 MiB (export version 3,
// core/exchange/json/AttachmentParts.h), so a file of any size Tideline keeps imports again:
// before, a file over about 48 MB became one record over the import's 64 MB limit. The size of
// a record no longer depends on the file's, which these tests check on a three-part file; parts
// that are missing, out of order, for another file or of the wrong length refuse the import.
#include "core/exchange/json/AttachmentParts.h"
#include "RandomBytes.h"
#include "SqlScalar.h"
#include "TestVault.h"
#include "core/attachments/AttachmentStore.h"
#include "core/common/Progress.h"
#include "core/exchange/JsonExport.h"
#include "core/exchange/JsonImport.h"
#include "core/exchange/JsonStream.h"
#include "core/records/RecordRepository.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <random>

using namespace tideline;
using namespace tideline::test;

namespace {

// A record with one file of `size` random bytes; returns the bytes.
QByteArray addRecordWithFile(TestVault& tv, qsizetype size)
{
    Database& db = tv.vault->database();
    records::RecordFields fields;
    fields.day = tv.clock.nowUtc().toLocalTime().date().addDays(-2);
    fields.whatHappened = QStringLiteral("Messages all night \u202Eعربى\u202C 📱");
    const Result<qint64> record = records::RecordRepository(db, tv.clock).create(fields);
    INFO((record.ok() ? std::string() : record.error().message.toStdString()));
    REQUIRE(record.ok());
    QByteArray bytes = randomBytes(size, 7);
    QBuffer source(&bytes);
    source.open(QIODevice::ReadOnly);
    attachments::AttachmentStore store(db, tv.clock);
    REQUIRE(store
                .add(source, QStringLiteral("screen recording.mp4"), size,
                    attachments::AddOptions{attachments::AttachmentOwner::record(record.value()), {}, {}})
                .ok());
    return bytes;
}

Result<exchange::ImportSummary> importText(Database& db, const QByteArray& json)
{
    QBuffer file;
    file.setData(json);
    file.open(QIODevice::ReadOnly);
    Progress quiet;
    return exchange::importJson(db, file, quiet);
}

QByteArray storedBytes(Database& db)
{
    attachments::AttachmentStore store(db, SystemClock::instance());
    const QList<attachments::Attachment> all = store.page(0, 10).value();
    REQUIRE(all.size() == 1);
    return store.readAll(all.first(), attachments::kMaxFileBytes).value();
}

qsizetype longestLine(const QByteArray& text)
{
    qsizetype longest = 0;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0) {
            end = text.size();
        }
        longest = qMax(longest, end - start);
        start = end + 1;
    }
    return longest;
}

} // namespace

TEST_CASE("A file larger than a part leaves in parts and comes back byte for byte", "[records][exchange]")
{
    TestVault source;
    // Two whole parts and a few bytes: three records.
    const QByteArray bytes = addRecordWithFile(source, 2 * exchange::kAttachmentPartBytes + 5);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("export.json"));
    Progress quiet;
    REQUIRE(exchange::writeJsonExport(source.vault->database(), source.clock, false, path, false, quiet).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    CHECK(json.contains("\"version\": 3"));
    CHECK(json.contains("\"parts\":3"));
    CHECK(json.contains("\"part\":2"));
    CHECK(json.contains("\"part\":3"));
    CHECK_FALSE(json.contains("\"part\":4"));
    // No record holds more than a part, whatever the file's size.
    CHECK(longestLine(json) < exchange::kAttachmentPartBytes * 4 / 3 + 1024);
    CHECK(longestLine(json) > exchange::kAttachmentPartBytes * 4 / 3);

    TestVault target;
    file.seek(0);
    Result<exchange::ImportSummary> imported = exchange::importJson(target.vault->database(), file, quiet);
    INFO((imported.ok() ? std::string() : imported.error().message.toStdString()));
    REQUIRE(imported.ok());
    CHECK(imported.value().records == 1);
    CHECK(imported.value().attachments == 1);
    CHECK(storedBytes(target.vault->database()) == bytes);

    // Again: the file is known by its uid, its parts are passed over, nothing changes.
    file.seek(0);
    Result<exchange::ImportSummary> again = exchange::importJson(target.vault->database(), file, quiet);
    INFO((again.ok() ? std::string() : again.error().message.toStdString()));
    REQUIRE(again.ok());
    CHECK(again.value().attachments == 0);
    CHECK(scalar(target.vault->database(), "SELECT count(*) FROM attachment;") == 1);
}

TEST_CASE("Parts of any size import, and a file of an older export in one part still does", "[records][exchange]")
{
    TestVault source;
    const QByteArray bytes = addRecordWithFile(source, 10'000);
    const QByteArray exported = exchange::exportJson(source.vault->database(), source.clock).value();
    QJsonObject root = QJsonDocument::fromJson(exported).object();
    const QJsonObject head = root.value(QLatin1String("attachments")).toArray().first().toObject();
    CHECK(head.value(QLatin1String("parts")).toInt() == 1);

    SECTION("written by hand in three uneven parts, one of them empty")
    {
        QJsonObject first = head;
        first.insert(QStringLiteral("parts"), 4);
        first.insert(QStringLiteral("data"), QString::fromLatin1(bytes.left(7).toBase64()));
        const QString uid = head.value(QLatin1String("uid")).toString();
        const auto part = [&](int n, const QByteArray& piece) {
            return QJsonObject{{QStringLiteral("part_of"), uid}, {QStringLiteral("part"), n},
                {QStringLiteral("data"), QString::fromLatin1(piece.toBase64())}};
        };
        root.insert(QStringLiteral("attachments"),
            QJsonArray{first, part(2, bytes.mid(7, 9000)), part(3, QByteArray()), part(4, bytes.mid(9007))});
        CHECK(root.value(QLatin1String("attachments")).toArray().size() == 4);
    }
    SECTION("as export version 2 wrote it: no parts, all bytes in one data")
    {
        QJsonObject old = head;
        old.remove(QStringLiteral("parts"));
        root.insert(QStringLiteral("attachments"), QJsonArray{old});
        root.insert(QStringLiteral("version"), 2);
        CHECK_FALSE(
            root.value(QLatin1String("attachments")).toArray().first().toObject().contains(QLatin1String("parts")));
    }
    TestVault target;
    Result<exchange::ImportSummary> imported
        = importText(target.vault->database(), QJsonDocument(root).toJson(QJsonDocument::Indented));
    INFO((imported.ok() ? std::string() : imported.error().message.toStdString()));
    REQUIRE(imported.ok());
    CHECK(imported.value().attachments == 1);
    CHECK(storedBytes(target.vault->database()) == bytes);
}

TEST_CASE("A part missing, out of order, for another file or of the wrong length refuses the whole import",
    "[records][exchange]")
{
    TestVault source;
    addRecordWithFile(source, exchange::kAttachmentPartBytes + 300);
    const QByteArray json = exchange::exportJson(source.vault->database(), source.clock).value();
    const qsizetype partAt = json.indexOf(",\n    {\"part_of\":");
    REQUIRE(partAt > 0);
    const qsizetype partEnd = json.indexOf('\n', partAt + 2);
    REQUIRE(partEnd > partAt);

    const QByteArray realSize = "\"size\":" + QByteArray::number(exchange::kAttachmentPartBytes + 300);
    const qsizetype list = json.indexOf("\"attachments\": [");
    REQUIRE(list > 0);
    QByteArray notBase64 = json;
    notBase64[partEnd - 20] = '!';
    struct Damage
    {
        const char* what;
        QByteArray json;
        QString expected;
    };
    const QList<Damage> damages{
        {"the second part is missing", json.left(partAt) + json.mid(partEnd),
            QStringLiteral("attachments[0]: the file's bytes stop after part 1 of 2")},
        {"the second part says it is the third", QByteArray(json).replace("\"part\":2", "\"part\":3"),
            QStringLiteral("attachments[1]: should be part 2 of the file in attachments[0]")},
        {"the second part belongs to another file", QByteArray(json).replace("{\"part_of\":\"", "{\"part_of\":\"0"),
            QStringLiteral("attachments[1]: should be part 2")},
        // The file's own record taken out: its second part comes first in the list.
        {"a part comes with no file before it", json.left(list) + "\"attachments\": [\n    " + json.mid(partAt + 6),
            QStringLiteral("attachments[0]: is a part of a file whose first part is not right before it")},
        {"the second part is not base64", notBase64, QStringLiteral("attachments[1].data: is not base64")},
        {"the parts hold more bytes than the file's size", QByteArray(json).replace(realSize, "\"size\":1000"),
            QStringLiteral("attachments[0]: holds more bytes than the 1 KB its \"size\" says")},
        {"the parts hold fewer bytes than the file's size",
            QByteArray(json).replace(realSize, "\"size\":" + QByteArray::number(exchange::kAttachmentPartBytes + 301)),
            QStringLiteral("attachments[0]: holds fewer bytes than the")},
    };
    TestVault target;
    Database& db = target.vault->database();
    for (const Damage& damage : damages) {
        INFO(damage.what);
        REQUIRE(damage.json != json);
        Result<exchange::ImportSummary> refused = importText(db, damage.json);
        REQUIRE_FALSE(refused.ok());
        INFO(refused.error().message.toStdString());
        CHECK(refused.code() == ErrorCode::InvalidInput);
        CHECK(refused.error().message.startsWith(QStringLiteral("Line ")));
        CHECK(refused.error().message.contains(damage.expected));
        CHECK(refused.error().message.endsWith(QStringLiteral("Nothing was imported.")));
        CHECK(scalar(db,
                  "SELECT (SELECT count(*) FROM record) + (SELECT count(*) FROM attachment) + "
                  "(SELECT count(*) FROM attachment_chunk);")
            == 0);
    }
    // The file as it was written imports.
    CHECK(importText(db, json).ok());
    CHECK(scalar(db, "SELECT count(*) FROM attachment;") == 1);
}
