#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"
#include "core/crypto/KdfParams.h"
#include "core/vault/DiskReserve.h"
#include "core/vault/InterruptedWork.h"
#include "core/vault/KeySlotStore.h"
#include "core/vault/SecretKind.h"
#include "core/vault/VaultPaths.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace tideline {

class Database;
class UnlockThrottle;

// What a folder holds, found without any secret.
enum class VaultPresence {
    None, // nothing yet: onboarding
    Ready, // keyslots present: the lock screen
    KeyslotsMissing, // a database without its keyslots file: cannot be opened
};

// Shown once after an unlock: did someone try to get in while the person was away?
struct UnlockReport
{
    QList<QDateTime> failedAttemptsSinceLastVisit; // UTC
    // The two keyslots copies as this unlock found them (tideline-cli verify says so); a copy
    // that was not intact has been rewritten since.
    KeySlotHealth keyslots;
    // The latest recovery code was made but never confirmed as written down (Tideline locked or
    // stopped while it was on screen): the person can make a new one by renewing the keys.
    bool recoveryCodeUnconfirmed = false;
    // The disk is full: this unlock (and the failed tries before it) is recorded in the vault
    // once there is room again, at a later unlock.
    bool accessRecordDeferred = false;
};

struct CreatedVault
{
    SecureBuffer recoveryCode; // e.g. "ABCD-EFGH-…": show once, never store
};

// Named points of create, restore and key renewal, so a test can stop the work exactly there
// (VaultTestAccess): as a crash would (the test's hook ends the process) or as a failing disk
// would (the hook returns an error).
enum class VaultStep {
    NewDatabaseReady, // create/restore: the database is complete under its temporary name
    KeyslotsWritten, // create/restore: both keyslots copies are written
    NewDatabaseInPlace, // create/restore: the database has its own name: the vault exists
    RenewedCopyWritten, // renew: the re-encrypted copy is complete
    NextKeyslotsWritten, // renew: keyslots.next holds the new slots
    RenewedDatabaseInPlace, // renew: the copy has taken tideline.db's place
    RenewedKeyslotsWritten, // renew: keyslots and its copy hold the new slots
};

// The encrypted vault (DESIGN.md section 3): keyslots, the SQLCipher database, the lockout.
// One Vault per data directory per process; not thread-safe (the app drives it from one
// thread at a time). The work lives in Vault.cpp (claim, unlock, lock, verify), VaultCreate.cpp
// (create and restore), VaultSecrets.cpp (change of secret, recovery, confirming the secret) and
// VaultRenewal.cpp (new keys).
class Vault
{
public:
    explicit Vault(VaultPaths paths, const Clock& clock = SystemClock::instance());
    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    const VaultPaths& paths() const { return m_paths; }
    VaultPresence presence() const;

    // Takes the per-vault lock file so no second Tideline opens the same vault. InUse if another
    // live process holds it, with words that say which (the app's window, or a tideline-cli
    // command); when that is a command, waits up to waitMs for it to finish first. Held until
    // this Vault is destroyed. Once claimed, finishes or undoes work a crash cut short
    // (interruptedWork() says what was found).
    Status claim(int waitMs = 0);
    bool isClaimed() const;
    // What claim() found and tidied: an unfinished creation or key renewal, a backup's leftover.
    const QList<InterruptedWork>& interruptedWork() const { return m_interrupted; }

    // Makes a new vault in an empty (or missing) directory. kdf defaults to calibrating
    // Argon2id on this machine. On success the vault is left unlocked.
    Result<CreatedVault> create(
        const SecureBuffer& secret, SecretKind kind, std::optional<KdfParams> kdf = std::nullopt);

    // Puts a database keyed with dataKey (raw, 32 bytes) at databasePath, which does not exist
    // yet; removes whatever it made when it fails. Restoring a backup provides one.
    using DatabaseWriter = std::function<Status(const QString& databasePath, const SecureBuffer& dataKey)>;

    // Like create(), but the database comes from writeDatabase (a backup being restored) instead
    // of being empty: keyslots as create() makes them, then migrations and a full integrity
    // check before the keyslots file is written. The folder must be empty apart from files that
    // hold no content (the lock, the settings read before unlock, the try counter, the disk
    // reserve); VaultExists or InvalidInput otherwise. On failure the folder is left as it was.
    Result<CreatedVault> createFromBackup(
        const SecureBuffer& secret, SecretKind kind, std::optional<KdfParams> kdf, const DatabaseWriter& writeDatabase);

    // The PIN/passphrase kind of the existing vault, read without any secret.
    Result<SecretKind> secretKind() const;

    // Seconds until the next try is allowed (0 = now).
    qint64 secondsUntilNextTry();
    int consecutiveFailures();

