#include "core/checkup/CheckupWords.h"
#include "core/checkup/FormCatalogue.h"
#include "core/checkup/Scoring.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::checkup;

// Worked examples for each shipped instrument, against the scoring rules printed in its file
// (assets/checkups/*.json, docs/CHECKUP-FORMAT.md).

namespace {

const Form& shipped(const char* key)
{
    for (const Form& form : FormCatalogue::builtins()) {
        if (form.key == QLatin1String(key)) {
            return form;
        }
    }
    FAIL("no shipped form " << key);
    static Form none;
    return none;
}

Answers allAt(const Form& form, int value)
{
    Answers answers;
    for (const Item& item : form.items) {
        if (item.scored) {
            answers.insert(item.id, value);
        }
    }
    return answers;
}

// Answers that add up to total, filled from the first item (each at most its highest value).
Answers summingTo(const Form& form, int total)
{
    Answers answers = allAt(form, 0);
    for (const Item& item : form.items) {
        if (!item.scored || total == 0) {
            continue;
        }
        const int v = std::min(total, item.highest());
        answers[item.id] = v;
        total -= v;
    }
    return answers;
}

} // namespace

TEST_CASE("The three shipped instruments are read from their files")
{
    const QList<Form>& forms = FormCatalogue::builtins();
    REQUIRE(forms.size() == 3);
    CHECK(forms.at(0).key == QStringLiteral("pcl5"));
    CHECK(forms.at(1).key == QStringLiteral("phq9"));
    CHECK(forms.at(2).key == QStringLiteral("gad7"));
    CHECK(shipped("pcl5").scoredCount() == 20);
    CHECK(shipped("phq9").scoredCount() == 9);
    CHECK(shipped("gad7").scoredCount() == 7);
    CHECK(shipped("phq9").items.size() == 10); // with the difficulty question, not scored
    CHECK_FALSE(shipped("pcl5").contentNote.isEmpty());
    CHECK(shipped("phq9").isSensitive(QStringLiteral("9")));
    CHECK_FALSE(shipped("gad7").hasSensitiveItems());
    for (const Form& form : forms) {
        INFO(form.key.toStdString());
        CHECK(form.builtin);
        CHECK_FALSE(form.source.isEmpty());
        CHECK_FALSE(form.terms.isEmpty());
        CHECK_FALSE(form.scoringNotes.isEmpty());
    }
}

TEST_CASE("All zeros and all at the top give the ends of each scale")
{
    for (const auto& [key, max] : {std::pair{"pcl5", 80}, std::pair{"phq9", 27}, std::pair{"gad7", 21}}) {
        INFO(key);
        const Form& form = shipped(key);
        CHECK(scoreAnswers(form, allAt(form, 0)).total == 0);
        CHECK(scoreAnswers(form, allAt(form, form.items.first().highest())).total == max);
        CHECK(form.scoreMax == max);
    }
}

TEST_CASE("The unscored difficulty question never changes a PHQ-9 or GAD-7 total")
{
    for (const char* key : {"phq9", "gad7"}) {
        const Form& form = shipped(key);
        Answers answers = allAt(form, 1);
        const std::optional<int> before = scoreAnswers(form, answers).total;
        answers.insert(QStringLiteral("difficulty"), 3);
        CHECK(scoreAnswers(form, answers).total == before);
    }
}

TEST_CASE("A skipped question means no total, as the published rules give none for gaps")
{
    for (const char* key : {"pcl5", "phq9", "gad7"}) {
        INFO(key);
        const Form& form = shipped(key);
        Answers answers = allAt(form, 2);
        answers.remove(QStringLiteral("1"));
        const Score score = scoreAnswers(form, answers);
        CHECK_FALSE(score.total.has_value());
        CHECK(score.skipped() == 1);
        CHECK(noTotalSentence(form, score).contains(QStringLiteral("1 question was skipped")));
        CHECK(noTotalSentence(form, score).contains(form.name));
    }
    const Form& phq = shipped("phq9");
    const Score none = scoreAnswers(phq, {});
    CHECK_FALSE(none.total.has_value());
    CHECK(noTotalSentence(phq, none).contains(QStringLiteral("none of the scored questions")));
}

TEST_CASE("A form that allows gaps prorates: the mean of the answers over every question")
{
    Form form = shipped("gad7");
    form.maxMissing = 1;
    Answers answers = allAt(form, 2); // 6 answered × 2 = 12 → 12 × 7 / 6 = 14
    answers.remove(QStringLiteral("7"));
    const Score score = scoreAnswers(form, answers);
    REQUIRE(score.total == 14);
    CHECK(score.prorated);
    CHECK(totalText(form, score) == QStringLiteral("14 of 21 (worked out from 6 of 7 answers)"));
    answers.remove(QStringLiteral("6"));
    CHECK_FALSE(scoreAnswers(form, answers).total.has_value());
}

