#include "core/checkup/CheckupRepository.h"
#include "FileProbe.h"
#include "SqlScalar.h"
#include "TestVault.h"
#include "core/checkup/CheckupSchedule.h"
#include "core/checkup/FormCatalogue.h"
#include "core/checkup/Scoring.h"
#include "core/common/Day.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace tideline;
using namespace tideline::checkup;
using namespace tideline::test;

namespace {

Form form(TestVault& tv, const char* key)
{
    return FormCatalogue(tv.vault->database(), tv.clock).find(QLatin1String(key)).value();
}

} // namespace

TEST_CASE("Each answer is kept as it is given, so a check-up left midway loses nothing")
{
    TestVault tv;
    const Form phq = form(tv, "phq9");
    const QDate today = Day::today(tv.clock);
    {
        CheckupRepository checkups(tv.vault->database(), tv.clock);
        const Result<Checkup> started = checkups.start(phq, today);
        REQUIRE(started.ok());
        REQUIRE(checkups.answer(phq, started.value().id, QStringLiteral("1"), 2).ok());
        REQUIRE(checkups.answer(phq, started.value().id, QStringLiteral("2"), 1).ok());
    }
    tv.restart(); // the app quits (or locks) halfway through
    REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
    CheckupRepository checkups(tv.vault->database(), tv.clock);
    const auto open = checkups.unfinished(QStringLiteral("phq9"));
    REQUIRE(open.ok());
    REQUIRE(open.value().has_value());
    CHECK(open.value()->answers.value(QStringLiteral("1")) == 2);
    CHECK(open.value()->answers.value(QStringLiteral("2")) == 1);
    CHECK_FALSE(open.value()->finished());
    REQUIRE(checkups.skip(open.value()->id, QStringLiteral("2")).ok());
    REQUIRE(checkups.finish(open.value()->id).ok());
    CHECK_FALSE(checkups.unfinished(QStringLiteral("phq9")).value().has_value());
    const Checkup done = checkups.get(open.value()->id).value();
    CHECK(done.finished());
    CHECK(done.answers.size() == 1);
    CHECK_FALSE(scoreAnswers(phq, done.answers).total.has_value());
}

TEST_CASE("An answer out of range, an unknown question or a future day saves nothing")
{
    TestVault tv;
    auto& db = tv.vault->database();
    const Form gad = form(tv, "gad7");
    CheckupRepository checkups(db, tv.clock);
    const qint64 id = checkups.start(gad, Day::today(tv.clock)).value().id;

    const Status tooHigh = checkups.answer(gad, id, QStringLiteral("1"), 4);
    REQUIRE_FALSE(tooHigh.ok());
    CHECK(tooHigh.code() == ErrorCode::InvalidInput);
    CHECK(tooHigh.error().message.contains(QStringLiteral("0, 1, 2, 3")));
    CHECK(checkups.answer(gad, id, QStringLiteral("1"), -1).code() == ErrorCode::InvalidInput);
    CHECK(checkups.answer(gad, id, QStringLiteral("8"), 1).code() == ErrorCode::InvalidInput);
    CHECK(scalar(db, "SELECT count(*) FROM checkup_answer") == 0);

    CHECK(checkups.start(gad, Day::today(tv.clock).addDays(1)).code() == ErrorCode::InvalidInput);

    Answers answers{{QStringLiteral("1"), 1}, {QStringLiteral("2"), 9}};
    const Result<Checkup> recorded = checkups.record(gad, Day::today(tv.clock), answers);
    REQUIRE_FALSE(recorded.ok());
    CHECK(scalar(db, "SELECT count(*) FROM checkup") == 1); // only the one started above
    CHECK(scalar(db, "SELECT count(*) FROM checkup_answer") == 0);
}

TEST_CASE("Finished check-ups are read back by form and period, with the one before each")
{
    TestVault tv;
    const Form gad = form(tv, "gad7");
    CheckupRepository checkups(tv.vault->database(), tv.clock);
    const QDate today = Day::today(tv.clock);
    Answers low;
    Answers high;
    for (int i = 1; i <= 7; ++i) {
        low.insert(QString::number(i), 1);
        high.insert(QString::number(i), 2);
    }
    const Checkup first = checkups.record(gad, today.addDays(-28), high).value();
    const Checkup second = checkups.record(gad, today.addDays(-14), low).value();
    REQUIRE(checkups.start(gad, today).ok()); // unfinished: never in a series
    const auto all = checkups.finished(QStringLiteral("gad7"), {today.addDays(-60), today});
    REQUIRE(all.value().size() == 2);
    CHECK(scoreAnswers(gad, all.value().at(0).answers).total == 14);
    CHECK(scoreAnswers(gad, all.value().at(1).answers).total == 7);
    CHECK(checkups.previous(second).value()->id == first.id);
    CHECK_FALSE(checkups.previous(first).value().has_value());
    CHECK(checkups.latest(QStringLiteral("gad7")).value()->id == second.id);
    CHECK(checkups.formsTaken().value() == QStringList{QStringLiteral("gad7")});
    REQUIRE(checkups.discard(second.id).ok());
    CHECK(checkups.latest(QStringLiteral("gad7")).value()->id == first.id);
}

