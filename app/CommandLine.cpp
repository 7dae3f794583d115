#include "app/CommandLine.h"

#include "core/common/Version.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

using namespace Qt::StringLiterals;

namespace tideline::app {

bool wantsVersion(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            return true;
        }
    }
    return false;
}

QString versionReport()
{
    return u"Tideline %1\nSQLCipher %2\nSQLite %3\n"_s.arg(
        versionString(), Database::sqlcipherVersion(), Database::sqliteVersion());
}

CommandLine parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Tideline: a private, encrypted journal and daily check-in."));
    parser.addHelpOption();
    const QCommandLineOption dataDir(
        u"data-dir"_s, QCoreApplication::translate("CommandLine", "Keep the vault in <dir>."), u"dir"_s);
    parser.addOption(dataDir);
    QCommandLineOption firstFrame(u"exit-after-first-frame"_s, u"Print first-frame-ms and quit (for benchmarks)."_s);
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstFrame);
    parser.process(arguments);

    CommandLine result;
    result.dataDir = parser.value(dataDir);
    result.exitAfterFirstFrame = parser.isSet(firstFrame);
    return result;
}

} // namespace tideline::app
