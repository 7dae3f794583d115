#include "TestVault.h"
#include "core/checkup/CheckupRepository.h"
#include "core/checkup/CheckupSchedule.h"
#include "core/checkup/FormCatalogue.h"
#include "core/checkup/Scoring.h"
#include "core/exchange/Backup.h"
#include "core/exchange/JsonExport.h"
#include "core/exchange/JsonImport.h"
#include "core/exchange/Restore.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tideline;
using namespace tideline::checkup;
using namespace tideline::test;

// Check-ups and the person's own forms travel with the JSON export (version 2) and the
// encrypted backup; PHQ-9 question 9 goes into an export only when asked for.

namespace {

const QByteArray kOwnForm = R"({"format":"tideline-checkup","format_version":1,"key":"sleep-check","name":"Sleep check",
    "title":"My sleep check","recall":"the past week","instructions":"In the past week:","source":"Dr Example",
    "terms":"Free to use","options":[{"value":0,"label":"No"},{"value":1,"label":"Yes"}],
    "items":[{"id":"a","text":"Woke in the night 🌙"},{"id":"b","text":"كوابيس"}],
    "scoring":{"method":"sum","min":0,"max":2},"bands":[{"min":0,"max":2,"label":"all"}]})";

void fill(TestVault& tv)
{
    Database& db = tv.vault->database();
    FormCatalogue catalogue(db, tv.clock);
    REQUIRE(catalogue.add(kOwnForm).ok());
    const Form phq = catalogue.find(QStringLiteral("phq9")).value();
    Answers answers;
    for (int i = 1; i <= 8; ++i) {
        answers.insert(QString::number(i), 1);
    }
    answers.insert(QStringLiteral("9"), 2);
    CheckupRepository checkups(db, tv.clock);
    REQUIRE(checkups.record(phq, QDate(2025, 12, 20), answers).ok());
    const Form own = catalogue.find(QStringLiteral("sleep-check")).value();
    REQUIRE(checkups.record(own, QDate(2025, 12, 21), {{QStringLiteral("a"), 1}}).ok());
    REQUIRE(checkups.start(phq, QDate(2025, 12, 30)).ok()); // one left unfinished
    REQUIRE(CheckupSchedule(db).choose(QStringLiteral("phq9"), 2).ok());
}

