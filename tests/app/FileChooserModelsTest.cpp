// The C++ behind Tideline's own file chooser (app/files): the folder list, the places, and the
// checks it asks for before it hands a path over.
#include "Wait.h"
#include "app/files/FileChoice.h"
#include "app/files/FolderModel.h"
#include "app/files/PlacesModel.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"

#include "FileProbe.h"
#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::app;
using namespace Qt::StringLiterals;

namespace {

QStringList namesIn(const QAbstractItemModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        names << model.data(model.index(row, 0), FolderModel::NameRole).toString();
    }
    return names;
}

// A session whose vault lives in dir/vault, unlocked, with dir/outside beside it.
struct ChooserSession
{
    QTemporaryDir dir;
    QString vault = dir.filePath(u"vault"_s);
    QString outside = dir.filePath(u"outside"_s);
    Session session{VaultPaths{vault}, test::fastKdf()};

    ChooserSession()
    {
        REQUIRE(QDir().mkpath(outside));
        Session::setQmlInstance(&session);
        session.start();
        SecretEntry pin;
        pin.appendText(QString::fromLatin1(test::kTestPin));
        session.createVault(&pin, Session::SecretKind::Pin);
        REQUIRE(test::waitUntil([this] { return session.state() == Session::State::Unlocked; }));
        session.onboarding().acknowledgeRecoveryCode();
    }
    ~ChooserSession() { Session::setQmlInstance(nullptr); }

    // What the models under test are given, as QML gives it to them in the app.
    VaultAccess* access() { return &session.vaultAccess(); }
};

} // namespace

TEST_CASE("FolderModel lists a folder on a worker and hands rows over a page at a time", "[files]")
{
    QTemporaryDir dir;
    for (int i = 0; i < 25; ++i) {
        REQUIRE(test::writeAll(dir.filePath(u"entry-%1.pdf"_s.arg(i)), "x"));
    }
    REQUIRE(QDir(dir.path()).mkdir(u"Therapy"_s));
    REQUIRE(QDir(dir.path()).mkdir(u".cache"_s));
    REQUIRE(test::writeAll(dir.filePath(u"photo.jpg"_s), "x"));

    FolderModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(10);
    model.setNameFilters({u"*.pdf"_s});
    QSignalSpy loading(&model, &FolderModel::loadingChanged);
    model.setFolder(dir.path() + u"/"_s);
    CHECK(model.folder() == dir.path());
    CHECK(model.loading());
    REQUIRE(test::waitUntil([&] { return !model.loading(); }));
    CHECK(model.problem().isEmpty());
    CHECK(model.totalCount() == 26); // the folder and 25 PDFs; no hidden folder, no photo
    CHECK(model.rowCount() == 10);
    CHECK(model.data(model.index(0, 0), FolderModel::NameRole).toString() == u"Therapy"_s);
    CHECK(model.data(model.index(0, 0), FolderModel::IsFolderRole).toBool());
    CHECK(model.data(model.index(1, 0), FolderModel::PathRole).toString() == dir.filePath(u"entry-0.pdf"_s));
    CHECK(namesIn(model).mid(1, 3) == QStringList{u"entry-0.pdf"_s, u"entry-1.pdf"_s, u"entry-2.pdf"_s});
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 20);
    CHECK(model.rowOf(u"entry-24.pdf"_s) == 25);
    CHECK(model.rowCount() == 26);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.rowOf(u"photo.jpg"_s) == -1);
    CHECK(model.parentFolder() == QFileInfo(dir.path()).absolutePath());

    // Folders only when no file is wanted; a folder that is not there says so in plain words.
    model.setNameFilters({});
    REQUIRE(test::waitUntil([&] { return !model.loading(); }));
    CHECK(namesIn(model) == QStringList{u"Therapy"_s});
    model.setFolder(dir.filePath(u"gone"_s));
    REQUIRE(test::waitUntil([&] { return !model.loading(); }));
    CHECK(model.rowCount() == 0);
    CHECK(model.problem().contains(u"not there"_s));
    model.setFolder(u"/"_s);
    CHECK(model.parentFolder().isEmpty());
    REQUIRE(test::waitUntil([&] { return !model.loading(); }));
}

