#include "Wait.h"
#include "app/AppSettings.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"
#include "app/safety/CrisisResourceModel.h"
#include "app/safety/GroundingNotesKeeper.h"
#include "app/safety/NeutralName.h"
#include "app/safety/SafetyContactModel.h"
#include "app/safety/SafetyPlanExporter.h"
#include "app/safety/SafetyPlanSectionModel.h"

#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::app;
using namespace Qt::StringLiterals;

namespace {

// A session registered as the app's, on a new vault that is open, as after onboarding.
struct OpenSession
{
    OpenSession() : session(VaultPaths{dir.path()}, test::fastKdf())
    {
        Session::setQmlInstance(&session);
        session.start();
        SecretEntry entry;
        entry.appendText(QString::fromLatin1(test::kTestPin));
        session.createVault(&entry, Session::SecretKind::Pin);
        REQUIRE(test::waitUntil([this] { return session.state() == Session::State::Unlocked; }));
        session.onboarding().acknowledgeRecoveryCode();
    }
    ~OpenSession() { Session::setQmlInstance(nullptr); }

    // What the models under test are given, as QML gives it to them in the app.
    VaultAccess* vault() { return &session.vaultAccess(); }

    void unlockAgain()
    {
        SecretEntry entry;
        entry.appendText(QString::fromLatin1(test::kTestPin));
        session.unlock(&entry);
        REQUIRE(test::waitUntil([this] { return session.state() == Session::State::Unlocked; }));
    }

    QTemporaryDir dir;
    Session session;
};

QStringList column(const QAbstractItemModel& model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values.append(model.data(model.index(row, 0), role).toString());
    }
    return values;
}

} // namespace

TEST_CASE("Safety plan model: edits are saved at once and vanish on lock", "[safety]")
{
    OpenSession open;
    SafetyPlanSectionModel model(open.vault());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSection(u"coping_step"_s);
    CHECK(model.count() == 0);
    CHECK_FALSE(model.checkable());

    REQUIRE(model.add(u"Warm tea"_s));
    REQUIRE(model.add(u"Call Maya 📞"_s));
    CHECK_FALSE(model.add(u" \u200B "_s));
    CHECK(model.lastError().contains(u"a few words"_s));
    REQUIRE(model.move(1, -1));
    CHECK(column(model, SafetyPlanSectionModel::TextRole) == QStringList{u"Call Maya 📞"_s, u"Warm tea"_s});
    REQUIRE(model.edit(1, u"Warm tea and a blanket"_s));
    CHECK(model.lastError().isEmpty());
    CHECK_FALSE(model.setChecked(0, true)); // only the bag has ticks
    CHECK_FALSE(model.remove(7)); // no such row

    SafetyPlanSectionModel bag(open.vault());
    bag.setSection(u"emergency_bag"_s);
    CHECK(bag.checkable());
    CHECK(bag.count() == 8);
    REQUIRE(bag.setChecked(0, true));
    CHECK(bag.data(bag.index(0), SafetyPlanSectionModel::CheckedRole).toBool());

    // A removal can be taken back, tick and place included, until the vault locks.
    const QStringList before = column(bag, SafetyPlanSectionModel::TextRole);
    QSignalSpy removed(&bag, &SafetyPlanSectionModel::removedChanged);
    REQUIRE(bag.remove(0));
    CHECK(bag.removedText() == u"Clothes"_s);
    CHECK(bag.count() == 7);
    REQUIRE(bag.undoRemove());
    CHECK(bag.removedText().isEmpty());
    CHECK(column(bag, SafetyPlanSectionModel::TextRole) == before);
    CHECK(bag.data(bag.index(0), SafetyPlanSectionModel::CheckedRole).toBool());
    CHECK_FALSE(bag.undoRemove()); // nothing left to put back
    REQUIRE(bag.remove(3));
    CHECK(removed.count() >= 3);

    open.session.lock();
    CHECK(model.count() == 0);
    CHECK(bag.count() == 0);
    CHECK(bag.removedText().isEmpty()); // no removed text is kept in memory once locked
    CHECK_FALSE(model.add(u"while locked"_s));
    CHECK(model.lastError().contains(u"locked"_s));

    open.unlockAgain();
    CHECK(
        column(model, SafetyPlanSectionModel::TextRole) == QStringList{u"Call Maya 📞"_s, u"Warm tea and a blanket"_s});
}

