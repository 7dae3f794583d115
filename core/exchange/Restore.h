#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"
#include "core/crypto/KdfParams.h"
#include "core/exchange/BackupFile.h"
#include "core/vault/Vault.h"

#include <QString>

#include <optional>

namespace tideline::exchange {

// Restoring an encrypted backup (Backup.h) as a NEW vault with a new PIN or passphrase.
// Two steps, so a terminal or a window can ask for the new secret only once the backup
// passphrase is known to be right.

// Step 1: reads the header (not a backup → InvalidInput; a newer format or schema →
// NewerVersion; a damaged header → DamagedDatabase), derives the keys (Argon2id, ~1 s, any
// thread), checks the passphrase (→ WrongSecret) and then the MAC over the whole file
// (truncated or changed → DamagedDatabase). Writes nothing.
struct OpenedBackup
{
    QString path;
    BackupHeader header;
    BackupKeys keys;
};
Result<OpenedBackup> openBackup(const QString& path, const SecureBuffer& passphrase);
// With progress: the key, then the whole file read for its MAC; a stop ends it with Cancelled.
Result<OpenedBackup> openBackup(const QString& path, const SecureBuffer& passphrase, Progress& progress);

// Step 2: a new vault in vault's (empty or missing) folder, holding the backup's content, with
// newSecret as its PIN/passphrase and a new recovery code. The body is copied into a temporary
// file in that folder (checked against the MAC again as it is copied), re-keyed there with
// PRAGMA rekey to the new vault's own random data key, and renamed to tideline.db; then
// Vault::createFromBackup migrates and checks it and writes the keyslots. On any failure the
// folder is left as it was. On success the vault is unlocked.
Result<CreatedVault> restoreBackup(Vault& vault, const OpenedBackup& backup, const SecureBuffer& newSecret,
    SecretKind kind, std::optional<KdfParams> kdf = std::nullopt);
// With progress: the copy (a stop ends it, leaving the folder as it was), the re-key (a stop
// interrupts it, the same), then the vault's own checks, which run to their end once begun.
Result<CreatedVault> restoreBackup(Vault& vault, const OpenedBackup& backup, const SecureBuffer& newSecret,
    SecretKind kind, std::optional<KdfParams> kdf, Progress& progress);

// The name of the temporary file a restore works in, inside the new vault's folder.
QString restorePartName();

} // namespace tideline::exchange
