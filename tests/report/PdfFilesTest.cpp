// The PDFs Tideline writes, as files: owner-only whatever the umask, never over an existing file,
// and, in neutral mode, not a word of the app's name inside (pdfinfo's title, creator and
// producer, or the pages' text).
#include "FileMode.h"
#include "PdfText.h"
#include "SummaryFixture.h"

#include "core/common/AppName.h"
#include "core/report/SafetyPlanPdf.h"
#include "core/report/Summary.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::test;
using namespace Qt::StringLiterals;

namespace {

struct NeutralFor
{
    explicit NeutralFor(bool on) { showNeutralName(on); }
    ~NeutralFor() { showNeutralName(false); }
};

report::SafetyPlanDocument plan()
{
    report::SafetyPlanDocument document;
    document.title = u"My safety plan"_s;
    document.footer = u"If you are in danger right now, call your local emergency number."_s;
    document.parts.append({u"Places that help"_s, {u"The library on Elm Street"_s}, 0});
    return document;
}

} // namespace

TEST_CASE("report: the safety-plan PDF is 0600, replaces nothing, and names no app", "[report][files]")
{
    const ScopedUmask lax(022);
    const NeutralFor neutral(true);
    QTemporaryDir out;
    const QString path = out.filePath(u"plan.pdf"_s);
    REQUIRE(report::writeSafetyPlanPdf(plan(), path).ok());
    CHECK(permissionsOf(path) == 0600); // it was 0644 through QSaveFile
    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"plan.pdf"_s}); // no temporary left

    const QString info = pdfInfo(path);
    INFO(info.toStdString());
    REQUIRE(info.contains(u"Title:"_s));
    CHECK(info.contains(u"My safety plan"_s));
    CHECK_FALSE(info.contains(u"Tideline"_s, Qt::CaseInsensitive));
    const QString text = pdfText(path);
    CHECK(text.contains(u"The library on Elm Street"_s));
    CHECK_FALSE(text.contains(u"Tideline"_s, Qt::CaseInsensitive));

    const Status again = report::writeSafetyPlanPdf(plan(), path);
    CHECK(again.code() == ErrorCode::CannotWrite);
    CHECK(again.error().message.contains(u"already exists"_s));
}

TEST_CASE("report: a summary made in neutral mode names no app, inside or out", "[report][files]")
{
    const ScopedUmask lax(022);
    const NeutralFor neutral(true);
    SummaryFixture f;
    f.record(QDate(2026, 4, 10), "mood", 6);
    f.entry(QDate(2026, 4, 11), u"A calm walk"_s, u"Along the river"_s);
    const QString path = f.write(SummaryFixture::april());
    CHECK(permissionsOf(path) == 0600);
    const QString info = pdfInfo(path);
    INFO(info.toStdString());
    CHECK(info.contains(u"Producer:"_s));
    CHECK_FALSE(info.contains(u"Tideline"_s, Qt::CaseInsensitive));
    CHECK_FALSE(pdfText(path).contains(u"Tideline"_s, Qt::CaseInsensitive));
}
