// app/checkup: taking a check-up (answers kept as given, through a lock too), support on a
// sensitive answer, the result in words; the list of check-ups with what is due; Trends' totals.
#include "app/checkup/CheckupListModel.h"
#include "app/checkup/CheckupTaker.h"
#include "app/checkup/CheckupTrendModel.h"
#include "app/trends/ReviewModel.h"

#include "TodaySession.h"

#include "core/checkup/CheckupRepository.h"
#include "core/checkup/FormCatalogue.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

using namespace tideline;
using namespace tideline::app;

namespace {

int rowOf(const QAbstractItemModel& model, const QString& key)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(CheckupListModel::KeyRole).toString() == key) {
            return r;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("CheckupTaker saves each answer at once, and a lock midway loses nothing", "[checkup]")
{
    test::TodaySession ts;
    {
        CheckupTaker taker(ts.vault());
        QAbstractItemModelTester tester(&taker, QAbstractItemModelTester::FailureReportingMode::Fatal);
        taker.setFormKey(QStringLiteral("gad7"));
        CHECK(taker.rowCount() == 8); // seven questions and the difficulty one
        CHECK(taker.recallSentence() == QStringLiteral("These questions are about the last 2 weeks."));
        CHECK(taker.contentNote().isEmpty());
        REQUIRE(taker.begin());
        REQUIRE(taker.answer(0, 2));
        REQUIRE(taker.answer(1, 3));
        CHECK_FALSE(taker.answer(2, 4)); // out of range: refused with a message, nothing saved
        CHECK_FALSE(taker.lastError().isEmpty());
        CHECK(taker.index(2, 0).data(CheckupTaker::AnsweredRole).toBool() == false);
        CHECK(taker.answeredCount() == 2);
    }
    ts.session->lock();
    ts.unlock();
    CheckupTaker again(ts.vault());
    again.setFormKey(QStringLiteral("gad7"));
    CHECK(again.resumable());
    REQUIRE(again.begin());
    CHECK(again.answeredCount() == 2);
    CHECK(again.index(1, 0).data(CheckupTaker::AnswerRole).toInt() == 3);
    for (int row = 2; row < 7; ++row) {
        REQUIRE(again.answer(row, 1));
    }
    REQUIRE(again.finish());
    CHECK(again.finished());
    CHECK(again.resultTotal() == QStringLiteral("Your total: 10 of 21."));
    CHECK(again.resultBand().contains(QStringLiteral("“moderate”")));
    CHECK(again.resultBand().contains(QStringLiteral("not a diagnosis")));
    CHECK(again.resultChange().contains(QStringLiteral("first GAD-7")));
}

TEST_CASE("CheckupTaker shows support on PHQ-9 question 9 above Not at all, and only then", "[checkup]")
{
    test::TodaySession ts;
    CheckupTaker taker(ts.vault());
    taker.setFormKey(QStringLiteral("phq9"));
    REQUIRE(taker.begin());
    CHECK(taker.index(8, 0).data(CheckupTaker::SensitiveRole).toBool());
    REQUIRE(taker.answer(8, 0));
    CHECK_FALSE(taker.showSupport());
    QSignalSpy progress(&taker, &CheckupTaker::progressChanged);
    REQUIRE(taker.answer(8, 1));
    CHECK(taker.showSupport());
    CHECK(progress.count() >= 1);
    REQUIRE(taker.skip(8));
    CHECK_FALSE(taker.showSupport());
    // Skipped questions: no total, and the words say why.
    REQUIRE(taker.answer(0, 1));
    REQUIRE(taker.finish());
    CHECK(taker.resultTotal().contains(QStringLiteral("8 questions were skipped")));
    CHECK(taker.resultTotal().contains(QStringLiteral("gives a total only when every question is answered")));
    CHECK(taker.resultBand().isEmpty());
}

TEST_CASE("CheckupTaker starts again, throwing the unfinished answers away", "[checkup]")
{
    test::TodaySession ts;
    CheckupTaker taker(ts.vault());
    taker.setFormKey(QStringLiteral("pcl5"));
    CHECK_FALSE(taker.contentNote().isEmpty());
    REQUIRE(taker.begin());
    REQUIRE(taker.answer(0, 4));
    CheckupTaker other(ts.vault());
    other.setFormKey(QStringLiteral("pcl5"));
    REQUIRE(other.startAgain());
    CHECK(other.answeredCount() == 0);
    CHECK_FALSE(checkup::CheckupRepository(ts.db(), ts.clock)
                    .unfinished(QStringLiteral("pcl5"))
                    .value()
                    ->answers.contains(QStringLiteral("1")));
}

TEST_CASE("CheckupListModel: chosen check-ups fall due, not now and stop take one step each", "[checkup]")
{
    test::TodaySession ts;
    CheckupListModel all(ts.vault());
    QAbstractItemModelTester tester(&all, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(all.count() == 3);
    CheckupListModel due(ts.vault());
    due.setDueOnly(true);
    CHECK(due.count() == 0); // nothing chosen: nothing suggested

    REQUIRE(all.setEvery(rowOf(all, QStringLiteral("phq9")), 2));
    due.reload();
    REQUIRE(due.count() == 1);
    CHECK(due.index(0, 0).data(CheckupListModel::NameRole).toString() == QStringLiteral("PHQ-9"));
    REQUIRE(due.notNow(0));
    CHECK(due.count() == 0);
    ts.clock.advanceSeconds(4 * 24 * 3600);
    due.reload();
    REQUIRE(due.count() == 1);
    REQUIRE(due.stopSuggesting(0));
    CHECK(due.count() == 0);
    all.reload();
    CHECK(all.index(rowOf(all, QStringLiteral("phq9")), 0).data(CheckupListModel::ChosenRole).toBool());
    CHECK(all.index(rowOf(all, QStringLiteral("phq9")), 0).data(CheckupListModel::EveryWeeksRole).toInt() == 0);
    REQUIRE(all.setEvery(rowOf(all, QStringLiteral("phq9")), -1));
    CHECK_FALSE(all.index(rowOf(all, QStringLiteral("phq9")), 0).data(CheckupListModel::ChosenRole).toBool());
    CHECK_FALSE(all.setEvery(0, 3)); // only 1, 2 or 4 weeks
    CHECK_FALSE(all.lastError().isEmpty());
}

TEST_CASE("CheckupListModel shows a therapist's form before adding it, and refuses a broken one", "[checkup]")
{
    test::TodaySession ts;
    CheckupListModel forms(ts.vault());
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("form.json"));
    QFile out(good);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(
        R"({"format":"tideline-checkup","format_version":1,"key":"calm","name":"Calm check","title":"A calm check",
        "recall":"this week","instructions":"This week:","source":"Dr Example","terms":"Free",
        "options":[{"value":0,"label":"No"},{"value":1,"label":"Yes"}],"items":[{"id":"a","text":"I slept"}],
        "scoring":{"method":"sum","min":0,"max":1},"bands":[{"min":0,"max":1,"label":"any"}]})");
    out.close();
    REQUIRE(forms.previewFile(QUrl::fromLocalFile(good)));
    CHECK(forms.hasPreview());
    CHECK(forms.previewText().contains(QStringLiteral("A calm check (Calm check)\n1 question about this week")));
    CHECK(forms.count() == 3); // not added yet
    REQUIRE(forms.addPreviewed());
    CHECK(forms.count() == 4);

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile broken(bad);
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\":\"tideline-checkup\",\"format_version\":1}");
    broken.close();
    CHECK_FALSE(forms.previewFile(QUrl::fromLocalFile(bad)));
    CHECK(forms.lastError().contains(QStringLiteral("Nothing was added")));
    CHECK_FALSE(forms.hasPreview());
    CHECK_FALSE(forms.previewFile(QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing.json")))));
    CHECK(forms.count() == 4);
}

TEST_CASE("CheckupTrendModel gives one point per total over the form's bands, and the review compares", "[checkup]")
{
    test::TodaySession ts; // 2026-03-10
    Database& db = ts.db();
    const checkup::Form phq = checkup::FormCatalogue(db, ts.clock).find(QStringLiteral("phq9")).value();
    checkup::CheckupRepository checkups(db, ts.clock);
    const auto take = [&](const QDate& day, int each) {
        checkup::Answers answers;
        for (int i = 1; i <= 9; ++i) {
            answers.insert(QString::number(i), i == 9 ? 0 : each);
        }
        REQUIRE(checkups.record(phq, day, answers).ok());
    };
    take(QDate(2026, 2, 10), 2); // 16
    take(QDate(2026, 3, 3), 1); // 8
    REQUIRE(checkups.record(phq, QDate(2026, 3, 5), {{QStringLiteral("1"), 1}}).ok()); // no total
    CheckupTrendModel trend(ts.vault());
    REQUIRE(trend.forms().size() == 1);
    CHECK(trend.formKey() == QStringLiteral("phq9"));
    REQUIRE(trend.points().size() == 2);
    CHECK(trend.points().at(1).toMap().value(QStringLiteral("y")).toInt() == 8);
    CHECK(trend.bands().size() == 5);
    CHECK(trend.scoreMax() == 27);
    CHECK(trend.summary().contains(QStringLiteral("16 at first, 8 most recently")));
    CHECK(trend.summary().contains(QStringLiteral("own ranges. 1 more had no total and are not shown.")));

    ReviewModel review(ts.vault()); // this month so far against February
    REQUIRE(review.checkupLines().size() == 1);
    const QString sentence = review.checkupLines().first().toMap().value(QStringLiteral("sentence")).toString();
    CHECK(sentence.startsWith(QStringLiteral("PHQ-9: 16 → 8, the latest total in each period (8 lower")));
    CHECK(sentence.contains(QStringLiteral("clinically meaningful")));
}