    Result<UnlockReport> unlock(const SecureBuffer& secret);
    // Opens with the recovery code and at once replaces the PIN/passphrase with newSecret. The new
    // slot's Argon2id cost is kdf, or calibrated on this machine: never copied from the PIN slot,
    // which recovery never opened and so cannot trust.
    Result<UnlockReport> recover(const SecureBuffer& recoveryCode, const SecureBuffer& newSecret, SecretKind newKind,
        std::optional<KdfParams> kdf = std::nullopt);
    // Re-seals the PIN/passphrase slot; the database is not re-encrypted. Succeeds exactly when the
    // new secret is the one that opens the vault afterwards.
    Status changeSecret(const SecureBuffer& currentSecret, const SecureBuffer& newSecret, SecretKind newKind);
    // Asks the secret again before something leaves the vault (an export, a backup, a summary):
    // counted by the lockout like an unlock. The vault must be unlocked.
    Status confirmSecret(const SecureBuffer& secret);

    // "Someone may know my PIN or recovery code": a new random data key (the database is copied
    // under it and takes the old one's place atomically), a new recovery code, both slots sealed
    // anew. Old keyslots files (in backups of the folder, snapshots, synced copies) then open
    // nothing written from now on. Needs the vault unlocked and the current secret (counted by the
    // lockout). The PIN slot keeps its Argon2id cost unless kdf is given. A crash midway leaves a
    // vault that opens with the old keys or the new ones, never neither (claim() finishes it).
    Result<CreatedVault> renewKeys(const SecureBuffer& currentSecret, std::optional<KdfParams> kdf = std::nullopt);

    // The person has written the recovery code down: a later unlock no longer says it was not.
    Status confirmRecoveryCodeSeen();

    // Checkpoints the WAL, closes the database and wipes the data key.
    void lock();
    bool isUnlocked() const;

    // The open database; only valid while unlocked.
    Database& database();

    // A second connection to the open vault's database, for one long task on another thread (an
    // export, an import, a backup), so the window's connection stays free: the same key and
    // settings, and a busy timeout so the task waits its turn behind a save of the window's. The
    // task closes it before the vault locks (the app cancels and waits for its tasks first).
    Result<std::unique_ptr<Database>> openTaskConnection();

    // Full integrity checks: keyslots file, SQLCipher page HMACs, SQLite's integrity_check.
    // Needs the vault unlocked.
    Status verify();

private:
    friend struct VaultTestAccess;

    Result<CreatedVault> createWith(
        const SecureBuffer& secret, SecretKind kind, std::optional<KdfParams> kdf, const DatabaseWriter* writer);
    Status buildNewDatabase(const DatabaseWriter* writer);
    Status openDatabase(bool creating, const QString& path = {});
    Result<UnlockReport> finishUnlock(const QList<QDateTime>& failedBefore, bool recovered);
    Status warmSearchOrReopen();
    Status recordAccess(const QList<QDateTime>& failedBefore, bool recovered);
    Status checkThrottle();
    // Counts the try before its key is derived; refuses it when the count cannot be saved.
    Status countTry();
    // The wrong-try message, with the wait or the tries left; recoveryCode: it was the recovery code.
    Error wrongSecretError(bool recoveryCode);
    // Opens the PIN/passphrase slot with secret (normalised for its kind) and compares the key
    // with the open vault's: the shared check of changeSecret, confirmSecret and renewKeys.
    // Returns the secret normalised, for a slot sealed anew under it.
    Result<SecureBuffer> checkCurrentSecret(
        const SecureBuffer& secret, const LoadedKeySlots& loaded, const QString& wrongMessage);
    // renewKeys' steps: the copy under the new key, then the swap that puts it in place.
    Status writeRenewedCopy(const SecureBuffer& newKey);
    Status swapInRenewedCopy();
    // A named step of create, restore or renewal: the test hook's say, when one is set.
    Status step(VaultStep step);
    // Retries once after freeing the disk reserve, when the first try met a full disk.
    Status withReserve(const std::function<Status()>& write);

    VaultPaths m_paths;
    const Clock& m_clock;
    KeySlotStore m_keySlots;
    DiskReserve m_reserve;
    std::unique_ptr<QLockFile> m_lockFile;
    std::unique_ptr<UnlockThrottle> m_throttle;
    std::unique_ptr<Database> m_db;
    SecureBuffer m_dataKey; // 32 bytes, allocated for the Vault's life, zero while locked
    bool m_unlocked = false;
    QList<InterruptedWork> m_interrupted;
    std::function<Status(VaultStep)> m_stepHook; // tests only
};

} // namespace tideline