QJsonObject exported(TestVault& tv, bool withSensitive)
{
    const Result<QByteArray> json = exchange::exportJson(tv.vault->database(), tv.clock, withSensitive);
    REQUIRE(json.ok());
    const QJsonDocument doc = QJsonDocument::fromJson(json.value());
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("The JSON export carries check-ups, own forms and choices, and question 9 only when asked")
{
    TestVault tv;
    fill(tv);
    const QJsonObject without = exported(tv, false);
    CHECK(without.value(QStringLiteral("version")).toInt() == exchange::kJsonExportVersion);
    CHECK(without.value(QStringLiteral("checkup_forms")).toArray().size() == 1);
    const QJsonArray sittings = without.value(QStringLiteral("checkups")).toArray();
    REQUIRE(sittings.size() == 3);
    const QJsonObject phq = sittings.at(0).toObject();
    CHECK(phq.value(QStringLiteral("form")).toString() == QStringLiteral("phq9"));
    CHECK_FALSE(phq.value(QStringLiteral("answers")).toObject().contains(QStringLiteral("9")));
    CHECK(phq.value(QStringLiteral("left_out")).toArray() == QJsonArray{QStringLiteral("9")});
    CHECK(sittings.at(2).toObject().value(QStringLiteral("finished_at")).isNull());
    CHECK(without.value(QStringLiteral("checkup_choices")).toArray().size() == 1);

    const QJsonObject with = exported(tv, true);
    const QJsonObject phqWith = with.value(QStringLiteral("checkups")).toArray().at(0).toObject();
    CHECK(phqWith.value(QStringLiteral("answers")).toObject().value(QStringLiteral("9")).toInt() == 2);
    CHECK_FALSE(phqWith.contains(QStringLiteral("left_out")));
}

TEST_CASE("An export with check-ups imports into another vault, and a second import adds nothing")
{
    TestVault source;
    fill(source);
    const QByteArray json = exchange::exportJson(source.vault->database(), source.clock, true).value();
    TestVault target;
    const Result<exchange::ImportSummary> first = exchange::importJson(target.vault->database(), json);
    REQUIRE(first.ok());
    CHECK(first.value().checkups == 3);
    CHECK(first.value().checkupForms == 1);
    Database& db = target.vault->database();
    const Form own = FormCatalogue(db, target.clock).find(QStringLiteral("Sleep check")).value();
    CHECK(own.items.at(1).text == QStringLiteral("كوابيس"));
    const auto phq = CheckupRepository(db, target.clock).latest(QStringLiteral("phq9")).value();
    REQUIRE(phq.has_value());
    CHECK(phq->answers.value(QStringLiteral("9")) == 2);
    CHECK(CheckupRepository(db, target.clock).unfinished(QStringLiteral("phq9")).value().has_value());
    CHECK(CheckupSchedule(db).choice(QStringLiteral("phq9")).value()->everyWeeks == 2);

    const Result<exchange::ImportSummary> again = exchange::importJson(db, json);
    REQUIRE(again.ok());
    CHECK(again.value().checkups == 0);
    CHECK(again.value().checkupForms == 0);
}

TEST_CASE("A malformed check-up in an import is refused by line and field, and nothing is imported")
{
    TestVault source;
    fill(source);
    QJsonObject root = exported(source, true);
    QJsonArray sittings = root.value(QStringLiteral("checkups")).toArray();
    QJsonObject bad = sittings.at(0).toObject();
    QJsonObject answers = bad.value(QStringLiteral("answers")).toObject();
    answers.insert(QStringLiteral("3"), 7); // PHQ-9 answers run 0 to 3
    bad.insert(QStringLiteral("answers"), answers);
    sittings[0] = bad;
    root.insert(QStringLiteral("checkups"), sittings);
    TestVault target;
    const Result<exchange::ImportSummary> refused
        = exchange::importJson(target.vault->database(), QJsonDocument(root).toJson());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("checkups[0].answers.3")));
    CHECK(refused.error().message.contains(QStringLiteral("Nothing was imported")));
    CHECK(FormCatalogue(target.vault->database(), target.clock).all().value().size() == 3); // the form did not stay

    QJsonObject unknown = exported(source, true);
    QJsonArray list = unknown.value(QStringLiteral("checkups")).toArray();
    QJsonObject first = list.at(0).toObject();
    first.insert(QStringLiteral("form"), QStringLiteral("bdi"));
    list[0] = first;
    unknown.insert(QStringLiteral("checkups"), list);
    const Result<exchange::ImportSummary> noForm
        = exchange::importJson(target.vault->database(), QJsonDocument(unknown).toJson());
    REQUIRE_FALSE(noForm.ok());
    CHECK(noForm.error().message.contains(QStringLiteral("no check-up “bdi”")));
}

TEST_CASE("The encrypted backup carries check-ups and own forms to the restored vault")
{
    TestVault source;
    fill(source);
    QTemporaryDir out;
    const QString file = QDir(out.path()).filePath(QStringLiteral("backup.tlbackup"));
    REQUIRE(exchange::backupVault(
        source.vault->database(), source.paths.dir, file, secret("backup passphrase"), false, fastKdf())
                .ok());
    QTemporaryDir restoredDir;
    Vault restored(VaultPaths{restoredDir.path()}, source.clock);
    const auto opened = exchange::openBackup(file, secret("backup passphrase"));
    REQUIRE(opened.ok());
    REQUIRE(exchange::restoreBackup(restored, opened.value(), secret("135790"), SecretKind::Pin, fastKdf()).ok());
    Database& db = restored.database();
    CHECK(FormCatalogue(db, source.clock).find(QStringLiteral("sleep-check")).ok());
    const auto phq = CheckupRepository(db, source.clock).latest(QStringLiteral("phq9")).value();
    REQUIRE(phq.has_value());
    CHECK(phq->answers.size() == 9);
    CHECK(scoreAnswers(FormCatalogue::builtins().at(1), phq->answers).total == 10);
}