TEST_CASE("PlacesModel offers home, the standard folders, the last folder and plugged-in drives", "[files]")
{
    ChooserSession s;
    QTemporaryDir media;
    const QString user
        = qEnvironmentVariableIsEmpty("USER") ? QDir(QDir::homePath()).dirName() : qEnvironmentVariable("USER");
    REQUIRE(QDir().mkpath(media.filePath(u"USB STICK"_s)));
    REQUIRE(QDir().mkpath(media.filePath(user + u"/Backup drive"_s)));
    QTemporaryDir runMedia;
    REQUIRE(QDir().mkpath(runMedia.filePath(u"CARD"_s)));

    PlacesModel places(s.access());
    QAbstractItemModelTester tester(&places, QAbstractItemModelTester::FailureReportingMode::Fatal);
    places.setDriveRoots({media.path(), media.filePath(user), runMedia.path(), media.filePath(u"missing"_s)});
    QStringList kinds;
    QStringList labels;
    for (int row = 0; row < places.rowCount(); ++row) {
        kinds << places.data(places.index(row), PlacesModel::KindRole).toString();
        labels << places.data(places.index(row), PlacesModel::LabelRole).toString();
    }
    INFO(labels.join(u", "_s).toStdString());
    CHECK(kinds.first() == u"home"_s);
    CHECK(labels.contains(u"USB STICK"_s));
    CHECK(labels.contains(u"Backup drive"_s));
    CHECK(labels.contains(u"CARD"_s));
    CHECK_FALSE(labels.contains(user)); // the user's own folder under /media holds drives; it is not one
    CHECK_FALSE(kinds.contains(u"last"_s));

    FileChoice choice(s.access());
    REQUIRE_FALSE(choice.savePath(s.outside, u"summary"_s, {u"*.pdf"_s}).isEmpty());
    places.refresh();
    CHECK(places.data(places.index(0), PlacesModel::KindRole).toString() == u"last"_s);
    CHECK(places.data(places.index(0), PlacesModel::PathRole).toString() == s.outside);
    CHECK(choice.startFolder() == s.outside);
}

TEST_CASE("FileChoice refuses the data folder with a plain reason, for saving and opening", "[files]")
{
    ChooserSession s;
    FileChoice choice(s.access());
    QSignalSpy problems(&choice, &FileChoice::problemChanged);

    CHECK(choice.folderNote(s.outside, true).isEmpty());
    CHECK(choice.folderNote(s.vault, true).contains(u"keeps your encrypted vault"_s));
    CHECK(choice.folderNote(s.outside + u"/../vault"_s, false).contains(u"nothing is brought in"_s));

    CHECK(choice.savePath(s.vault, u"summary"_s, {u"*.pdf"_s}).isEmpty());
    CHECK(choice.problem().contains(u"keeps your encrypted vault"_s));
    CHECK(problems.count() == 1);
    CHECK(QDir(s.vault).entryList({u"summary*"_s}).isEmpty());

    const QString saved = choice.savePath(s.outside, u"summary"_s, {u"*.pdf"_s});
    CHECK(saved == s.outside + u"/summary.pdf"_s);
    CHECK(choice.problem().isEmpty());
    REQUIRE(test::writeAll(saved, "pdf"));
    CHECK(choice.savePath(s.outside, u"summary.pdf"_s, {u"*.pdf"_s}).isEmpty());
    CHECK(choice.problem().contains(u"already a file"_s));

    CHECK(choice.openPath(s.vault + u"/keyslots"_s).isEmpty());
    CHECK(choice.problem().contains(u"nothing is brought in"_s));
    CHECK(choice.openPath(u"file://"_s + saved) == saved);
    CHECK(choice.typedFolder(u"../vault"_s, s.outside) == s.vault); // may be looked at; not used
    CHECK(choice.typedFolder(u"nowhere"_s, s.outside).isEmpty());
    CHECK(choice.problem().contains(u"no folder called"_s));

    // Locked (or during onboarding) nothing is remembered, and the chooser starts in Documents or home.
    s.session.lock();
    FileChoice locked(s.access());
    CHECK(locked.startFolder() != s.outside);
}