TEST_CASE("Band edges: the last score of a band and the first of the next")
{
    struct Edge
    {
        const char* key;
        int total;
        const char* label;
    };
    const Edge edges[] = {{"phq9", 0, "minimal"}, {"phq9", 4, "minimal"}, {"phq9", 5, "mild"}, {"phq9", 9, "mild"},
        {"phq9", 10, "moderate"}, {"phq9", 14, "moderate"}, {"phq9", 15, "moderately severe"},
        {"phq9", 19, "moderately severe"}, {"phq9", 20, "severe"}, {"phq9", 27, "severe"}, {"gad7", 4, "minimal"},
        {"gad7", 5, "mild"}, {"gad7", 9, "mild"}, {"gad7", 10, "moderate"}, {"gad7", 14, "moderate"},
        {"gad7", 15, "severe"}, {"gad7", 21, "severe"}, {"pcl5", 30, "below the cut-off range"},
        {"pcl5", 31, "within the cut-off range"}, {"pcl5", 33, "within the cut-off range"},
        {"pcl5", 34, "above the cut-off range"}, {"pcl5", 80, "above the cut-off range"}};
    for (const Edge& edge : edges) {
        INFO(edge.key << " " << edge.total);
        const Form& form = shipped(edge.key);
        const Score score = scoreAnswers(form, summingTo(form, edge.total));
        REQUIRE(score.total == edge.total);
        CHECK(bandLabel(form, edge.total) == QLatin1String(edge.label));
    }
}

TEST_CASE("Band words are the instrument's own and never a diagnosis")
{
    const Form& phq = shipped("phq9");
    const QString moderate = bandSentence(phq, 12);
    CHECK(moderate
        == QStringLiteral("Scores in this range are often called “moderate”. A score is not a diagnosis: your "
                          "therapist can tell you what it means for you."));
    const QString pcl = bandSentence(shipped("pcl5"), 40);
    CHECK(pcl.contains(QStringLiteral("above the range (31 to 33)")));
    CHECK(pcl.contains(QStringLiteral("not a diagnosis")));
    for (const Form& form : FormCatalogue::builtins()) {
        for (int total = form.scoreMin; total <= form.scoreMax; ++total) {
            const QString words = bandSentence(form, total).toLower();
            INFO(form.key.toStdString() << " " << total);
            CHECK_FALSE(words.contains(QStringLiteral("depression")));
            CHECK_FALSE(words.contains(QStringLiteral("ptsd")));
            CHECK_FALSE(words.contains(QStringLiteral("disorder")));
        }
    }
}

TEST_CASE("Change since last time is told against what the instrument counts as meaningful")
{
    const Form& pcl = shipped("pcl5");
    CHECK(changeBetween(pcl, 40, 36).reliable == false);
    CHECK(changeBetween(pcl, 40, 35).reliable);
    CHECK_FALSE(changeBetween(pcl, 40, 35).meaningful);
    CHECK(changeBetween(pcl, 40, 30).meaningful);
    CHECK(changeBetween(pcl, 30, 40).delta == 10);
    const QString words = changeSentence(pcl, 40, 34, QDate(2026, 3, 3));
    CHECK(words.startsWith(QStringLiteral("6 points lower than last time (3 March 2026).")));
    CHECK(words.contains(QStringLiteral("5 points or more is counted as reliable, and 10 or more as clinically")));
    CHECK(words.contains(QStringLiteral("reliable, and smaller than the clinically meaningful size")));

    const Form& phq = shipped("phq9");
    CHECK(changeBetween(phq, 14, 9).meaningful);
    CHECK_FALSE(changeBetween(phq, 14, 10).meaningful);
    CHECK(changeSentence(phq, 9, 10, QDate(2026, 3, 3)).startsWith(QStringLiteral("1 point higher")));
    CHECK(changeSentence(phq, 9, 9, QDate(2026, 3, 3)).startsWith(QStringLiteral("The same total")));
    CHECK(changeBetween(shipped("gad7"), 12, 8).meaningful);
    CHECK_FALSE(changeBetween(shipped("gad7"), 12, 9).meaningful);
}

TEST_CASE("Support follows a sensitive answer above its lowest option, and only that")
{
    const Form& phq = shipped("phq9");
    CHECK_FALSE(needsSupport(phq, QStringLiteral("9"), 0));
    CHECK(needsSupport(phq, QStringLiteral("9"), 1));
    CHECK(needsSupport(phq, QStringLiteral("9"), 3));
    CHECK_FALSE(needsSupport(phq, QStringLiteral("2"), 3));
    CHECK_FALSE(needsSupport(shipped("pcl5"), QStringLiteral("16"), 4));
}