TEST_CASE("Today suggests a chosen check-up when due, not now rests it, stop ends suggestions")
{
    TestVault tv;
    auto& db = tv.vault->database();
    const QDate today = Day::today(tv.clock);
    CheckupSchedule schedule(db);
    CHECK(schedule.due(today).value().isEmpty()); // nothing chosen: nothing suggested

    REQUIRE(schedule.choose(QStringLiteral("phq9"), 2).ok());
    REQUIRE(schedule.choose(QStringLiteral("gad7"), 0).ok()); // only when I start one
    CHECK(schedule.due(today).value() == QStringList{QStringLiteral("phq9")});
    CHECK(schedule.choose(QStringLiteral("phq9"), 3).code() == ErrorCode::InvalidInput);

    const Form phq = form(tv, "phq9");
    CheckupRepository checkups(db, tv.clock);
    Answers zeros;
    for (int i = 1; i <= 9; ++i) {
        zeros.insert(QString::number(i), 0);
    }
    REQUIRE(checkups.record(phq, today.addDays(-13), zeros).ok());
    CHECK(schedule.due(today).value().isEmpty()); // taken 13 days ago, every 2 weeks
    CHECK(schedule.due(today.addDays(1)).value() == QStringList{QStringLiteral("phq9")});

    REQUIRE(schedule.notNow(QStringLiteral("phq9"), today.addDays(1)).ok());
    CHECK(schedule.due(today.addDays(1)).value().isEmpty());
    CHECK(schedule.due(today.addDays(1 + CheckupSchedule::kRestDays)).value() == QStringList{QStringLiteral("phq9")});

    REQUIRE(schedule.stopSuggesting(QStringLiteral("phq9")).ok());
    CHECK(schedule.due(today.addDays(30)).value().isEmpty());
    CHECK(schedule.choice(QStringLiteral("phq9")).value()->everyWeeks == 0); // still chosen

    // One left unfinished is suggested again so it can be carried on.
    REQUIRE(schedule.choose(QStringLiteral("phq9"), 4).ok());
    REQUIRE(checkups.start(phq, today).ok());
    CHECK(schedule.due(today).value() == QStringList{QStringLiteral("phq9")});
}

TEST_CASE("The released schema (v1) upgrades to one that keeps check-ups")
{
    const QDir fixtures(QStringLiteral(TIDELINE_FIXTURES_DIR));
    QTemporaryDir dir;
    for (const auto& name : QDir(fixtures.filePath(QStringLiteral("v1"))).entryList(QDir::Files)) {
        REQUIRE(QFile::copy(fixtures.filePath(QStringLiteral("v1/") + name), QDir(dir.path()).filePath(name)));
        QFile::setPermissions(QDir(dir.path()).filePath(name), QFile::ReadOwner | QFile::WriteOwner);
    }
    ManualClock clock;
    Vault vault(VaultPaths{dir.path()}, clock);
    REQUIRE(vault.unlock(secret(kTestPin)).ok());
    Database& db = vault.database();
    CHECK(db.userVersion().value() == Migrator::latestVersion());
    CHECK(scalar(db,
              "SELECT count(*) FROM sqlite_schema WHERE name IN "
              "('checkup', 'checkup_answer', 'checkup_form', 'checkup_choice')")
        == 4);
    const Form pcl = FormCatalogue(db, clock).find(QStringLiteral("pcl5")).value();
    Answers answers;
    for (int i = 1; i <= 20; ++i) {
        answers.insert(QString::number(i), 1);
    }
    const Result<Checkup> saved = CheckupRepository(db, clock).record(pcl, Day::today(clock), answers);
    REQUIRE(saved.ok());
    CHECK(scoreAnswers(pcl, saved.value().answers).total == 20);
    CHECK(scalar(db, "SELECT count(*) FROM entry") == 1); // the fixture's entry is still there
    REQUIRE(vault.verify().ok());
}

TEST_CASE("Check-up answers are never readable in the vault's files")
{
    TestVault tv;
    FormCatalogue catalogue(tv.vault->database(), tv.clock);
    // A custom form whose question carries a sentinel: it must only ever exist encrypted.
    const QByteArray sentinel = "SENTINEL-checkup-7f3a";
    QByteArray json = R"({"format":"tideline-checkup","format_version":1,"key":"mine","name":"Mine",
        "title":"Mine","recall":"this week","instructions":"This week:","source":"me","terms":"mine",
        "options":[{"value":0,"label":"no"},{"value":1,"label":"yes"}],
        "items":[{"id":"a","text":"SENTINEL-checkup-7f3a"}],
        "scoring":{"method":"sum","min":0,"max":1},"bands":[{"min":0,"max":1,"label":"all"}]})";
    REQUIRE(catalogue.add(json).ok());
    tv.vault->lock();
    CHECK(filesContaining(tv.dir.path(), sentinel).isEmpty());
}

TEST_CASE("The demo vault holds a few months of plausible check-ups, and Today has one due")
{
    TestVault tv;
    Database& db = tv.vault->database();
    const demo::DemoOptions options{1, 7, 20, 40};
    const Result<demo::DemoSummary> filled = demo::fillDemoVault(db, options, tv.clock);
    REQUIRE(filled.ok());
    CHECK(filled.value().checkups == 10 + 10 + 5);
    const QDate today = Day::today(tv.clock);
    CheckupRepository checkups(db, tv.clock);
    const Form pcl = form(tv, "pcl5");
    const auto taken = checkups.finished(QStringLiteral("pcl5"), {today.addDays(-200), today}).value();
    REQUIRE(taken.size() == 10);
    // Totals ease over the months, with ups and downs, and stay on the scale.
    const auto first = scoreAnswers(pcl, taken.first().answers).total;
    const auto last = scoreAnswers(pcl, taken.last().answers).total;
    if (first && last) {
        CHECK(*last < *first);
    }
    CHECK(CheckupSchedule(db).due(today).value().contains(QStringLiteral("phq9")));
}
