// Vault: claiming the data folder (made owner-only if new) through its lock file, so that one
// process at a time holds a vault, and saying plainly who holds it when another does.
#include "core/common/AppName.h"
#include "core/common/Log.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QThread>

namespace tideline {

namespace {

Error diskFullMessage(const QString& dir)
{
    return Error::make(ErrorCode::CannotWrite,
        QCoreApplication::translate("Vault",
            "The disk that holds %1's data folder (%2) is full, so %1 could not open it. Free some "
            "space on that disk, then try again; nothing was lost.")
            .arg(appName(), QDir::toNativeSeparators(dir)));
}

// Who holds the vault's lock file, in words: the app's window, or another tideline-cli command.
Error heldBy(const QLockFile& lock, bool waited)
{
    qint64 pid = 0;
    QString host;
    QString holder;
    if (lock.getLockInfo(&pid, &host, &holder) && holder == QStringLiteral("tideline-cli")) {
        return Error::make(ErrorCode::InUse,
            waited ? QCoreApplication::translate("Vault",
                "Another tideline-cli command (process %1) is still using this vault. Try again "
                "when it has finished.")
                         .arg(pid)
                   : QCoreApplication::translate("Vault",
                       "Another tideline-cli command (process %1) is using this vault right now. Try "
                       "again when it has finished.")
                         .arg(pid));
    }
    return Error::make(ErrorCode::InUse,
        QCoreApplication::translate(
            "Vault", "%1 is already open with this vault in a window. Lock and close that window first.")
            .arg(appName()));
}

// How long a lock file may stay without its holder's details before it counts as left behind.
constexpr unsigned long kUnwrittenLockGraceMs = 200;

bool hasHolderDetails(const QLockFile& lock)
{
    qint64 pid = 0;
    QString host;
    QString holder;
    return lock.getLockInfo(&pid, &host, &holder);
}

} // namespace

Status Vault::claim(int waitMs)
{
    if (isClaimed()) {
        return {};
    }
    QDir dir(m_paths.dir);
    if (!dir.exists()) {
        if (!QDir().mkpath(m_paths.dir)) {
            return Error::make(ErrorCode::CannotWrite,
                QCoreApplication::translate("Vault",
                    "%1 could not make its data folder at %2. Check that the place "
                    "exists and can be written to.")
                    .arg(appName(), QDir::toNativeSeparators(m_paths.dir)));
        }
        // Owner only: other accounts on this computer cannot even list the files.
        QFile::setPermissions(m_paths.dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    auto lockFile = std::make_unique<QLockFile>(m_paths.lockFile());
    lockFile->setStaleLockTime(0); // a lock whose process is gone is stale at once
    bool locked = lockFile->tryLock(0);
    if (!locked && lockFile->error() == QLockFile::LockFailedError && waitMs > 0) {
        // A command finishes in moments; the app holds its vault for as long as it is open.
        qint64 pid = 0;
        QString host;
        QString holder;
        if (lockFile->getLockInfo(&pid, &host, &holder) && holder == QStringLiteral("tideline-cli")) {
            locked = lockFile->tryLock(waitMs);
        }
    }
    if (!locked && lockFile->error() == QLockFile::LockFailedError && !hasHolderDetails(*lockFile)) {
        // A lock file without its holder's details: a process killed (or a computer switched off)
        // between making the file and writing into it. Qt never calls such a file stale, so the
        // vault would stay "open in a window" for ever. A live process writes its details within
        // moments of making the file: look once more a little later, then take the lock.
        QThread::msleep(kUnwrittenLockGraceMs);
        if (!hasHolderDetails(*lockFile) && lockFile->removeStaleLockFile()) {
            qCInfo(lcVault) << "a lock file without a holder was left behind; it was removed";
            locked = lockFile->tryLock(0);
        }
    }
    if (!locked && lockFile->error() == QLockFile::LockFailedError) {
        // Qt removes a stale lock file (its process gone) only while it holds a second one,
        // NAME.rmlock. A process killed between making that file and writing into it leaves it
        // empty, and Qt calls an empty one stale only after 30 s: for that long the vault would be
        // "open in a window" that is not there (seen in KillLoopTest). The same look as above.
        QLockFile removing(m_paths.lockFile() + QStringLiteral(".rmlock"));
        if (QFile::exists(m_paths.lockFile() + QStringLiteral(".rmlock")) && !hasHolderDetails(removing)) {
            QThread::msleep(kUnwrittenLockGraceMs);
            if (!hasHolderDetails(removing) && removing.removeStaleLockFile()) {
                qCInfo(lcVault) << "a lock file's removal lock without a holder was left behind; it was removed";
                locked = lockFile->tryLock(0);
            }
        }
    }
    if (!locked && lockFile->error() != QLockFile::LockFailedError && m_reserve.release()) {
        locked = lockFile->tryLock(0); // a full disk: the lock file needs a block of its own
    }
    if (!locked) {
        if (lockFile->error() == QLockFile::LockFailedError) {
            return heldBy(*lockFile, waitMs > 0);
        }
        if (diskLooksFull(m_paths.dir)) {
            return diskFullMessage(m_paths.dir);
        }
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("Vault",
                "%1 could not write to its data folder at %2. Check that it can be "
                "written to.")
                .arg(appName(), QDir::toNativeSeparators(m_paths.dir)));
    }
    // QLockFile follows the umask (often 0644); it holds only a process id and a host name,
    // but every file Tideline writes is owner-only.
    QFile::setPermissions(m_paths.lockFile(), QFile::ReadOwner | QFile::WriteOwner);
    m_lockFile = std::move(lockFile);
    m_interrupted = finishInterruptedWork(m_paths);
    return {};
}

bool Vault::isClaimed() const
{
    return m_lockFile && m_lockFile->isLocked();
}

} // namespace tideline
