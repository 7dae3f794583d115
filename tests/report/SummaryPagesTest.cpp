// core/report: pages, page counts, progress and cancelling, and how the file is written.
#include "PdfText.h"
#include "SummaryFixture.h"

#include "core/report/Summary.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

#include <thread>

using namespace tideline;
using namespace tideline::test;

namespace {

QString longBody(int paragraphs)
{
    QStringList parts;
    for (int i = 0; i < paragraphs; ++i) {
        parts << QStringLiteral("Paragraph %1 of a long entry, with enough words to wrap over several lines of the "
                                "page so that the entry has to flow onto the next page and beyond.")
                     .arg(i + 1);
    }
    return parts.join(u'\n');
}

Result<report::SummaryDataPtr> collect(SummaryFixture& f, const report::SummaryRequest& request)
{
    return report::collectSummary(f.db(), request);
}

} // namespace

TEST_CASE("report: a long entry flows across pages, pdfinfo, the images and summaryPageCount agree", "[report]")
{
    SummaryFixture f;
    for (int d = 1; d <= 30; d += 2) {
        f.record(QDate(2026, 4, d), "mood", d % 11);
        f.record(QDate(2026, 4, d), "energy", (d * 3) % 11);
    }
    report::SummaryRequest request = SummaryFixture::april();
    request.entryIds
        = {f.entry(QDate(2026, 4, 20), QStringLiteral("Long"), longBody(120) + QStringLiteral("\nlastline"))};
    Result<report::SummaryDataPtr> data = collect(f, request);
    REQUIRE(data.ok());
    const int pages = report::summaryPageCount(*data.value());
    CHECK(pages >= 4);

    QList<std::pair<int, int>> seen;
    const QString path = f.out.filePath(QStringLiteral("long.pdf"));
    REQUIRE(report::writeSummaryPdf(*data.value(), path, false, [&](int done, int total) {
        seen.append({done, total});
        return true;
    }).ok());
    CHECK(pdfPageCount(path) == pages);
    REQUIRE(seen.size() == pages);
    CHECK(seen.first() == std::pair{1, pages});
    CHECK(seen.last() == std::pair{pages, pages});
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Paragraph 120 of a long entry")));
    CHECK(text.contains(QStringLiteral("lastline")));

    Result<QList<QImage>> images = report::renderSummaryPages(*data.value(), 400);
    REQUIRE(images.ok());
    CHECK(images.value().size() == pages);
    CHECK(images.value().first().width() == 400);
    CHECK(images.value().first().height() == 566); // A4's proportions
    // Something was painted: not every pixel is white.
    const QImage& first = images.value().first();
    bool painted = false;
    for (int y = 0; y < first.height() && !painted; y += 3) {
        for (int x = 0; x < first.width() && !painted; x += 3) {
            painted = first.pixel(x, y) != qRgb(255, 255, 255);
        }
    }
    CHECK(painted);
}

TEST_CASE("report: a 5 MB entry and a word longer than a line do not break the pages, the cut is said", "[report]")
{
    SummaryFixture f;
    const QString huge
        = QStringLiteral("startsentinel ") + QString(5 * 1024 * 1024, u'a') + QStringLiteral(" endsentinel");
    report::SummaryRequest request = SummaryFixture::april();
    request.charts = request.averages = request.routines = request.review = false;
    request.entryIds = {f.entry(QDate(2026, 4, 3), QStringLiteral("Huge"), huge)};
    request.agenda = QStringLiteral("agendastart ") + QString(3 * 1024 * 1024, u'b');
    request.name = QStringLiteral("Namestart") + QString(10000, u'c');
    Result<report::SummaryDataPtr> data = collect(f, request);
    REQUIRE(data.ok());
    const QString path = f.out.filePath(QStringLiteral("huge.pdf"));
    REQUIRE(report::writeSummaryPdf(*data.value(), path, false).ok());
    const int pages = report::summaryPageCount(*data.value());
    CHECK(pdfPageCount(path) == pages);
    CHECK(pages < 30);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("startsentinel")));
    CHECK_FALSE(text.contains(QStringLiteral("endsentinel")));
    CHECK(text.contains(QStringLiteral("This entry is long")));
    CHECK(text.contains(QStringLiteral("These notes are long")));
    CHECK(text.contains(QStringLiteral("agendastart")));
    CHECK(text.contains(QStringLiteral("Name:")));
    CHECK(text.contains(QStringLiteral("Namestart")));
    CHECK_FALSE(QString(text).remove(u'\n').contains(QString(200, u'c'))); // the name is cut short
    // The long word was broken across lines: no line of the text is wider than the page allows.
    qsizetype longest = 0;
    for (const QString& line : text.split(u'\n')) {
        longest = std::max(longest, line.size());
    }
    CHECK(longest < 200);
}

