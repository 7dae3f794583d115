#include "core/vault/Vault.h"

#include "core/common/AppName.h"
#include "core/common/DiskSpace.h"
#include "core/common/Log.h"
#include "core/crypto/Kdf.h"
#include "core/journal/JournalRepository.h"
#include "core/records/RecordRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/storage/Transaction.h"
#include "core/vault/AccessEventRepository.h"
#include "core/vault/RecoveryCodeNote.h"
#include "core/vault/SearchWarmUp.h"
#include "core/vault/SlotCrypto.h"
#include "core/vault/UnlockThrottle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace tideline {

namespace {

Error notUnlocked()
{
    return Error::make(
        ErrorCode::NotUnlocked, QCoreApplication::translate("Vault", "The vault is locked. Unlock it first."));
}

} // namespace

Vault::Vault(VaultPaths paths, const Clock& clock)
    : m_paths(std::move(paths))
    , m_clock(clock)
    , m_keySlots(m_paths)
    , m_reserve(m_paths.reserve())
    , m_throttle(std::make_unique<UnlockThrottle>(m_paths.unlockState(), clock))
    , m_db(std::make_unique<Database>())
    , m_dataKey(kKeyBytes)
{
    // A save of the person's words that meets a full disk frees the reserve and goes in after all.
    // Only a full disk: another write error (a failing drive) would only waste the reserve.
    m_db->setRoomMaker([this] { return diskLooksFull(m_paths.database()) && m_reserve.release(); });
}

Vault::~Vault()
{
    lock();
}

VaultPresence Vault::presence() const
{
    if (m_keySlots.exists()) {
        return VaultPresence::Ready;
    }
    if (QFile::exists(m_paths.database())) {
        return VaultPresence::KeyslotsMissing;
    }
    return VaultPresence::None;
}

Result<SecretKind> Vault::secretKind() const
{
    auto loaded = m_keySlots.load();
    if (!loaded) {
        return loaded.error();
    }
    return loaded.value().file.find(KeySlot::Kind::Secret)->secretKind;
}

Status Vault::withReserve(const std::function<Status()>& write)
{
    Status status = write();
    if (!status && status.code() == ErrorCode::CannotWrite && m_reserve.release()) {
        status = write();
    }
    return status;
}

Status Vault::step(VaultStep step)
{
    return m_stepHook ? m_stepHook(step) : Status();
}

Result<UnlockReport> Vault::unlock(const SecureBuffer& secret)
{
    if (m_unlocked) {
        return UnlockReport{};
    }
    if (auto s = claim(); !s) {
        return s.error();
    }
    if (auto s = checkThrottle(); !s) {
        return s.error();
    }
    auto loaded = m_keySlots.load();
    if (!loaded) {
        return loaded.error();
    }
    const KeySlotFile& file = loaded.value().file;
    const KeySlot* slot = file.find(KeySlot::Kind::Secret);
    auto normalized = normalizeSecret(secret, slot->secretKind);
    if (!normalized) {
        return normalized.error(); // too short to be right: say so, without counting a try
    }
    const QList<QDateTime> failedBefore = m_throttle->failedAttempts();
    const QList<QDateTime> unrecorded = m_throttle->deferredUnlocks();
    if (auto s = countTry(); !s) {
        return s.error();
    }
    auto dataKey = openSlot(*slot, file.vaultId, normalized.value());
    if (!dataKey) {
        return dataKey.error();
    }
    if (!dataKey.value()) {
        return wrongSecretError(false);
    }
    // The secret is right: the try is taken back, and this unlock noted, before the database
    // opens (UnlockThrottle::recordPendingUnlock says why).
    if (auto s = m_throttle->recordPendingUnlock(failedBefore, unrecorded); !s) {
        qCWarning(lcVault) << "could not take back the counted try";
    }
    std::copy(dataKey.value()->data(), dataKey.value()->data() + kKeyBytes, m_dataKey.data());
    if (auto s = withReserve([this] { return openDatabase(false); }); !s) {
        m_dataKey.wipe();
        // The secret was right: the try stays taken back, the damage is not a wrong PIN, and
        // there was no unlock to record.
        (void)m_throttle->recordRightSecret(failedBefore, unrecorded);
        return s.error();
    }
    m_keySlots.repair(loaded.value());
    Result<UnlockReport> report = finishUnlock(failedBefore, false);
    if (report) {
        report.value().keyslots = loaded.value().health;
    }
    return report;
}

