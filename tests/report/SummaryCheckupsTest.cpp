// The summary's "Check-ups" section read back with pdftotext: off by default, totals with
// bands and changes, and PHQ-9 question 9 only when the person ticks it.
#include "PdfText.h"
#include "SummaryFixture.h"

#include "core/checkup/CheckupRepository.h"
#include "core/checkup/FormCatalogue.h"
#include "core/report/Summary.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::checkup;
using namespace tideline::test;

namespace {

void takePhq9(SummaryFixture& f, const QDate& day, int each, int item9)
{
    const Form phq = FormCatalogue(f.db(), f.tv.clock).find(QStringLiteral("phq9")).value();
    Answers answers;
    for (int i = 1; i <= 8; ++i) {
        answers.insert(QString::number(i), each);
    }
    answers.insert(QStringLiteral("9"), item9);
    answers.insert(QStringLiteral("difficulty"), 1);
    REQUIRE(CheckupRepository(f.db(), f.tv.clock).record(phq, day, answers).ok());
}

} // namespace

TEST_CASE("report: check-ups are off by default and, when chosen, show totals, bands and changes", "[report]")
{
    SummaryFixture f;
    takePhq9(f, QDate(2026, 3, 20), 2, 0); // 16, before the period
    takePhq9(f, QDate(2026, 4, 3), 1, 0); // 8
    takePhq9(f, QDate(2026, 4, 17), 1, 1); // 9
    report::SummaryRequest request = SummaryFixture::april();
    const QString off = pdfText(f.write(request, QStringLiteral("off.pdf")));
    CHECK_FALSE(off.contains(QStringLiteral("Check-ups")));
    CHECK_FALSE(off.contains(QStringLiteral("PHQ-9")));

    request.checkups = true;
    const QString on = pdfText(f.write(request, QStringLiteral("on.pdf")));
    CHECK(on.contains(QStringLiteral("Check-ups")));
    CHECK(on.contains(QStringLiteral("Patient Health Questionnaire (PHQ-9)")));
    CHECK(on.contains(QStringLiteral("taken 2 times in this period")));
    CHECK(on.contains(QStringLiteral("8 of 27")));
    CHECK(on.contains(QStringLiteral("9 of 27")));
    CHECK(on.contains(QStringLiteral("mild")));
    CHECK(on.contains(QStringLiteral("−8"))); // against 16 on 20 March, just before the period
    CHECK(on.contains(QStringLiteral("+1")));
    CHECK(on.contains(QStringLiteral("a score is not a diagnosis")));
    CHECK(on.contains(QStringLiteral("5 points or more is commonly counted as clinically meaningful")));
    CHECK_FALSE(on.contains(QStringLiteral("better off dead")));
}

TEST_CASE("report: question 9 of the PHQ-9 is shared only when ticked, and never by subtraction", "[report]")
{
    SummaryFixture f;
    takePhq9(f, QDate(2026, 4, 17), 1, 2);
    report::SummaryRequest request = SummaryFixture::april();
    request.checkups = true;
    request.checkupAnswers = true;
    const QString without = pdfText(f.write(request, QStringLiteral("without.pdf")));
    CHECK(without.contains(QStringLiteral("10 of 27")));
    CHECK_FALSE(without.contains(QStringLiteral("better off dead")));
    // With every other answer and the total printed, question 9 could be worked out: so none is.
    CHECK_FALSE(without.contains(QStringLiteral("Little interest or pleasure")));
    CHECK(without.simplified().contains(QStringLiteral("question 9 is shared only when I choose")));

    request.checkupSensitive = true;
    const QString with = pdfText(f.write(request, QStringLiteral("with.pdf")));
    CHECK(with.contains(QStringLiteral("Little interest or pleasure in doing things")));
    CHECK(with.contains(QStringLiteral("better off dead")));
    CHECK(with.contains(QStringLiteral("More than half the days (2)")));
}

TEST_CASE("report: a check-up with no total says so instead of a number", "[report]")
{
    SummaryFixture f;
    const Form gad = FormCatalogue(f.db(), f.tv.clock).find(QStringLiteral("gad7")).value();
    REQUIRE(CheckupRepository(f.db(), f.tv.clock)
                .record(gad, QDate(2026, 4, 8), {{QStringLiteral("1"), 2}, {QStringLiteral("2"), 2}})
                .ok());
    report::SummaryRequest request = SummaryFixture::april();
    request.checkups = true;
    const QString text = pdfText(f.write(request));
    CHECK(text.contains(QStringLiteral("no total")));
    CHECK(text.contains(QStringLiteral("questions skipped")));
}
