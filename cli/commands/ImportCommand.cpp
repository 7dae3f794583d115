#include "ImportCommand.h"

#include "Console.h"
#include "OpenVault.h"
#include "exchange/JsonImport.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>

namespace tideline::cli {

namespace {

Result<QByteArray> readImportFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return Error::make(ErrorCode::InvalidInput, QStringLiteral("There is no file %1.").arg(path));
    }
    if (info.size() > exchange::kMaxImportBytes) {
        return Error::make(ErrorCode::InvalidInput,
            QStringLiteral("%1 is larger than a Tideline export can be. Nothing was imported.").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(
            ErrorCode::InvalidInput, QStringLiteral("%1 could not be read (%2).").arg(path, file.errorString()));
    }
    return file.readAll();
}

} // namespace

int runImport(CommandContext& context)
{
    const QStringList& args = context.args;
    if (args.isEmpty() || args[0] != QStringLiteral("json")) {
        return Console::usageError(args.value(0) == QStringLiteral("daylio")
                ? QStringLiteral("This Tideline cannot import from Daylio yet; import json FILE reads a Tideline "
                                 "export.")
                : QStringLiteral("Say what to import: import json FILE (a Tideline export)."));
    }
    if (args.size() != 2) {
        return Console::usageError(QStringLiteral("import json takes one FILE."));
    }
    // Read before the secret is asked: a missing file is known already.
    Result<QByteArray> contents = readImportFile(args[1]);
    if (!contents) {
        return Console::fail(contents.error());
    }

    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    if (contents.value().size() > 1024 * 1024) {
        // About a second per 1,000 entries: say so, so a quiet terminal does not look stuck.
        Console::message(QStringLiteral("Importing %1. Years of entries take a little while.").arg(args[1]));
    }
    Result<exchange::ImportSummary> imported = exchange::importJson(vault.database(), contents.value());
    vault.lock();
    if (!imported) {
        return Console::fail(imported.error());
    }
    const exchange::ImportSummary& s = imported.value();
    Console::message(QStringLiteral("Imported %1 check-in days, %2 journal entries, %3 moments, %4 routine days, "
                                    "%5 safety plan items and contacts, %6 metrics and %7 settings. Things already "
                                    "in the vault were kept as they were.")
                         .arg(s.checkins)
                         .arg(s.entries)
                         .arg(s.moments)
                         .arg(s.routineDays)
                         .arg(s.safetyItems)
                         .arg(s.metrics)
                         .arg(s.settings));
    return toInt(ExitCode::Done);
}

} // namespace tideline::cli
