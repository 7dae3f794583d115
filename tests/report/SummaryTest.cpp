// core/report: what the therapist summary holds, read back from the PDF with pdftotext.
#include "PdfText.h"
#include "SummaryFixture.h"

#include "core/checkin/MetricRepository.h"
#include "core/records/RecordRepository.h"
#include "core/report/Summary.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QFontDatabase>

#include <algorithm>

using namespace tideline;
using namespace tideline::test;

namespace {

const QStringList kHeadings = {QStringLiteral("Measures over time"), QStringLiteral("Averages"),
    QStringLiteral("Routines"), QStringLiteral("Compared with the period before"), QStringLiteral("Hard moments"),
    QStringLiteral("What I want to talk about"), QStringLiteral("Journal entries I chose to share")};

void fill(SummaryFixture& f)
{
    f.record(QDate(2026, 4, 2), "mood", 4);
    f.record(QDate(2026, 4, 3), "mood", 6);
    f.record(QDate(2026, 4, 10), "mood", 7);
    f.record(QDate(2026, 4, 10), "sleep_hours", 7.5);
    f.record(QDate(2026, 3, 12), "mood", 5);
    f.routineDone(2, QDate(2026, 4, 4));
    f.moment(QDate(2026, 4, 5), 0); // a flashback
}

} // namespace

TEST_CASE("report: the chosen sections' headings appear, the others do not", "[report]")
{
    SummaryFixture f;
    fill(f);
    report::SummaryRequest request = SummaryFixture::april();
    request.charts = true;
    request.averages = true;
    request.routines = false;
    request.review = false;
    request.moments = false;
    const QString few = pdfText(f.write(request, QStringLiteral("few.pdf")));
    REQUIRE_FALSE(few.isEmpty());
    CHECK(few.contains(QStringLiteral("Summary for my therapist")));
    CHECK(few.contains(QStringLiteral("Measures over time")));
    CHECK(few.contains(QStringLiteral("Averages")));
    for (const QString& heading : kHeadings.mid(2)) {
        INFO(heading.toStdString());
        CHECK_FALSE(few.contains(heading));
    }

    request.routines = true;
    request.review = true;
    request.moments = true;
    request.agenda = QStringLiteral("The nights, mostly.");
    request.entryIds = {f.entry(QDate(2026, 4, 6), QStringLiteral("Tuesday"), QStringLiteral("A quiet walk."))};
    request.name = QStringLiteral("Robin");
    const QString all = pdfText(f.write(request, QStringLiteral("all.pdf")));
    for (const QString& heading : kHeadings) {
        INFO(heading.toStdString());
        CHECK(all.contains(heading));
    }
    CHECK(all.contains(QStringLiteral("Name: Robin")));
    CHECK(all.contains(QStringLiteral("The nights, mostly.")));
    CHECK(all.contains(QStringLiteral("Flashbacks: 1")));
    CHECK(all.contains(QStringLiteral("Made on Thursday 30 April 2026")));
    CHECK(all.contains(QStringLiteral("From Wednesday 1 April 2026 to Thursday 30 April 2026 (30 days)")));
    // No name chosen: none anywhere.
    CHECK_FALSE(few.contains(QStringLiteral("Name:")));
}

