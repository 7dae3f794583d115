#include "RekeyCommand.h"

#include "Console.h"
#include "OpenVault.h"

#include <QCoreApplication>

namespace tideline::cli {

int runRekey(CommandContext& context)
{
    if (!context.args.isEmpty()) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "rekey takes no arguments (got %1).").arg(context.args.first()));
    }
    // The secret that opens the vault is the one renewKeys asks for: one line, not two.
    SecureBuffer secret;
    Result<std::unique_ptr<Vault>> opened = openVault(context, &secret);
    if (!opened.ok()) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    Result<CreatedVault> renewed = vault.renewKeys(secret);
    secret.clear();
    if (!renewed.ok()) {
        vault.lock();
        return Console::fail(renewed.error());
    }
    Console::secretData(renewed.value().recoveryCode);
    renewed.value().recoveryCode.clear();
    // Printed: from here on it is the person's to keep (a later unlock no longer suggests renewing).
    (void)vault.confirmRecoveryCodeSeen();
    vault.lock();
    Console::message(QCoreApplication::translate("Cli",
        "The keys are renewed. This is your new recovery code: write it down and keep it somewhere safe away "
        "from this computer; the old one no longer opens anything, and this one will not be shown again. "
        "Your PIN or passphrase is the same. Copies of the vault's folder made before now (backups, "
        "snapshots, synced copies) still open with the old PIN and recovery code, but nothing written from "
        "now on is in them."));
    return toInt(ExitCode::Done);
}

} // namespace tideline::cli
