#include "OpenVault.h"

#include "Console.h"
#include "SecretReader.h"

#include "core/common/AppName.h"

#include <QCoreApplication>
#include <QLocale>

namespace tideline::cli {

namespace {

void reportFailedTries(const UnlockReport& report)
{
    const auto& failed = report.failedAttemptsSinceLastVisit;
    if (failed.isEmpty()) {
        return;
    }
    const QString latest = QLocale::c().toString(failed.last().toLocalTime(),
        QCoreApplication::translate("Cli", "yyyy-MM-dd HH:mm", "QLocale format of a day and time"));
    // One try is a sentence of its own; more take %n (with a translation's plural forms).
    const int tries = static_cast<int>(failed.size());
    Console::message(tries == 1
            ? QCoreApplication::translate(
                "Cli", "Since the last unlock there was 1 try with a wrong PIN or passphrase, at %1.")
                  .arg(latest)
            : QCoreApplication::translate("Cli",
                "Since the last unlock there were %n tries with a wrong PIN or passphrase, the latest at %1.", nullptr,
                tries)
                  .arg(latest));
}

// What the claim found and tidied after a crash, and an unlock record that waits for room.
void reportFindings(const Vault& vault, const UnlockReport& report)
{
    for (const InterruptedWork& work : vault.interruptedWork()) {
        Console::message(work.describe());
    }
    if (report.accessRecordDeferred) {
        Console::message(QCoreApplication::translate("Cli",
            "The disk is full, so this unlock will be noted in the vault's record of "
            "unlocks later, once there is room. Free some space on that disk."));
    }
}

} // namespace

Status vaultIsThere(const Vault& vault)
{
    if (vault.presence() == VaultPresence::None) {
        return Error::make(ErrorCode::NoVault,
            QCoreApplication::translate("Cli",
                "There is no %1 vault in %2. Create one with "
                "tideline-cli init, or name another folder with "
                "--data-dir.")
                .arg(appName(), vault.paths().dir));
    }
    if (vault.presence() == VaultPresence::KeyslotsMissing) {
        return Error::make(ErrorCode::DamagedKeyslots,
            QCoreApplication::translate("Cli",
                "This vault's key file (keyslots) is missing, so the vault cannot be "
                "opened. If you have a backup copy of the folder, restore the keyslots "
                "file from it."));
    }
    return {};
}

Result<std::unique_ptr<Vault>> openVault(CommandContext& context, SecureBuffer* keepSecret, UnlockReport* report)
{
    auto vault = std::make_unique<Vault>(VaultPaths::resolve(context.dataDir));
    if (Status there = vaultIsThere(*vault); !there) {
        return there.error();
    }
    // Another command holding the vault finishes in moments: wait for it a little (the app's window
    // is refused at once, as it holds the vault for as long as it is open).
    if (Status claimed = vault->claim(kCommandWaitMs); !claimed.ok()) {
        return claimed.error();
    }
    Result<SecureBuffer> secret = context.secrets.read(QCoreApplication::translate("Cli", "PIN or passphrase: "));
    if (!secret.ok()) {
        return secret.error();
    }
    Result<UnlockReport> unlocked = vault->unlock(secret.value());
    if (keepSecret != nullptr && unlocked.ok()) {
        *keepSecret = std::move(secret.value());
    }
    secret.value().clear();
    if (!unlocked.ok()) {
        return unlocked.error();
    }
    reportFailedTries(unlocked.value());
    reportFindings(*vault, unlocked.value());
    if (report != nullptr) {
        *report = unlocked.value();
    }
    return vault;
}

} // namespace tideline::cli