Status Vault::openDatabase(bool creating, const QString& path)
{
    const QString file = path.isEmpty() ? m_paths.database() : path;
    if (!creating && !QFile::exists(file)) {
        return Error::make(ErrorCode::DamagedDatabase,
            QCoreApplication::translate("Vault",
                "This vault's data file (tideline.db) is missing. Your PIN was right. If "
                "you have a backup, you can restore it."));
    }
    // SQLite takes an empty file for a new database, and the migrations would then build an
    // empty vault on it: every entry would seem gone, without a word. A vault that has keyslots
    // always has a database of at least one page, so an empty one was cut or wiped.
    if (!creating && QFileInfo(file).size() == 0) {
        return Error::make(ErrorCode::DamagedDatabase,
            QCoreApplication::translate("Vault",
                "This vault's data file (tideline.db) is empty: it has been cut "
                "short or wiped. Your PIN was right. If you have a backup, you can "
                "restore it."));
    }
    if (auto s = m_db->open(file, m_dataKey, creating); !s) {
        m_db->close();
        // A full disk has no room for the shared-memory file SQLite maps to read a WAL database:
        // open it for this process alone, which needs none, so the person can still read (and
        // rescue) what they wrote. Saving then says the disk is full.
        if (creating || s.code() != ErrorCode::CannotWrite || !diskLooksFull(m_paths.dir)) {
            return s;
        }
        qCWarning(lcVault) << "the disk is full: the database is opened without its shared-memory file";
        if (auto retried = m_db->open(file, m_dataKey, false, Database::Locking::Exclusive); !retried) {
            m_db->close();
            return retried;
        }
    }
    if (creating) {
        // Owner only, whatever the umask; SQLite gives -wal and -shm the same permissions.
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }
    // Checked before any setting that could write, so a newer vault keeps every byte.
    Status status = Migrator::checkVersion(*m_db);
    if (status) {
        status = m_db->configure();
    }
    if (status) {
        status = Migrator::migrate(*m_db);
    }
    if (!status) {
        m_db->close();
    }
    return status;
}

Result<std::unique_ptr<Database>> Vault::openTaskConnection()
{
    if (!m_unlocked) {
        return notUnlocked();
    }
    auto db = std::make_unique<Database>();
    if (auto s = db->open(m_paths.database(), m_dataKey, false); !s) {
        return s.error();
    }
    if (auto s = db->configure(); !s) {
        return s.error();
    }
    // Long enough for any save of the window's connection to finish; a task's long write, in
    // turn, makes the window's saves answer "busy" at once (their text is kept; see Database).
    constexpr int kWaitForSaveMs = 10000;
    db->setBusyTimeout(kWaitForSaveMs);
    return db;
}

Status Vault::recordAccess(const QList<QDateTime>& failedBefore, bool recovered)
{
    // The try counter's list of unrecorded unlocks ends with this one (UnlockThrottle::recordPendingUnlock).
    QList<QDateTime> unrecorded = m_throttle->deferredUnlocks();
    const QDateTime unlockedAt = unrecorded.isEmpty() ? m_clock.nowUtc() : unrecorded.takeLast();
    AccessEventRepository events(*m_db);
    Transaction tx(*m_db); // rolled back when it goes out of scope uncommitted
    Status status = tx.begin();
    for (const auto& at : std::as_const(unrecorded)) {
        if (status) {
            status = events.record(AccessEventRepository::Outcome::Unlocked, at);
        }
    }
    for (const auto& at : failedBefore) {
        if (status) {
            status = events.record(AccessEventRepository::Outcome::Failed, at);
        }
    }
    if (status && recovered) {
        status = events.record(AccessEventRepository::Outcome::Recovered, unlockedAt);
    }
    if (status) {
        status = events.record(AccessEventRepository::Outcome::Unlocked, unlockedAt);
    }
    // Records deleted in a session that ended without a lock (a crash, a kill) go for good now,
    // in the same transaction (a full disk leaves them marked, hidden, for the next unlock).
    if (status) {
        if (Result<int> purged = records::purgeDeletedRecords(*m_db); !purged) {
            status = purged.error();
        }
    }
    if (status) {
        status = tx.commit();
    }
    return status;
}

Status Vault::warmSearchOrReopen()
{
    // Inside the unlock, where the person already waits for Argon2id, rather than in their first
    // search (docs/BENCHMARKS.md, "Warming the search").
    if (warmUpSearch(*m_db, m_clock)) {
        return {};
    }
    // A damaged search index must not keep the person from the rest of their vault (the search
    // says what is wrong when they use it), and a read that failed may have left this connection
    // unusable: a fresh connection, unwarmed, goes on as the unlock did before.
    qCWarning(lcVault) << "the search could not be warmed; the database is opened again";
    m_db->close();
    return withReserve([this] { return openDatabase(false); });
}

