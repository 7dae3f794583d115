#include "CommandLine.h"

#include <QCoreApplication>

namespace tideline::cli {

namespace {

const QString kDataDir = QStringLiteral("--data-dir");

Error usage(const QString& text)
{
    return Error::make(ErrorCode::InvalidInput, text);
}

} // namespace

Result<CommandLine> CommandLine::parse(const QStringList& arguments)
{
    CommandLine line;
    bool dataDirSeen = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        QString dir;
        if (arg == kDataDir) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty()) {
                return usage(QCoreApplication::translate("Cli", "--data-dir needs a folder after it."));
            }
            dir = arguments.at(++i);
        } else if (arg.startsWith(kDataDir + QLatin1Char('='))) {
            dir = arg.mid(kDataDir.size() + 1);
            if (dir.isEmpty()) {
                return usage(QCoreApplication::translate("Cli", "--data-dir needs a folder after it."));
            }
        }
        if (!dir.isEmpty()) {
            if (dataDirSeen) {
                return usage(QCoreApplication::translate("Cli", "--data-dir was given twice."));
            }
            dataDirSeen = true;
            line.dataDir = dir;
            continue;
        }

        if (arg == QStringLiteral("--help") || arg == QStringLiteral("-h")) {
            line.help = true;
        } else if (!line.command.isEmpty()) {
            line.commandArgs.append(arg);
        } else if (arg == QStringLiteral("--version")) {
            line.version = true;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return usage(QCoreApplication::translate("Cli", "Unknown option %1.").arg(arg));
        } else {
            line.command = arg;
        }
    }
    return line;
}

} // namespace tideline::cli