TEST_CASE("Safety contacts model: add, edit, reorder, remove", "[safety]")
{
    OpenSession open;
    SafetyContactModel model(open.vault());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.add(u"Maya"_s, u"555 0100"_s, u""_s, u"person"_s));
    REQUIRE(model.add(u"Dr. Rivera"_s, u""_s, u"Tuesdays"_s, u"professional"_s));
    CHECK_FALSE(model.add(u""_s, u"1"_s, u""_s, u"person"_s));
    REQUIRE(model.move(1, -1));
    CHECK(column(model, SafetyContactModel::NameRole) == QStringList{u"Dr. Rivera"_s, u"Maya"_s});
    REQUIRE(model.edit(1, u"Maya K."_s, u"555 0101"_s, u"code word"_s, u"hotline"_s));
    CHECK(model.data(model.index(1), SafetyContactModel::KindRole).toString() == u"hotline"_s);
    REQUIRE(model.remove(0));
    CHECK(model.count() == 1);
    CHECK(model.removedName() == u"Dr. Rivera"_s);
    REQUIRE(model.undoRemove());
    CHECK(column(model, SafetyContactModel::NameRole) == QStringList{u"Dr. Rivera"_s, u"Maya K."_s});
    CHECK(model.data(model.index(0), SafetyContactModel::NoteRole).toString() == u"Tuesdays"_s);
}

TEST_CASE("Support numbers: the lock screen sees the catalogue only, open, the person's own too", "[safety]")
{
    OpenSession open;
    CrisisResourceModel personal(open.vault());
    QAbstractItemModelTester tester(&personal, QAbstractItemModelTester::FailureReportingMode::Fatal);
    personal.setPersonal(true);
    CHECK(personal.regionCode() == u"US"_s);
    CHECK(column(personal, CrisisResourceModel::PhoneRole).contains(u"800-799-7233"_s));

    const int gb = static_cast<int>(CrisisResourceModel::regionNames().indexOf(u"United Kingdom"_s));
    REQUIRE(gb >= 0);
    REQUIRE(personal.chooseRegion(gb));
    REQUIRE(personal.addOwn(u"Local refuge"_s, u"01234 567890"_s, u""_s));
    CHECK_FALSE(personal.addOwn(u"No number"_s, u""_s, u""_s));
    SafetyContactModel contacts(open.vault());
    REQUIRE(contacts.add(u"Maya"_s, u"555 0100"_s, u""_s, u"person"_s));
    REQUIRE(contacts.add(u"No phone"_s, u""_s, u""_s, u"person"_s));

    CrisisResourceModel again(open.vault()); // as a dialog opened later
    again.setPersonal(true);
    CHECK(again.regionCode() == u"GB"_s);
    const QStringList phones = column(again, CrisisResourceModel::PhoneRole);
    CHECK(phones.contains(u"0808 2000 247"_s));
    CHECK(phones.contains(u"01234 567890"_s));
    CHECK(phones.contains(u"555 0100"_s));
    CHECK_FALSE(column(again, CrisisResourceModel::NameRole).contains(u"No phone"_s));
    const int last = again.count() - 1;
    CHECK(again.data(again.index(last), CrisisResourceModel::YoursRole).toBool());
    CHECK_FALSE(again.data(again.index(0), CrisisResourceModel::YoursRole).toBool());

    // Not personal (the lock screen's dialog): the default region, nothing of the person's.
    CrisisResourceModel lockScreen(open.vault());
    CHECK(lockScreen.regionCode() == u"US"_s);
    CHECK_FALSE(column(lockScreen, CrisisResourceModel::PhoneRole).contains(u"01234 567890"_s));
    // A look at another region there is not remembered.
    REQUIRE(lockScreen.chooseRegion(gb));
    CHECK(lockScreen.regionCode() == u"GB"_s);
    CrisisResourceModel afterwards(open.vault());
    afterwards.setPersonal(true);
    CHECK(afterwards.regionCode() == u"GB"_s); // still the person's own choice
    CHECK_FALSE(lockScreen.addOwn(u"x"_s, u"1"_s, u""_s));

    // Locking drops every personal row and the chosen region at once.
    open.session.lock();
    CHECK(again.regionCode() == u"US"_s);
    for (int row = 0; row < again.count(); ++row) {
        CHECK_FALSE(again.data(again.index(row), CrisisResourceModel::YoursRole).toBool());
    }
    CHECK_FALSE(column(again, CrisisResourceModel::PhoneRole).contains(u"555 0100"_s));
}

TEST_CASE("Grounding notes are kept only through the keeper, and only while open", "[safety]")
{
    OpenSession open;
    GroundingNotesKeeper keeper(open.vault());
    CHECK_FALSE(keeper.keep(u"5-4-3-2-1"_s, u"   "_s));
    CHECK_FALSE(keeper.lastError().isEmpty());
    CHECK(keeper.keep(u"5-4-3-2-1"_s, u"The window, the lamp"_s));
    CHECK(keeper.lastError().isEmpty());
    open.session.lock();
    CHECK_FALSE(keeper.keep(u"5-4-3-2-1"_s, u"text"_s));
    CHECK(keeper.lastError().contains(u"locked"_s));
}

