// settings.ini is plain and can be edited by anyone with the account: whatever it holds, the app
// starts with calm defaults for what it cannot read, loses nothing it can, and never hands a
// value to QDataStream (QSettings' "@Variant(...)" made one fuzzed file allocate 21 GB).
#include "app/settings/SettingsFile.h"
#include "app/AppSettings.h"

#include "FileMode.h"
#include "FileProbe.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

using namespace tideline::app;
using namespace Qt::StringLiterals;

namespace {

QString writeIni(const QTemporaryDir& dir, const QByteArray& contents)
{
    const QString path = dir.filePath(u"settings.ini"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(contents) == contents.size());
    return path;
}

void checkDefaults(const AppSettings& settings)
{
    CHECK(settings.autoLockMinutes() == 5);
    CHECK(settings.coverWhenInactive());
    CHECK_FALSE(settings.lockWhenMinimized());
    CHECK(settings.theme() == AppSettings::Theme::System);
    CHECK_FALSE(settings.reduceMotion());
    CHECK_FALSE(settings.neutralMode());
    CHECK(settings.textScale() == 100);
    CHECK(settings.language().isEmpty());
}

} // namespace

TEST_CASE("SettingsFile: serialised values are text, never objects", "[settings]")
{
    QTemporaryDir dir;
    // A QStringList of four thousand million strings, in QSettings' own escaping: QSettings
    // reserves room for them all before it reads one.
    const QString path = writeIni(dir,
        "[privacy]\n"
        "autoLockMinutes=@Variant(\\0\\0\\0\\v\\0\\xff\\xff\\xff\\xff)\n"
        "neutralMode=@ByteArray(true)\n"
        "[appearance]\n"
        "theme=@Variant(\\0\\0\\0\\n\\0\\xff\\xff\\xff\\xf0)\n"
        "textScale=@Rect(0 0 100000 100000)\n");
    AppSettings settings(path);
    checkDefaults(settings);

    settings.setTheme(AppSettings::Theme::Dark);
    AppSettings reopened(path);
    CHECK(reopened.theme() == AppSettings::Theme::Dark);
    CHECK(reopened.autoLockMinutes() == 5);
}

TEST_CASE("SettingsFile: damaged, odd or oversized files give the calm defaults", "[settings]")
{
    QTemporaryDir dir;
    const QByteArray oversized = "[appearance]\ntheme=dark\n" + QByteArray(SettingsFile::kMaxFileBytes, '#');
    const QByteArray binary = QByteArray::fromHex("00ff10fe7f80c3283d5b5d0a0d") + QByteArray(500, '\0');
    const QByteArray odd = "[privacy]\nautoLockMinutes=1\u200b5\n"
                           "[appearance]\ntheme=\u202edark\nlanguage=\xf0\x9f\x8c\x8a\n"
                           "reduceMotion\n=true\n[[appearance]\nbroken line without equals\n"
                           "textScale="
        + QByteArray(10000, '9') + "\n";
    for (const QByteArray& contents : {oversized, binary, odd, QByteArray()}) {
        INFO("file of " << contents.size() << " bytes");
        const QString path = writeIni(dir, contents);
        {
            AppSettings settings(path);
            checkDefaults(settings);
            // The damaged file is replaced by a good one on the first choice, which then reads back.
            settings.setAutoLockMinutes(15);
        }
        AppSettings reopened(path);
        CHECK(reopened.autoLockMinutes() == 15);
        CHECK(tideline::test::permissionsOf(path) == 0600);
        CHECK(tideline::test::readAll(path).size() < 100);
    }
}

TEST_CASE("SettingsFile: a file QSettings wrote reads back, other keys survive a write", "[settings]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"settings.ini"_s);
    {
        QSettings older(path, QSettings::IniFormat); // what Tideline wrote before this reader
        older.setValue(u"privacy/autoLockMinutes"_s, 10);
        older.setValue(u"privacy/lockWhenMinimized"_s, true);
        older.setValue(u"appearance/theme"_s, u"light"_s);
        older.setValue(u"appearance/textScale"_s, 150);
        older.setValue(u"later/someFutureSwitch"_s, u"on"_s);
        older.setValue(u"topLevel"_s, 3);
    }
    AppSettings settings(path);
    CHECK(settings.autoLockMinutes() == 10);
    CHECK(settings.lockWhenMinimized());
    CHECK(settings.theme() == AppSettings::Theme::Light);
    CHECK(settings.textScale() == 150);

    settings.setReduceMotion(true);
    QSettings after(path, QSettings::IniFormat); // and an older Tideline reads what we wrote
    CHECK(after.value(u"appearance/reduceMotion"_s).toBool());
    CHECK(after.value(u"privacy/autoLockMinutes"_s).toInt() == 10);
    CHECK(after.value(u"later/someFutureSwitch"_s).toString() == u"on"_s);
    CHECK(after.value(u"topLevel"_s).toInt() == 3);
}

TEST_CASE("SettingsFile: a disk that refuses the write keeps the choice for this run", "[settings]")
{
    QTemporaryDir dir;
    // A folder where the file should be: the write fails for root too, which a read-only
    // folder would not make it do.
    const QString path = dir.filePath(u"settings.ini"_s);
    REQUIRE(QDir().mkpath(path));
    SettingsFile file(path);
    CHECK_FALSE(file.setValue(u"appearance/theme"_s, u"dark"_s));
    CHECK(file.value(u"appearance/theme"_s).toString() == u"dark"_s);
    CHECK(QFileInfo(path).isDir());
}
