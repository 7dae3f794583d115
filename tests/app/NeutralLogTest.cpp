// Issue 20, item 8: in neutral mode no log line reaches the system journal (a desktop session
// sends a program's stderr there); from a terminal the lines show with the neutral name.
#include "app/safety/NeutralLog.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace tideline::app;
using namespace Qt::StringLiterals;

TEST_CASE("NeutralLog: the rule for one line", "[neutral][log]")
{
    const QString line = u"tideline.vault: a try could not be counted (qrc:/qt/qml/Tideline/App/Main.qml)"_s;
    CHECK(neutralLogLine(line, false, false) == line);
    CHECK(neutralLogLine(line, false, true) == line);
    CHECK(neutralLogLine(line, true, false).isEmpty()); // stderr may be the system journal
    const QString shown = neutralLogLine(line, true, true);
    CHECK(shown == u"notes.vault: a try could not be counted (qrc:/qt/qml/notes/App/Main.qml)"_s);
    CHECK_FALSE(shown.contains(u"tideline"_s, Qt::CaseInsensitive));
}

namespace {

// The app's stderr (a pipe, as a desktop session's journal is) for a start to the first frame,
// with every debug line Qt has switched on.
QByteArray startupLog(const QString& dataDir)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(TIDELINE_APP_PATH), {u"--data-dir"_s, dataDir, u"--exit-after-first-frame"_s});
    REQUIRE(app.waitForFinished(60000));
    CHECK(app.exitCode() == 0);
    return app.readAllStandardError();
}

} // namespace

TEST_CASE("NeutralLog: in neutral mode the app writes nothing to a piped stderr", "[neutral][log]")
{
    QTemporaryDir dir;
    // Not neutral: Qt's start-up talks, and names the app (the check below can fail).
    const QByteArray plain = startupLog(dir.path());
    CHECK(plain.contains("qrc:/qt/qml/Tideline"));

    QFile settings(dir.filePath(u"settings.ini"_s));
    REQUIRE(settings.open(QIODevice::WriteOnly));
    settings.write("[privacy]\nneutralMode=true\n");
    settings.close();
    const QByteArray neutral = startupLog(dir.path());
    CHECK(neutral.isEmpty());
    CHECK_FALSE(neutral.toLower().contains("tideline"));
}