TEST_CASE("report: a ticked entry is in the PDF, an unticked one and a draft are not", "[report]")
{
    SummaryFixture f;
    const qint64 ticked = f.entry(QDate(2026, 4, 8), QStringLiteral("Ticked title"),
        QStringLiteral("The tickedsentinel4711 words.\nA second paragraph."), {QStringLiteral("sleep")});
    f.entry(QDate(2026, 4, 9), QStringLiteral("Other"), QStringLiteral("The untickedsentinel0815 words."));
    const qint64 draft
        = f.entry(QDate(2026, 4, 9), QStringLiteral("Draft"), QStringLiteral("draftsentinel99"), {}, true);
    const qint64 earlier = f.entry(QDate(2026, 4, 2), QStringLiteral("Earlier"), QStringLiteral("earlysentinel12"));

    report::SummaryRequest request = SummaryFixture::april();
    request.entryIds = {ticked, earlier};
    const QString text = pdfText(f.write(request));
    CHECK(text.contains(QStringLiteral("tickedsentinel4711")));
    CHECK(text.contains(QStringLiteral("A second paragraph.")));
    CHECK(text.contains(QStringLiteral("Tags: sleep")));
    CHECK(text.contains(QStringLiteral("Wednesday 8 April 2026")));
    CHECK_FALSE(text.contains(QStringLiteral("untickedsentinel0815")));
    CHECK_FALSE(text.contains(QStringLiteral("draftsentinel99")));
    // In day order, whatever order they were ticked in.
    CHECK(text.indexOf(QStringLiteral("earlysentinel12")) < text.indexOf(QStringLiteral("tickedsentinel4711")));

    SECTION("a draft asked for by number is refused")
    {
        request.entryIds = {ticked, draft};
        Result<report::SummaryDataPtr> data = report::collectSummary(f.db(), request);
        REQUIRE_FALSE(data.ok());
        CHECK(data.code() == ErrorCode::InvalidInput);
        CHECK(data.error().message.contains(QStringLiteral("draft")));
    }
    SECTION("an entry outside the period is refused")
    {
        const qint64 march = f.entry(QDate(2026, 3, 31), QStringLiteral("March"), QStringLiteral("x"));
        request.entryIds = {march};
        Result<report::SummaryDataPtr> data = report::collectSummary(f.db(), request);
        REQUIRE_FALSE(data.ok());
        CHECK(data.code() == ErrorCode::InvalidInput);
        CHECK(data.error().message.contains(QStringLiteral("outside the chosen period")));
    }
    SECTION("an entry that is not there is refused")
    {
        request.entryIds = {ticked, 987654};
        Result<report::SummaryDataPtr> data = report::collectSummary(f.db(), request);
        REQUIRE_FALSE(data.ok());
        CHECK(data.code() == ErrorCode::InvalidInput);
    }
}

TEST_CASE("report: a record outside the period or not there is refused, or left out when the app asks", "[report]")
{
    SummaryFixture f;
    fill(f);
    records::RecordRepository repo(f.db(), f.tv.clock);
    const auto recordOn = [&](const QDate& day, const QString& words) {
        records::RecordFields fields;
        fields.day = day;
        fields.whatHappened = words;
        const Result<qint64> id = repo.create(fields);
        REQUIRE(id);
        return id.value();
    };
    const qint64 april = recordOn(QDate(2026, 4, 12), QStringLiteral("aprilrecordsentinel"));
    const qint64 march = recordOn(QDate(2026, 3, 20), QStringLiteral("marchrecordsentinel"));
    const qint64 deleted = recordOn(QDate(2026, 4, 13), QStringLiteral("deletedrecordsentinel"));
    REQUIRE(repo.remove(deleted).ok());

    report::SummaryRequest request = SummaryFixture::april();
    request.recordIds = {april, march};
    // As the CLI asks, with ids typed by hand: each must be there and in the period.
    Result<report::SummaryDataPtr> outside = report::collectSummary(f.db(), request);
    CHECK(outside.code() == ErrorCode::InvalidInput);
    CHECK(outside.error().message.contains(QStringLiteral("outside the chosen period")));
    request.recordIds = {april, deleted};
    Result<report::SummaryDataPtr> gone = report::collectSummary(f.db(), request);
    CHECK(gone.code() == ErrorCode::InvalidInput);
    CHECK(gone.error().message.contains(QStringLiteral("no record")));

    // As the app asks: its ticks outlive a narrower period and a delete, and those are left out.
    request.recordIds = {april, march, deleted};
    request.leaveOutOtherRecords = true;
    const QString text = pdfText(f.write(request));
    CHECK(text.contains(QStringLiteral("aprilrecordsentinel")));
    CHECK_FALSE(text.contains(QStringLiteral("marchrecordsentinel")));
    CHECK_FALSE(text.contains(QStringLiteral("deletedrecordsentinel")));
    // Nothing left of the ticked records is not an error: the summary has its other sections.
    request.recordIds = {march, deleted};
    const QString without = pdfText(f.write(request, QStringLiteral("no-records.pdf")));
    CHECK_FALSE(without.contains(QStringLiteral("Records I chose to share")));
    CHECK(without.contains(QStringLiteral("Measures over time")));
}

