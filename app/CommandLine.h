#pragma once

#include <QString>
#include <QStringList>

namespace tideline::app {

struct CommandLine
{
    QString dataDir; // --data-dir DIR, empty when not given
    bool exitAfterFirstFrame = false; // hidden: for bench/startup
};

// True when argv asks for --version; looked at before QGuiApplication exists.
bool wantsVersion(int argc, char* argv[]);
// "Tideline 0.1.0\nSQLCipher 4.14.0 community\nSQLite 3.51.3\n".
QString versionReport();
// Parses the rest; prints usage and exits on --help or an unknown option.
CommandLine parseCommandLine(const QStringList& arguments);

} // namespace tideline::app
