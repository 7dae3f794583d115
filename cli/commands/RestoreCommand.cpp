#include "RestoreCommand.h"

#include "Console.h"
#include "SecretReader.h"
#include "TerminalProgress.h"
#include "core/common/AppName.h"
#include "core/exchange/Restore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <optional>

namespace tideline::cli {

namespace {

struct RestoreOptions
{
    QString file;
    std::optional<SecretKind> kind; // from --pin / --passphrase; unset: from the secret's shape
};

Result<RestoreOptions> parseOptions(const QStringList& args)
{
    RestoreOptions options;
    for (const QString& arg : args) {
        std::optional<SecretKind> asked;
        if (arg == QStringLiteral("--pin")) {
            asked = SecretKind::Pin;
        } else if (arg == QStringLiteral("--passphrase")) {
            asked = SecretKind::Passphrase;
        } else if (arg.startsWith(QLatin1String("--")) || !options.file.isEmpty()) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Cli", "restore does not know “%1”.").arg(arg.left(40)));
        } else {
            options.file = arg;
            continue;
        }
        if (options.kind && options.kind != asked) {
            return Error::make(
                ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "Choose either --pin or --passphrase."));
        }
        options.kind = asked;
    }
    if (options.file.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli", "Name the backup file: tideline-cli --data-dir NEWDIR restore FILE."));
    }
    return options;
}

// The Vault lives only in here, so its claim on the folder is released before runRestore
// tidies up a folder it made.
int restoreInto(const VaultPaths& paths, const RestoreOptions& options, SecretReader& secrets)
{
    Vault vault(paths);
    if (vault.presence() != VaultPresence::None) {
        return Console::fail(Error::make(ErrorCode::VaultExists,
            QCoreApplication::translate("Cli",
                "There is already a %1 vault in %2, so nothing was restored or changed. Name an "
                "empty folder with --data-dir.")
                .arg(appName(), paths.dir)));
    }
    if (const Status claimed = vault.claim(); !claimed.ok()) {
        return Console::fail(claimed.error());
    }

    Result<SecureBuffer> passphrase = secrets.read(QCoreApplication::translate("Cli", "Backup passphrase: "));
    if (!passphrase.ok()) {
        return Console::fail(passphrase.error());
    }
    Result<exchange::OpenedBackup> opened = [&] {
        TerminalProgress terminal;
        return exchange::openBackup(options.file, passphrase.value(), terminal.progress());
    }();
    passphrase.value().clear();
    if (!opened.ok()) {
        return Console::fail(opened.error());
    }

    Result<SecureBuffer> secret
        = secrets.readNew(QCoreApplication::translate("Cli", "Choose a PIN or passphrase for the restored vault: "),
            QCoreApplication::translate("Cli", "Enter it again: "));
    if (!secret.ok()) {
        return Console::fail(secret.error());
    }
    const SecretKind kind = options.kind.value_or(secretKindFromShape(secret.value()));
    Result<CreatedVault> created = [&] {
        TerminalProgress terminal;
        return exchange::restoreBackup(vault, opened.value(), secret.value(), kind, std::nullopt, terminal.progress());
    }();
    secret.value().clear();
    if (!created.ok()) {
        return Console::fail(created.error());
    }
    vault.lock();

    Console::secretData(created.value().recoveryCode);
    created.value().recoveryCode.clear();
    // One whole sentence for each kind of secret, so a translation can make each agree.
    Console::message((kind == SecretKind::Pin
            ? QCoreApplication::translate("Cli",
                "The backup was restored into %1. This is the restored vault's new recovery "
                "code: write it down and keep it somewhere safe away from this computer, "
                "because it is the only way back in if you forget your PIN, and it will not "
                "be shown again.")
            : QCoreApplication::translate("Cli",
                "The backup was restored into %1. This is the restored vault's new recovery "
                "code: write it down and keep it somewhere safe away from this computer, "
                "because it is the only way back in if you forget your passphrase, and it will not "
                "be shown again."))
                         .arg(paths.dir));
    return toInt(ExitCode::Done);
}

} // namespace

int runRestore(CommandContext& context)
{
    const Result<RestoreOptions> options = parseOptions(context.args);
    if (!options.ok()) {
        return Console::usageError(options.error().message);
    }
    if (!QFileInfo(options.value().file).isFile()) {
        return Console::fail(Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli", "There is no file at %1. Name the backup file to restore.")
                .arg(options.value().file)));
    }
    const VaultPaths paths = VaultPaths::resolve(context.dataDir);
    const bool folderExisted = QFileInfo::exists(paths.dir);
    const int exitCode = restoreInto(paths, options.value(), context.secrets);
    if (exitCode != toInt(ExitCode::Done) && !folderExisted) {
        QDir().rmdir(paths.dir); // the claim made it; rmdir removes it only if it is still empty
    }
    return exitCode;
}

} // namespace tideline::cli
