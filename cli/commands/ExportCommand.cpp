#include "ExportCommand.h"

#include "Console.h"
#include "OpenVault.h"
#include "OutputFile.h"
#include "TerminalProgress.h"
#include "core/exchange/CsvExport.h"
#include "core/exchange/ExportFile.h"
#include "core/exchange/JsonExport.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tideline::cli {

namespace {

struct ExportOptions
{
    QString format; // "csv" or "json"
    QString out;
    bool force = false;
    bool withSensitive = false; // json: answers to PHQ-9 question 9 and other sensitive questions
};

Result<ExportOptions> parseOptions(const QStringList& args)
{
    ExportOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QStringLiteral("--out")) {
            if (i + 1 >= args.size()) {
                return Error::make(
                    ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "--out needs a file name."));
            }
            options.out = args[++i];
        } else if (arg == QStringLiteral("--force")) {
            options.force = true;
        } else if (arg == QStringLiteral("--with-sensitive")) {
            options.withSensitive = true;
        } else if (options.format.isEmpty() && (arg == QStringLiteral("csv") || arg == QStringLiteral("json"))) {
            options.format = arg;
        } else {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Cli", "export does not know “%1”.").arg(arg.left(40)));
        }
    }
    if (options.format.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli",
                "Say which export: export csv --out FILE (check-ins) or export json --out FILE "
                "(everything)."));
    }
    if (options.out.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli",
                "Say where to write it with --out FILE. Nothing goes to standard output, so the export "
                "never lands in a terminal's scrollback."));
    }
    return options;
}

} // namespace

int runExport(CommandContext& context)
{
    const Result<ExportOptions> parsed = parseOptions(context.args);
    if (!parsed) {
        return Console::usageError(parsed.error().message);
    }
    const ExportOptions& options = parsed.value();
    // Before any secret is asked: a wrong folder or an existing file is known already.
    if (Status target = checkOutputFile(options.out, options.force, SavedFile::Export, context.dataDir); !target) {
        return Console::fail(target.error());
    }

    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    Status written;
    if (options.format == QStringLiteral("csv")) {
        Result<QByteArray> contents = exchange::checkinsCsv(vault.database());
        written = contents ? exchange::writeExportFile(options.out, contents.value(), options.force) : contents.error();
    } else {
        // Written as it is made: a journal of any size never sits whole in memory.
        TerminalProgress terminal;
        written = exchange::writeJsonExport(vault.database(), SystemClock::instance(), options.withSensitive,
            options.out, options.force, terminal.progress());
    }
    vault.lock();
    if (!written) {
        return Console::fail(written.error());
    }
    Console::message(
        QCoreApplication::translate("Cli", "Wrote %1. This file is not encrypted: anyone who can open it can read it.")
            .arg(options.out));
    return toInt(ExitCode::Done);
}

} // namespace tideline::cli
