#include "SecretCommand.h"

#include "Console.h"
#include "OpenVault.h"
#include "SecretReader.h"
#include "core/vault/SecretKind.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <optional>

namespace tideline::cli {

namespace {

// --pin or --passphrase, at most one; nothing else.
Result<std::optional<SecretKind>> kindOption(const QStringList& args, const QString& command)
{
    std::optional<SecretKind> kind;
    for (const QString& arg : args) {
        std::optional<SecretKind> asked;
        if (arg == QStringLiteral("--pin")) {
            asked = SecretKind::Pin;
        } else if (arg == QStringLiteral("--passphrase")) {
            asked = SecretKind::Passphrase;
        } else {
            return Error::make(
                ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "%1 does not know %2.").arg(command, arg));
        }
        if (kind && kind != asked) {
            return Error::make(
                ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "Choose either --pin or --passphrase."));
        }
        kind = asked;
    }
    return kind;
}

// Whole sentences for each kind of secret: a translation may need the word's gender around it.
QString changedMessage(SecretKind kind)
{
    return kind == SecretKind::Pin ? QCoreApplication::translate("Cli",
               "Your new PIN opens the vault from now on; the old one no longer does. "
               "Your recovery code stays the same.")
                                   : QCoreApplication::translate("Cli",
                                       "Your new passphrase opens the vault from now on; the old one no longer does. "
                                       "Your recovery code stays the same.");
}

QString recoveredMessage(SecretKind kind)
{
    return kind == SecretKind::Pin ? QCoreApplication::translate("Cli",
               "The recovery code opened your vault, and your new PIN opens it from now on. "
               "Keep the recovery code: it still works.")
                                   : QCoreApplication::translate("Cli",
                                       "The recovery code opened your vault, and your new passphrase opens it from "
                                       "now on. Keep the recovery code: it still works.");
}

// The new secret, asked twice on a terminal; its kind as asked or by its shape, checked before
// anything changes so a too-short one leaves the vault as it was.
Result<SecureBuffer> readNewSecret(SecretReader& secrets, std::optional<SecretKind> asked, SecretKind& kind)
{
    Result<SecureBuffer> secret
        = secrets.readNew(QCoreApplication::translate("Cli", "Choose a new PIN or passphrase: "),
            QCoreApplication::translate("Cli", "Enter the new one again: "));
    if (!secret) {
        return secret.error();
    }
    kind = asked.value_or(secretKindFromShape(secret.value()));
    if (const Result<SecureBuffer> normalized = normalizeSecret(secret.value(), kind); !normalized) {
        secret.value().clear();
        return normalized.error();
    }
    return secret;
}

} // namespace

int runChangeSecret(CommandContext& context)
{
    const auto asked = kindOption(context.args, QStringLiteral("change-secret"));
    if (!asked) {
        return Console::usageError(asked.error().message);
    }
    SecureBuffer current;
    auto opened = openVault(context, &current);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    SecretKind kind = SecretKind::Pin;
    Result<SecureBuffer> fresh = readNewSecret(context.secrets, asked.value(), kind);
    if (!fresh) {
        current.clear();
        vault.lock();
        return Console::fail(fresh.error());
    }
    const Status changed = vault.changeSecret(current, fresh.value(), kind);
    current.clear();
    fresh.value().clear();
    vault.lock();
    if (!changed) {
        return Console::fail(changed.error());
    }
    Console::message(changedMessage(kind));
    return toInt(ExitCode::Done);
}

int runRecover(CommandContext& context)
{
    const auto asked = kindOption(context.args, QStringLiteral("recover"));
    if (!asked) {
        return Console::usageError(asked.error().message);
    }
    Vault vault(VaultPaths::resolve(context.dataDir));
    if (const Status there = vaultIsThere(vault); !there) {
        return Console::fail(there.error());
    }
    if (const Status claimed = vault.claim(kCommandWaitMs); !claimed) {
        return Console::fail(claimed.error());
    }
    Result<SecureBuffer> code = context.secrets.read(QCoreApplication::translate("Cli", "Recovery code: "));
    if (!code) {
        return Console::fail(code.error());
    }
    SecretKind kind = SecretKind::Pin;
    Result<SecureBuffer> fresh = readNewSecret(context.secrets, asked.value(), kind);
    if (!fresh) {
        code.value().clear();
        return Console::fail(fresh.error());
    }
    const Result<UnlockReport> recovered = vault.recover(code.value(), fresh.value(), kind);
    code.value().clear();
    fresh.value().clear();
    if (!recovered) {
        return Console::fail(recovered.error());
    }
    vault.lock();
    Console::message(recoveredMessage(kind));
    return toInt(ExitCode::Done);
}

} // namespace tideline::cli
