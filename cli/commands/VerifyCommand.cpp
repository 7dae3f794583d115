#include "VerifyCommand.h"

#include "Console.h"
#include "OpenVault.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace tideline::cli {

namespace {

QString copyState(KeySlotHealth::Copy copy)
{
    switch (copy) {
    case KeySlotHealth::Copy::Intact:
        return QStringLiteral("ok");
    case KeySlotHealth::Copy::Missing:
        return QStringLiteral("was missing, written again");
    case KeySlotHealth::Copy::Damaged:
        return QStringLiteral("was damaged, written again");
    case KeySlotHealth::Copy::Different:
        return QStringLiteral("was out of date, written again");
    }
    return {};
}

} // namespace

int runVerify(CommandContext& context)
{
    if (!context.args.isEmpty()) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "verify takes no arguments (got %1).").arg(context.args.first()));
    }
    UnlockReport report;
    Result<std::unique_ptr<Vault>> opened = openVault(context, nullptr, &report);
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
    // The unlock rewrote a copy that was not intact; verify says what it found (issue 20, item 3).
    Console::data(QStringLiteral("keyslots: %1").arg(copyState(report.keyslots.first)));
    Console::data(QStringLiteral("keyslots copy: %1").arg(copyState(report.keyslots.second)));
    Console::data(QStringLiteral("database pages: ok"));
    Console::data(QStringLiteral("database structure: ok"));
    if (schemaVersion.ok()) {
        Console::data(QStringLiteral("schema version: %1").arg(schemaVersion.value()));
    }
    if (report.keyslots.usedSecond()) {
        Console::message(QCoreApplication::translate("Cli",
            "The vault's key file (keyslots) was damaged or missing; the vault opened with its second copy "
            "(keyslots.copy) and the key file was written again from it."));
    }
    Console::message(
        QCoreApplication::translate("Cli", "Everything checked out: the vault is whole and opens with this secret."));
    return toInt(ExitCode::Done);
}

} // namespace tideline::cli