Result<UnlockReport> Vault::finishUnlock(const QList<QDateTime>& failedBefore, bool recovered)
{
    UnlockReport report;
    report.failedAttemptsSinceLastVisit = failedBefore;
    // Words of entries deleted just before a crash, a kill or a lock that came first leave the
    // index now, before the search is warmed. A failure (a full disk) does not stop the unlock:
    // the words stay hidden from every search and go at the next lock or unlock; a connection
    // it left unusable is caught by the warm-up just below, which opens the database again.
    if (Status removed = journal::JournalRepository::removeDeletedWords(*m_db); !removed) {
        qCWarning(lcVault)
            << "deleted entries' words could not leave the index; they are tried again at the next unlock";
    }
    // Read first: a read that fails (like a record that fails for any reason but a full disk)
    // fails the unlock, since it may have left the connection unusable.
    const Status warmed = warmSearchOrReopen();
    const Result<bool> unconfirmed = warmed ? RecoveryCodeNote::isUnconfirmed(*m_db) : Result<bool>(warmed.error());
    const Status recorded = unconfirmed ? withReserve([&] { return recordAccess(failedBefore, recovered); })
                                        : Status(unconfirmed.error());
    // Only a full disk lets the unlock go on without its record. Any other failure (a read that
    // failed, damage) may have left the connection unusable: the unlock fails, as it says.
    const bool diskFull
        = unconfirmed && !recorded && recorded.code() == ErrorCode::CannotWrite && diskLooksFull(m_paths.dir);
    if (!recorded && !diskFull) {
        m_db->close();
        m_dataKey.wipe();
        // No unlock happened: the list loses this one (its last) again.
        QList<QDateTime> unrecorded = m_throttle->deferredUnlocks();
        if (!unrecorded.isEmpty()) {
            unrecorded.removeLast();
        }
        (void)m_throttle->recordRightSecret(failedBefore, unrecorded);
        return recorded.error();
    }
    if (recorded) {
        if (auto s = m_throttle->recordSuccess(); !s) {
            qCWarning(lcVault) << "could not reset the unlock-try counter";
        }
    } else {
        // A full disk must not lock the person out of their own vault: reading needs no record.
        // The record waits in the try counter's file, where the unlock noted itself before the
        // database opened (UnlockThrottle::recordPendingUnlock), until an unlock finds room. Saved again here in
        // case that first save failed.
        qCWarning(lcVault) << "the disk is full: this unlock is recorded later";
        report.accessRecordDeferred = true;
        if (auto s = m_throttle->recordRightSecret(failedBefore, m_throttle->deferredUnlocks()); !s) {
            qCWarning(lcVault) << "could not note this unlock in the unlock-try counter";
        }
    }
    report.recoveryCodeUnconfirmed = unconfirmed.value();
    m_reserve.replenish();
    m_unlocked = true;
    return report;
}

Status Vault::confirmRecoveryCodeSeen()
{
    if (!m_unlocked) {
        return notUnlocked();
    }
    return RecoveryCodeNote::markConfirmed(*m_db);
}

void Vault::lock()
{
    if (m_db && m_db->isOpen()) {
        // Deleting a record can be undone until the vault locks; from here it is for good.
        if (m_unlocked) {
            // Normally long gone: the app removes a deleted entry's words right after the delete.
            if (auto s = journal::JournalRepository::removeDeletedWords(*m_db); !s) {
                qCWarning(lcVault) << "deleted entries' words could not leave the index on lock; they do at unlock";
            }
            if (auto purged = records::purgeDeletedRecords(*m_db); !purged) {
                qCWarning(lcVault) << "deleted records could not be cleared on lock; they are tried again at unlock";
            }
        }
        if (auto s = m_db->checkpointTruncate(); !s) {
            qCWarning(lcVault) << "checkpoint on lock failed";
        }
        m_db->close();
    }
    m_dataKey.wipe();
    m_unlocked = false;
}

bool Vault::isUnlocked() const
{
    return m_unlocked;
}

Database& Vault::database()
{
    return *m_db;
}

Status Vault::verify()
{
    if (!m_unlocked) {
        return notUnlocked();
    }
    if (auto loaded = m_keySlots.load(); !loaded) {
        return loaded.error();
    }
    return m_db->integrityCheck();
}

} // namespace tideline
