// tideline-cli: Tideline's vault from the command line (DESIGN.md section 7). This file only
// parses the global options and hands over to a command from commands/CommandTable.cpp.

#include "CommandLine.h"
#include "Console.h"
#include "HelpText.h"
#include "SecretReader.h"
#include "commands/CommandTable.h"
#include "commands/VersionCommand.h"

#include "core/common/ProcessHardening.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstring>
#include <memory>

namespace {

// `report` and `records pdf` paint PDFs (fonts and pictures need a QGuiApplication); every
// other command stays a plain QCoreApplication. The command is the first word that is not a
// global option.
bool paintsPages(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--data-dir") == 0) {
            ++i;
        } else if (argv[i][0] != '-') {
            return std::strcmp(argv[i], "report") == 0
                || (std::strcmp(argv[i], "records") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0);
        }
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    if (paintsPages(argc, argv)) {
        // No window is ever shown: the offscreen platform needs no display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv)
{
    using namespace tideline::cli;
    // Keys and secrets live in this process's memory: no core file may carry them to disk.
    tideline::disableCoreDumps();
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tideline-cli"));
    // Messages and help in the system's language when Tideline speaks it (TIDELINE_LANGUAGE
    // overrides, as for the app); data on standard output stays locale-free (CSV, ISO days).
    tideline::i18n::useLanguage(
        qEnvironmentVariable("TIDELINE_LANGUAGE", tideline::i18n::languageForLocale(QLocale::system())));
    // stderr is for the person's messages; core's progress notes would drown them. Warnings
    // still show, and QT_LOGGING_RULES (which takes precedence) can turn the notes back on.
    QLoggingCategory::setFilterRules(QStringLiteral("tideline.*.info=false\ntideline.*.debug=false"));

    const auto line = CommandLine::parse(QCoreApplication::arguments().mid(1));
    if (!line.ok()) {
        return Console::usageError(line.error().message);
    }
    if (line.value().help) {
        Console::data(helpText());
        return toInt(ExitCode::Done);
    }
    if (line.value().version) {
        return runVersion();
    }
    if (line.value().command.isEmpty()) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "Name a command, for example: tideline-cli init"));
    }
    const Command* command = findCommand(line.value().command);
    if (!command) {
        return Console::usageError(QCoreApplication::translate("Cli", "Unknown command %1.").arg(line.value().command));
    }

    SecretReader secrets;
    CommandContext context{line.value().dataDir, line.value().commandArgs, secrets};
    return command->run(context);
}