TEST_CASE("report: stopping after the first page leaves no file and says Cancelled", "[report]")
{
    SummaryFixture f;
    report::SummaryRequest request = SummaryFixture::april();
    request.entryIds = {f.entry(QDate(2026, 4, 20), QStringLiteral("Long"), longBody(150))};
    Result<report::SummaryDataPtr> data = collect(f, request);
    REQUIRE(data.ok());
    REQUIRE(report::summaryPageCount(*data.value()) > 1);
    const QString path = f.out.filePath(QStringLiteral("stopped.pdf"));
    int calls = 0;
    const Status stopped = report::writeSummaryPdf(*data.value(), path, false, [&](int, int) {
        ++calls;
        return false;
    });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.code() == ErrorCode::Cancelled);
    CHECK(calls == 1);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(f.out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no temporary file either

    Result<QList<QImage>> images = report::renderSummaryPages(*data.value(), 300, [](int, int) { return false; });
    REQUIRE_FALSE(images.ok());
    CHECK(images.code() == ErrorCode::Cancelled);
}

TEST_CASE("report: an existing file is replaced only when asked, the PDF is the owner's alone", "[report]")
{
    SummaryFixture f;
    Result<report::SummaryDataPtr> data = collect(f, SummaryFixture::april());
    REQUIRE(data.ok());
    const QString path = f.out.filePath(QStringLiteral("there.pdf"));
    {
        QFile existing(path);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
    }
    const Status refused = report::writeSummaryPdf(*data.value(), path, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::CannotWrite);
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "keep me");
    kept.close();

    REQUIRE(report::writeSummaryPdf(*data.value(), path, true).ok());
    CHECK(pdfPageCount(path) == 1);
    CHECK(QFileInfo(path).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    const Status noFolder
        = report::writeSummaryPdf(*data.value(), f.out.filePath(QStringLiteral("no/such.pdf")), false);
    CHECK(noFolder.code() == ErrorCode::CannotWrite);
}

TEST_CASE("report: the PDF can be painted on a worker thread while the vault stays on its own", "[report]")
{
    SummaryFixture f;
    f.record(QDate(2026, 4, 2), "mood", 4);
    report::SummaryRequest request = SummaryFixture::april();
    request.entryIds = {f.entry(QDate(2026, 4, 20), QStringLiteral("Threaded"), QStringLiteral("threadsentinel"))};
    Result<report::SummaryDataPtr> data = collect(f, request);
    REQUIRE(data.ok());
    const QString path = f.out.filePath(QStringLiteral("thread.pdf"));
    Status written = Error::make(ErrorCode::Internal, QString());
    int images = 0;
    std::thread worker([&] {
        written = report::writeSummaryPdf(*data.value(), path, false);
        Result<QList<QImage>> pages = report::renderSummaryPages(*data.value(), 200);
        images = pages.ok() ? static_cast<int>(pages.value().size()) : -1;
    });
    worker.join();
    REQUIRE(written.ok());
    CHECK(pdfText(path).contains(QStringLiteral("threadsentinel")));
    CHECK(images == report::summaryPageCount(*data.value()));
}

TEST_CASE("report: a period the wrong way round, or too long, is refused plainly", "[report]")
{
    SummaryFixture f;
    report::SummaryRequest request = SummaryFixture::april();
    request.period = insights::DayRange{QDate(2026, 4, 30), QDate(2026, 4, 1)};
    Result<report::SummaryDataPtr> backwards = collect(f, request);
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.code() == ErrorCode::InvalidInput);
    request.period = insights::DayRange{QDate(2000, 1, 1), QDate(2026, 4, 1)};
    CHECK(collect(f, request).code() == ErrorCode::InvalidInput);
}

