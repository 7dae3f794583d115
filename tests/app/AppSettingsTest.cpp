#include "app/AppSettings.h"
#include "RecoveryCodeText.h"
#include "Wait.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"
#include "core/common/AppName.h"

#include "FileMode.h"
#include "FileProbe.h"
#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::app;
using namespace Qt::StringLiterals;

TEST_CASE("AppSettings: calm defaults", "[settings]")
{
    QTemporaryDir dir;
    AppSettings settings(VaultPaths{dir.path()}.settings());
    CHECK(settings.autoLockMinutes() == 5);
    CHECK(settings.coverWhenInactive());
    CHECK_FALSE(settings.lockWhenMinimized());
    CHECK(settings.theme() == AppSettings::Theme::System);
    CHECK_FALSE(settings.reduceMotion());
}

TEST_CASE("AppSettings: choices persist in the INI file and odd values are refused", "[settings]")
{
    QTemporaryDir dir;
    const QString path = VaultPaths{dir.path()}.settings();
    {
        AppSettings settings(path);
        QSignalSpy spy(&settings, &AppSettings::autoLockMinutesChanged);
        settings.setAutoLockMinutes(7); // not one of the offered choices
        CHECK(settings.autoLockMinutes() == 5);
        CHECK(spy.count() == 0);
        settings.setAutoLockMinutes(15);
        CHECK(spy.count() == 1);
        settings.setCoverWhenInactive(false);
        settings.setLockWhenMinimized(true);
        settings.setTheme(AppSettings::Theme::Dark);
        settings.setReduceMotion(true);
    }
    AppSettings reopened(path);
    CHECK(reopened.autoLockMinutes() == 15);
    CHECK_FALSE(reopened.coverWhenInactive());
    CHECK(reopened.lockWhenMinimized());
    CHECK(reopened.theme() == AppSettings::Theme::Dark);
    CHECK(reopened.reduceMotion());

    const QByteArray ini = test::readAll(path);
    CHECK(ini.contains("autoLockMinutes=15"));
    CHECK(ini.contains("theme=dark"));
}

TEST_CASE("AppSettings: the settings file holds no secret", "[settings]")
{
    QTemporaryDir dir;
    const VaultPaths paths{dir.path()};
    AppSettings settings(paths.settings());
    Session session(paths, test::fastKdf());
    session.start();
    SecretEntry entry;
    entry.appendText(u"864213579"_s);
    session.createVault(&entry, Session::SecretKind::Pin);
    REQUIRE(test::waitUntil([&] { return session.state() == Session::State::Unlocked; }));
    const QString recoveryCode = test::recoveryCodeText(session.onboarding());
    settings.setAutoLockMinutes(2);
    settings.setTheme(AppSettings::Theme::Light);

    const QByteArray ini = test::readAll(paths.settings());
    REQUIRE_FALSE(ini.isEmpty());
    CHECK_FALSE(ini.contains("864213579"));
    CHECK(test::filesContaining(dir.path(), recoveryCode).isEmpty());
    CHECK(test::filesContaining(dir.path(), u"864213579"_s).isEmpty());
}

TEST_CASE("AppSettings: the language choice is kept, and an unknown one is refused", "[settings]")
{
    QTemporaryDir dir;
    {
        AppSettings settings(VaultPaths{dir.path()}.settings());
        CHECK(settings.language().isEmpty()); // follows the system until a choice
        CHECK(settings.languages() == QStringList{u"en"_s, u"es"_s});
        CHECK(settings.languageNames() == QStringList{u"English"_s, u"Español"_s});
        QSignalSpy changed(&settings, &AppSettings::languageChanged);
        settings.setLanguage(u"es"_s);
        settings.setLanguage(u"klingon"_s);
        CHECK(changed.size() == 1);
        CHECK(settings.languageInUse() == u"es"_s);
    }
    AppSettings again(VaultPaths{dir.path()}.settings());
    CHECK(again.language() == u"es"_s);
    QSettings raw(again.fileName(), QSettings::IniFormat);
    raw.setValue(u"appearance/language"_s, u"xx"_s); // a hand-edited file
    raw.sync();
    AppSettings edited(VaultPaths{dir.path()}.settings());
    CHECK(edited.language().isEmpty());
}

TEST_CASE("AppSettings: settings.ini is readable by its owner only, whatever the umask", "[settings]")
{
    const test::ScopedUmask lax(022);
    QTemporaryDir dir;
    const QString ini = VaultPaths{dir.path()}.settings();
    {
        AppSettings settings(ini);
        settings.setTheme(AppSettings::Theme::Dark);
        CHECK(test::permissionsOf(ini) == 0600);
        settings.setReduceMotion(true); // a second write keeps the mode
        CHECK(test::permissionsOf(ini) == 0600);
    }
    AppSettings again(ini);
    CHECK(again.theme() == AppSettings::Theme::Dark);
}

TEST_CASE("AppSettings: neutral mode switches the name core's messages use too", "[settings][neutral]")
{
    QTemporaryDir dir;
    AppSettings settings(VaultPaths{dir.path()}.settings());
    CHECK(settings.appName() == u"Tideline"_s);
    CHECK(tideline::appName() == u"Tideline"_s);
    QString nameWhenSignalled;
    QObject::connect(&settings, &AppSettings::neutralModeChanged, [&] { nameWhenSignalled = tideline::appName(); });
    settings.setNeutralMode(true);
    CHECK(settings.appName() == u"Notes"_s);
    CHECK(nameWhenSignalled == u"Notes"_s); // already switched when bindings wake up
    CHECK(AppSettings::neutralName() == u"Notes"_s);
    {
        AppSettings later(VaultPaths{dir.path()}.settings()); // a later start reads it back
        CHECK(tideline::appName() == u"Notes"_s);
    }
    settings.setNeutralMode(false);
    CHECK(tideline::appName() == u"Tideline"_s);
}
