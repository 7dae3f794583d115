#include "InitCommand.h"

#include "Console.h"
#include "SecretReader.h"
#include "core/common/AppName.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <optional>

namespace tideline::cli {

namespace {

struct InitOptions
{
    std::optional<SecretKind> kind; // from --pin / --passphrase; unset: decided by the secret's shape
};

Result<InitOptions> parseOptions(const QStringList& args)
{
    InitOptions options;
    for (const QString& arg : args) {
        std::optional<SecretKind> asked;
        if (arg == QStringLiteral("--pin")) {
            asked = SecretKind::Pin;
        } else if (arg == QStringLiteral("--passphrase")) {
            asked = SecretKind::Passphrase;
        } else {
            return Error::make(
                ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "init does not know %1.").arg(arg));
        }
        if (options.kind && options.kind != asked) {
            return Error::make(
                ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "Choose either --pin or --passphrase."));
        }
        options.kind = asked;
    }
    return options;
}

Error vaultExists(const QString& dir)
{
    return Error::make(ErrorCode::VaultExists,
        QCoreApplication::translate("Cli",
            "There is already a %1 vault in %2, so nothing was created or changed. "
            "To make another vault, name an empty folder with --data-dir.")
            .arg(appName(), dir));
}

// Everything after the options: the Vault lives only in here, so its claim on the folder
// is released by the time runInit tidies up.
int createVault(const VaultPaths& paths, const InitOptions& options, SecretReader& secrets)
{
    Vault vault(paths);
    if (vault.presence() != VaultPresence::None) {
        return Console::fail(vaultExists(vault.paths().dir)); // before asking for a secret in vain
    }
    // Claiming makes the folder if needed, so a folder that cannot be written to, or a vault
    // that another Tideline is creating, is reported before the person types anything.
    if (const Status claimed = vault.claim(); !claimed.ok()) {
        return Console::fail(claimed.error());
    }

    Result<SecureBuffer> secret = secrets.readNew(QCoreApplication::translate("Cli", "Choose a PIN or passphrase: "),
        QCoreApplication::translate("Cli", "Enter it again: "));
    if (!secret.ok()) {
        return Console::fail(secret.error());
    }
    const SecretKind kind = options.kind.value_or(secretKindFromShape(secret.value()));
    // Checked before anything is written, so a too-short secret leaves no vault behind.
    if (const Result<SecureBuffer> normalized = normalizeSecret(secret.value(), kind); !normalized.ok()) {
        return Console::fail(normalized.error());
    }

    Result<CreatedVault> created = vault.create(secret.value(), kind, std::nullopt);
    secret.value().clear();
    if (!created.ok()) {
        return Console::fail(created.error());
    }
    Console::secretData(created.value().recoveryCode);
    created.value().recoveryCode.clear();
    // Printed: from here on it is the person's to keep (the vault stops suggesting a new one).
    (void)vault.confirmRecoveryCodeSeen();
    vault.lock();
    // One whole sentence for each kind of secret, so a translation can make each agree.
    Console::message(kind == SecretKind::Pin
            ? QCoreApplication::translate("Cli",
                "This is your recovery code: write it down and keep it somewhere safe away "
                "from this computer, because it is the only way back in if you forget your "
                "PIN, and it will not be shown again.")
            : QCoreApplication::translate("Cli",
                "This is your recovery code: write it down and keep it somewhere safe away "
                "from this computer, because it is the only way back in if you forget your "
                "passphrase, and it will not be shown again."));
    return toInt(ExitCode::Done);
}

} // namespace

int runInit(CommandContext& context)
{
    const Result<InitOptions> options = parseOptions(context.args);
    if (!options.ok()) {
        return Console::usageError(options.error().message);
    }
    const VaultPaths paths = VaultPaths::resolve(context.dataDir);
    const bool folderExisted = QFileInfo::exists(paths.dir);
    const int exitCode = createVault(paths, options.value(), context.secrets);
    if (exitCode != toInt(ExitCode::Done) && !folderExisted) {
        QDir().rmdir(paths.dir); // the claim made it; rmdir removes it only if it is still empty
    }
    return exitCode;
}

} // namespace tideline::cli