namespace {

// Pixels of the charts' line colour (give or take antialiasing) on a page image.
int chartInk(const QImage& page)
{
    int count = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            count += c.blue() > c.red() + 60 && c.blue() > 100 ? 1 : 0;
        }
    }
    return count;
}

int chartInkFor(const QList<QDate>& days)
{
    SummaryFixture f;
    for (const QDate& day : days) {
        f.record(day, "mood", 10);
    }
    report::SummaryRequest request = SummaryFixture::april();
    request.averages = request.routines = request.review = false;
    Result<report::SummaryDataPtr> data = report::collectSummary(f.db(), request);
    REQUIRE(data.ok());
    Result<QList<QImage>> pages = report::renderSummaryPages(*data.value(), 1240);
    REQUIRE(pages.ok());
    return chartInk(pages.value().first());
}

} // namespace

TEST_CASE("report: days not recorded are gaps in the chart, never a line through zero", "[report]")
{
    const int one = chartInkFor({QDate(2026, 4, 1)});
    REQUIRE(one > 0);
    // Two values four weeks apart: two points. A gap drawn as zero, or bridged, would add a line.
    const int apart = chartInkFor({QDate(2026, 4, 1), QDate(2026, 4, 29)});
    CHECK(apart < one * 3);
    // Two days in a row are joined by a line: the check above can tell lines from points.
    const int joined = chartInkFor({QDate(2026, 4, 1), QDate(2026, 4, 2)});
    CHECK(joined > one * 2);
}

TEST_CASE("report: what I want to talk about opens the summary, on its first page", "[report]")
{
    SummaryFixture f;
    for (int d = 1; d <= 30; ++d) {
        f.record(QDate(2026, 4, d), "mood", d % 10);
        f.record(QDate(2026, 4, d), "sleep_hours", 6 + (d % 3));
    }
    report::SummaryRequest request = SummaryFixture::april(); // every section: charts first in the body
    request.agenda = QStringLiteral("agendafirst The nights, mostly.\nAnd the week at work.");
    request.entryIds = {f.entry(QDate(2026, 4, 6), QStringLiteral("Tuesday"), QStringLiteral("A quiet walk."))};
    const QString path = f.write(request, QStringLiteral("agenda.pdf"));
    REQUIRE(pdfPageCount(path) > 1);
    const QString first = pdfPageText(path, 1);
    CHECK(first.contains(QStringLiteral("What I want to talk about")));
    CHECK(first.contains(QStringLiteral("agendafirst The nights, mostly.")));
    CHECK(first.contains(QStringLiteral("And the week at work.")));
    const QString all = pdfText(path);
    CHECK(all.indexOf(QStringLiteral("agendafirst")) < all.indexOf(QStringLiteral("Measures over time")));
    CHECK(all.indexOf(QStringLiteral("Summary for my therapist")) < all.indexOf(QStringLiteral("agendafirst")));
}

TEST_CASE("report: a chart's axis labels are whole, never cut: a 0 to 3 scale reads 1.5, not .5", "[report]")
{
    SummaryFixture f;
    // Nightmares are a count: the axis runs from 0 to 3 with 1.5 in the middle.
    f.record(QDate(2026, 4, 2), "nightmares", 1);
    f.record(QDate(2026, 4, 3), "nightmares", 2);
    f.record(QDate(2026, 4, 4), "nightmares", 0);
    report::SummaryRequest request = SummaryFixture::april();
    request.averages = request.routines = request.review = request.moments = false;
    const QString path = f.write(request, QStringLiteral("axis.pdf"));
    const QList<PdfWord> words = pdfWords(path);
    REQUIRE_FALSE(words.isEmpty());
    // The page's left margin: where the title starts.
    const auto title = std::find_if(
        words.cbegin(), words.cend(), [](const PdfWord& w) { return w.text == QLatin1String("Summary"); });
    REQUIRE(title != words.cend());
    const auto middle
        = std::find_if(words.cbegin(), words.cend(), [](const PdfWord& w) { return w.text == QLatin1String("1.5"); });
    REQUIRE(middle != words.cend());
    CHECK(middle->xMin >= title->xMin - 0.5); // inside the margin, so nothing of it is cut off
    for (const PdfWord& w : words) {
        INFO(w.text.toStdString());
        CHECK_FALSE(w.text.startsWith(u'.'));
    }
}