TEST_CASE("report: a measure never recorded in the period is left out, not shown as 0", "[report]")
{
    SummaryFixture f;
    f.record(QDate(2026, 4, 2), "mood", 3);
    f.record(QDate(2026, 4, 3), "mood", 0); // a real zero is a value
    f.record(QDate(2026, 3, 20), "anxiety", 6); // only in the period before
    report::SummaryRequest request = SummaryFixture::april();
    request.moments = true;
    const QString text = pdfText(f.write(request));
    CHECK(text.contains(QStringLiteral("Mood (0 to 10)")));
    CHECK(text.contains(QStringLiteral("recorded on 2 of 30 days")));
    CHECK(text.contains(QStringLiteral("1.5"))); // the mean of 3 and 0
    CHECK_FALSE(text.contains(QStringLiteral("Anxiety")));
    CHECK_FALSE(text.contains(QStringLiteral("Energy")));
    CHECK_FALSE(text.contains(QStringLiteral("Hours of sleep")));
    CHECK(text.contains(QStringLiteral("No hard moments were logged in this period.")));
}

TEST_CASE("report: hard moments are counts by kind, never their details", "[report]")
{
    SummaryFixture f;
    f.moment(QDate(2026, 4, 5), 0, QStringLiteral("momentdetailsentinel"));
    f.moment(QDate(2026, 4, 6), 0);
    f.moment(QDate(2026, 4, 7), 2);
    f.moment(QDate(2026, 3, 7), 1); // before the period
    report::SummaryRequest request = SummaryFixture::april();
    request.moments = true;
    const QString text = pdfText(f.write(request));
    CHECK(text.contains(QStringLiteral("Flashbacks: 2")));
    CHECK(text.contains(QStringLiteral("Moments of panic: 1")));
    CHECK_FALSE(text.contains(QStringLiteral("Nightmares")));
    CHECK_FALSE(text.contains(QStringLiteral("momentdetailsentinel")));
}

TEST_CASE("report: routines say done on N of M days, an item never done is left out", "[report]")
{
    SummaryFixture f;
    f.routineDone(2, QDate(2026, 4, 4));
    f.routineDone(2, QDate(2026, 4, 5));
    f.routineDone(2, QDate(2026, 3, 5));
    report::SummaryRequest request = SummaryFixture::april();
    const QString text = pdfText(f.write(request));
    CHECK(text.contains(QStringLiteral("A 30-minute walk: done on 2 of 30 days")));
    CHECK_FALSE(text.contains(QStringLiteral("Drink some water")));
    // The review compares with March.
    // March 2 to 31: as many days as April.
    CHECK(text.contains(QStringLiteral("and on 1 of 30 days in the earlier period")));
}

TEST_CASE("report: right-to-left text and emoji are written and can be read back", "[report]")
{
    SummaryFixture f;
    const QString hebrew = QStringLiteral("שלום");
    const QString arabic = QStringLiteral("مرحبا");
    const qint64 id = f.entry(QDate(2026, 4, 12), hebrew + QStringLiteral(" 🌊"),
        arabic + QStringLiteral(" بالعالم 🌊🌊 latinsentinel ") + QString(5000, u'x')
            + QStringLiteral("\u200B\u200Dzerowidth"));
    report::SummaryRequest request = SummaryFixture::april();
    request.entryIds = {id};
    request.agenda = QStringLiteral("🙂 ") + hebrew;
    const QString path = f.write(request);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("latinsentinel")));
    // The 5,000-letter word wraps anywhere, so the next word may be split across lines.
    CHECK(QString(text).remove(u'\n').contains(QStringLiteral("zerowidth")));
    // pdftotext gives shaped Arabic as presentation forms; compatibility normalisation turns
    // them back into the letters written. Right-to-left words may come in logical or visual order.
    const QString normalised = text.normalized(QString::NormalizationForm_KC);
    const auto containsEither = [&](const QString& word) {
        QString reversed = word;
        std::reverse(reversed.begin(), reversed.end());
        return normalised.contains(word) || normalised.contains(reversed);
    };
    CHECK(containsEither(hebrew));
    CHECK(containsEither(arabic));
    CHECK(pdfPageCount(path) >= 1);
}

