// Neutral mode in the desktop's menu: the per-user override of tideline.desktop is written when
// neutral mode goes on, removed when it goes off, holds nothing of the person's, and never
// replaces or removes a file Tideline did not write.
#include "app/desktop/NeutralDesktopEntry.h"
#include "app/AppSettings.h"
#include "app/desktop/DesktopIdentity.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::app;
using namespace Qt::StringLiterals;

namespace {

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Sets XDG_DATA_HOME for the scope of a test, as the person's session would.
struct DataHome
{
    QTemporaryDir dir;
    QByteArray before = qgetenv("XDG_DATA_HOME");
    DataHome() { qputenv("XDG_DATA_HOME", dir.path().toUtf8()); }
    ~DataHome() { before.isEmpty() ? qunsetenv("XDG_DATA_HOME") : qputenv("XDG_DATA_HOME", before); }
    QString entry() const { return dir.filePath(u"applications/tideline.desktop"_s); }
};

} // namespace

TEST_CASE("The override goes under XDG_DATA_HOME, with the installed entry's name")
{
    DataHome home;
    REQUIRE(neutralDesktopEntryPath() == home.entry());
}

TEST_CASE("Neutral mode writes the Notes entry and removes it when turned off")
{
    DataHome home;
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(u"settings.ini"_s));
    DesktopIdentity identity(settings);
    REQUIRE_FALSE(QFile::exists(home.entry())); // off: nothing is written

    settings.setNeutralMode(true);
    REQUIRE(QFile::exists(home.entry()));
    REQUIRE(identity.menuEntryProblem().isEmpty());
    const QByteArray text = contentsOf(home.entry());
    REQUIRE(text == neutralDesktopEntry());
    REQUIRE(text.contains("\nName=Notes\n"));
    REQUIRE(text.contains("\nIcon=tideline-notes\n"));
    REQUIRE_FALSE(text.contains("Name=Tideline"));
    REQUIRE_FALSE(text.contains("journal")); // no word about what the app is for

    // The freedesktop.org validator accepts it, where the machine has one.
    const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    if (!validator.isEmpty()) {
        QProcess check;
        check.start(validator, {home.entry()});
        REQUIRE(check.waitForFinished(10000));
        INFO(check.readAllStandardOutput().toStdString());
        REQUIRE(check.exitCode() == 0);
    }

    settings.setNeutralMode(false);
    REQUIRE_FALSE(QFile::exists(home.entry()));
}

TEST_CASE("At start the entry follows the setting: back when removed by hand, gone when left over")
{
    DataHome home;
    QTemporaryDir settingsDir;
    {
        AppSettings settings(settingsDir.filePath(u"settings.ini"_s));
        settings.setNeutralMode(true);
        DesktopIdentity identity(settings);
        REQUIRE(QFile::exists(home.entry()));
        QFile::remove(home.entry());
    }
    {
        AppSettings settings(settingsDir.filePath(u"settings.ini"_s));
        DesktopIdentity identity(settings);
        REQUIRE(QFile::exists(home.entry())); // written again at the next start
        settings.setNeutralMode(false);
    }
    writeFile(home.entry(), neutralDesktopEntry()); // left by a run that ended abruptly
    AppSettings settings(settingsDir.filePath(u"settings.ini"_s));
    DesktopIdentity identity(settings);
    REQUIRE_FALSE(QFile::exists(home.entry()));
}

TEST_CASE("A menu entry the person made is neither replaced nor removed, and the problem is told")
{
    DataHome home;
    const QByteArray own = "[Desktop Entry]\nType=Application\nName=My journal\nExec=tideline --data-dir /x\n";
    writeFile(home.entry(), own);
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(u"settings.ini"_s));
    DesktopIdentity identity(settings);
    settings.setNeutralMode(true);
    REQUIRE(contentsOf(home.entry()) == own);
    REQUIRE(identity.menuEntryProblem().contains(home.entry()));
    settings.setNeutralMode(false);
    REQUIRE(contentsOf(home.entry()) == own);
    REQUIRE(identity.menuEntryProblem().isEmpty());
}

TEST_CASE("A folder that cannot be written keeps neutral mode working and says why")
{
    DataHome home;
    writeFile(home.dir.filePath(u"applications"_s), "a file where the folder should be");
    const Status status = writeNeutralDesktopEntry(home.entry());
    REQUIRE_FALSE(status.ok());
    REQUIRE(status.code() == ErrorCode::CannotWrite);
    REQUIRE_FALSE(status.error().message.isEmpty());
}
