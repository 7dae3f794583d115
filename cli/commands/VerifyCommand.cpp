#include "VerifyCommand.h"

#include "Console.h"
#include "OpenVault.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace tideline::cli {

int runVerify(CommandContext& context)
{
    if (!context.args.isEmpty()) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "verify takes no arguments (got %1).").arg(context.args.first()));
    }
    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened.ok()) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();

    // Vault::verify() checks the keyslots file, then every page's HMAC
    // (cipher_integrity_check), then SQLite's own integrity_check.
    const Status verified = vault.verify();
    if (!verified.ok()) {
        vault.lock();
        return Console::fail(verified.error());
    }
    const Result<int> schemaVersion = vault.database().userVersion();
    vault.lock();

    // Data on standard output, as scripts read it: fixed keys, never translated.
    Console::data(QStringLiteral("vault: %1").arg(vault.paths().dir));
    Console::data(QStringLiteral("keyslots: ok"));
    Console::data(QStringLiteral("database pages: ok"));
    Console::data(QStringLiteral("database structure: ok"));
    if (schemaVersion.ok()) {
        Console::data(QStringLiteral("schema version: %1").arg(schemaVersion.value()));
    }
    Console::message(
        QCoreApplication::translate("Cli", "Everything checked out: the vault is whole and opens with this secret."));
    return toInt(ExitCode::Done);
}

} // namespace tideline::cli