TEST_CASE("report: the review compares with the days just before, or says there is nothing to compare", "[report]")
{
    SummaryFixture f;
    f.record(QDate(2026, 4, 2), "mood", 6);
    f.record(QDate(2026, 4, 3), "mood", 8);
    report::SummaryRequest request = SummaryFixture::april();
    request.charts = request.averages = request.routines = false;
    const QString alone = pdfText(f.write(request, QStringLiteral("alone.pdf")));
    CHECK(alone.contains(QStringLiteral("Compared with the 30 days before")));
    CHECK(alone.contains(QStringLiteral("nothing to compare with yet")));
    CHECK_FALSE(alone.contains(QStringLiteral("Mood:")));

    f.record(QDate(2026, 3, 20), "mood", 4);
    const QString compared = pdfText(f.write(request, QStringLiteral("compared.pdf")));
    CHECK(compared.contains(QStringLiteral("Check-ins on 2 of 30 days, and on 1 of 30 days in the earlier period.")));
    CHECK(compared.contains(QStringLiteral("Mood: 4 → 7 on average (higher)")));
    CHECK_FALSE(compared.contains(QStringLiteral("nothing to compare with yet")));
}

TEST_CASE("report: colour emoji, which Qt's PDF engine leaves blank, are painted as images over their text",
    "[report][emoji]")
{
    // Needs a colour emoji font: scripts/debian-packages.txt installs fonts-noto-color-emoji (so
    // people's summaries show emoji too); TIDELINE_TEST_EMOJI_FONT names another file. Without
    // one, emoji would fall back to outline glyphs and there would be nothing to check, so a
    // missing font fails here rather than skipping.
    QString fontFile = qEnvironmentVariable("TIDELINE_TEST_EMOJI_FONT");
    if (fontFile.isEmpty()) {
        fontFile = QStringLiteral("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf");
    }
    INFO("colour emoji font: " << fontFile.toStdString());
    REQUIRE(QFileInfo::exists(fontFile));
    REQUIRE(QFontDatabase::addApplicationFont(fontFile) >= 0);
    SummaryFixture f;
    report::SummaryRequest request = SummaryFixture::april();
    request.charts = request.averages = request.routines = request.review = false;
    request.agenda = QStringLiteral("No emoji here, only words.");
    const QString plain = f.write(request, QStringLiteral("plain.pdf"));
    CHECK(pdfImageCount(plain) == 0);

    request.agenda = QStringLiteral("emojisentinel 🌊 and 🙂");
    const QString withEmoji = f.write(request, QStringLiteral("emoji.pdf"));
    CHECK(pdfImageCount(withEmoji) == 2); // one for each run of glyphs from the emoji font
    CHECK(pdfText(withEmoji).contains(QStringLiteral("emojisentinel")));
}

TEST_CASE("report: the sensitive measure is shared only when asked for, even when turned on", "[report]")
{
    SummaryFixture f;
    const Metric selfHarm = f.metric("self_harm_thoughts");
    REQUIRE(MetricRepository(f.db()).setEnabled(selfHarm.id, true).ok());
    f.record(QDate(2026, 4, 2), "self_harm_thoughts", 2);
    f.record(QDate(2026, 4, 2), "mood", 5);
    report::SummaryRequest request = SummaryFixture::april();
    const QString without = pdfText(f.write(request, QStringLiteral("without.pdf")));
    CHECK(without.contains(QStringLiteral("Mood (0 to 10)")));
    CHECK_FALSE(without.contains(QStringLiteral("Thoughts of self-harm")));

    request.sensitiveMeasures = true;
    const QString with = pdfText(f.write(request, QStringLiteral("with.pdf")));
    CHECK(with.contains(QStringLiteral("Thoughts of self-harm (0 to 10)")));
}
