#include "BackupCommand.h"

#include "Console.h"
#include "OpenVault.h"
#include "OutputFile.h"
#include "SecretReader.h"
#include "TerminalProgress.h"
#include "core/exchange/Backup.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tideline::cli {

namespace {

struct BackupOptions
{
    QString out;
    bool force = false;
};

Result<BackupOptions> parseOptions(const QStringList& args)
{
    BackupOptions options;
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
        } else {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Cli", "backup does not know “%1”.").arg(arg.left(40)));
        }
    }
    if (options.out.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli", "Say where to write the backup with --out FILE."));
    }
    return options;
}

} // namespace

int runBackup(CommandContext& context)
{
    const Result<BackupOptions> parsed = parseOptions(context.args);
    if (!parsed) {
        return Console::usageError(parsed.error().message);
    }
    const BackupOptions& options = parsed.value();
    // Before any secret is asked: a wrong folder or an existing file is known already.
    if (Status target = checkOutputFile(options.out, options.force, SavedFile::Backup, context.dataDir); !target) {
        return Console::fail(target.error());
    }

    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    Result<SecureBuffer> passphrase
        = context.secrets.readNew(QCoreApplication::translate("Cli", "Choose a backup passphrase: "),
            QCoreApplication::translate("Cli", "Enter the backup passphrase again: "));
    if (!passphrase) {
        return Console::fail(passphrase.error());
    }
    // The rule first, so a short passphrase is named before a second of key stretching.
    if (auto normalized = exchange::normalizeBackupPassphrase(passphrase.value()); !normalized) {
        return Console::fail(normalized.error());
    }
    const Status written = [&] {
        TerminalProgress terminal;
        return exchange::backupVault(vault.database(), vault.paths().dir, options.out, passphrase.value(),
            options.force, std::nullopt, terminal.progress());
    }();
    passphrase.value().clear();
    vault.lock();
    if (!written) {
        return Console::fail(written.error());
    }
    Console::message(QCoreApplication::translate("Cli",
        "Wrote %1. It is encrypted: only its backup passphrase opens it, and without "
        "that passphrase nobody can open it, not even you. Keep the passphrase "
        "somewhere safe, apart from the file.")
                         .arg(options.out));
    return toInt(ExitCode::Done);
}

} // namespace tideline::cli