TEST_CASE("Safety plan PDF: one page with the plan's words, never over an existing file", "[safety]")
{
    OpenSession open;
    SafetyPlanSectionModel signs(open.vault());
    signs.setSection(u"warning_sign"_s);
    REQUIRE(signs.add(u"I stop answering messages"_s));
    SafetyPlanSectionModel places(open.vault());
    places.setSection(u"safe_place"_s);
    REQUIRE(places.add(u"My aunt's flat, bus 12"_s));
    SafetyContactModel contacts(open.vault());
    REQUIRE(contacts.add(u"Maya"_s, u"555 0100"_s, u""_s, u"person"_s));
    REQUIRE(contacts.add(u"Sam"_s, u"555 0101"_s, u"after 6 pm"_s, u"person"_s));
    REQUIRE(contacts.add(u"Clinic %2 %1"_s, u""_s, u"mornings"_s, u"professional"_s)); // its %2 stays as typed

    QTemporaryDir out;
    SafetyPlanExporter exporter(open.vault());
    const auto at = [&out](const QString& name) { return out.filePath(name); };
    CHECK_FALSE(exporter.exportTo(at(u"  "_s)));
    CHECK_FALSE(exporter.exportTo(at(u"missing/plan"_s)));
    CHECK_FALSE(exporter.exportTo(open.session.dataDirectory() + u"/plan"_s));
    CHECK(exporter.lastError().contains(u"keeps your encrypted vault"_s));
    REQUIRE(exporter.exportTo(at(u"plan"_s)));
    const QString pdf = out.filePath(u"plan.pdf"_s);
    CHECK(exporter.savedPath() == pdf);
    CHECK_FALSE(exporter.exportTo(at(u"plan.pdf"_s))); // there already: nothing replaced
    CHECK(exporter.lastError().contains(u"already"_s));

    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    REQUIRE_FALSE(pdftotext.isEmpty()); // poppler-utils, scripts/debian-packages.txt
    QProcess text;
    text.start(pdftotext, {pdf, u"-"_s});
    REQUIRE(text.waitForFinished(20000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    INFO(words.toStdString());
    CHECK(words.contains(u"My safety plan"_s));
    CHECK(words.contains(u"I stop answering messages"_s));
    CHECK(words.contains(u"My aunt's flat, bus 12"_s));
    // Each contact on one line, whatever it has (whole translated lines, not pieces).
    CHECK(words.contains(u"Maya — 555 0100"_s));
    CHECK(words.contains(u"Sam — 555 0101 (after 6 pm)"_s));
    CHECK(words.contains(u"Clinic %2 %1 (mornings)"_s));
    CHECK(words.contains(u"Phone charger"_s));

    QProcess info;
    info.start(QStandardPaths::findExecutable(u"pdfinfo"_s), {pdf});
    REQUIRE(info.waitForFinished(20000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));

    // A long plan still prints on one page, saying how much more there is.
    for (int i = 0; i < 60; ++i) {
        REQUIRE(signs.add(u"A fairly long warning sign that takes most of a printed line, number %1"_s.arg(i)));
    }
    REQUIRE(exporter.exportTo(at(u"long"_s)));
    QProcess longInfo;
    longInfo.start(QStandardPaths::findExecutable(u"pdfinfo"_s), {out.filePath(u"long.pdf"_s)});
    REQUIRE(longInfo.waitForFinished(20000));
    CHECK(QString::fromUtf8(longInfo.readAllStandardOutput()).contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));
    QProcess longText;
    longText.start(pdftotext, {out.filePath(u"long.pdf"_s), u"-"_s});
    REQUIRE(longText.waitForFinished(20000));
    CHECK(QString::fromUtf8(longText.readAllStandardOutput()).contains(u"more in the app"_s));
}

TEST_CASE("Neutral mode: the display name says Notes, and the choice is kept", "[safety]")
{
    QTemporaryDir dir;
    const QString path = VaultPaths{dir.path()}.settings();
    {
        AppSettings settings(path);
        CHECK_FALSE(settings.neutralMode());
        followNeutralMode(settings);
        CHECK(QGuiApplication::applicationDisplayName() == u"Tideline"_s);
        QSignalSpy spy(&settings, &AppSettings::neutralModeChanged);
        settings.setNeutralMode(true);
        CHECK(spy.count() == 1);
        CHECK(settings.appName() == u"Notes"_s);
        CHECK(QGuiApplication::applicationDisplayName() == u"Notes"_s);
    }
    AppSettings reopened(path);
    CHECK(reopened.neutralMode());
    CHECK(reopened.appName() == u"Notes"_s);
    reopened.setNeutralMode(false);
    CHECK(reopened.appName() == u"Tideline"_s);
    QGuiApplication::setApplicationDisplayName(QString()); // as it was for the other tests
}
