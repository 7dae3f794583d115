#include "core/vault/AtomicFile.h"

#include "core/common/AppName.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tideline {

namespace {

QString diskFull(SavedFile what)
{
    switch (what) {
    case SavedFile::KeySlots:
        return QCoreApplication::translate("Vault",
            "The disk is full, so the vault's key file could not be saved. Nothing was lost: free some space and try "
            "again.");
    case SavedFile::UnlockTries:
        return QCoreApplication::translate("Vault",
            "The disk is full, so the count of unlock tries could not be saved. Nothing was lost: free some space and "
            "try again.");
    case SavedFile::Export:
        return QCoreApplication::translate("Vault",
            "The disk is full, so the export could not be saved. Nothing was lost: free some space and try again.");
    case SavedFile::Backup:
        return QCoreApplication::translate("Vault",
            "The disk is full, so the backup could not be saved. Nothing was lost: free some space and try again.");
    case SavedFile::RestoredVault:
        return QCoreApplication::translate("Vault",
            "The disk is full, so the restored vault could not be saved. Nothing was lost: free some space and try "
            "again.");
    case SavedFile::SafetyPlan:
        return QCoreApplication::translate("Vault",
            "The disk is full, so the safety plan could not be saved. Nothing was lost: free some space and try "
            "again.");
    case SavedFile::DesktopEntry:
        return QCoreApplication::translate("Vault",
            "The disk is full, so the menu entry for neutral mode could not be saved. Nothing was lost: free some "
            "space and try again.");
    case SavedFile::NewVault:
        return QCoreApplication::translate("Vault",
            "The disk is full, so the new vault could not be saved. Nothing was lost: free some space and try again.");
    case SavedFile::RenewedVault:
        return QCoreApplication::translate("Vault",
            "The disk is full, so the vault's renewed copy could not be saved. Nothing was lost: free some space "
            "and try again.");
    case SavedFile::Settings:
        return QCoreApplication::translate("Vault",
            "The disk is full, so your settings could not be saved. Nothing was lost: free some space and try "
            "again.");
    case SavedFile::FileCopy:
        return QCoreApplication::translate("Vault",
            "The disk is full, so the copy of the file could not be saved. Nothing was lost: free some space and "
            "try again.");
    case SavedFile::FileFolder:
        return QCoreApplication::translate("Vault",
            "The disk is full, so the folder of files could not be saved. Nothing was lost: free some space and "
            "try again.");
    case SavedFile::Summary:
        break;
    }
    return QCoreApplication::translate("Vault",
        "The disk is full, so the summary could not be saved. Nothing was lost: free some space and try again.");
}

// %1: the app's name.
QString notAllowed(SavedFile what)
{
    switch (what) {
    case SavedFile::KeySlots:
        return QCoreApplication::translate("Vault",
            "%1 is not allowed to write the vault's key file in this folder. Check the folder's permissions, or "
            "choose another folder.");
    case SavedFile::UnlockTries:
        return QCoreApplication::translate("Vault",
            "%1 is not allowed to write the count of unlock tries in this folder. Check the folder's "
            "permissions, or choose another folder.");
    case SavedFile::Export:
        return QCoreApplication::translate("Vault",
            "%1 is not allowed to write the export in this folder. Check the folder's permissions, or choose "
            "another folder.");
    case SavedFile::Backup:
        return QCoreApplication::translate("Vault",
            "%1 is not allowed to write the backup in this folder. Check the folder's permissions, or choose "
            "another folder.");
    case SavedFile::RestoredVault:
        return QCoreApplication::translate("Vault",
            "%1 is not allowed to write the restored vault in this folder. Check the folder's permissions, or "
            "choose another folder.");
    case SavedFile::SafetyPlan:
        return QCoreApplication::translate("Vault",
            "%1 is not allowed to write the safety plan in this folder. Check the folder's permissions, or "
            "choose another folder.");
    case SavedFile::DesktopEntry:
        return QCoreApplication::translate("Vault",
            "%1 is not allowed to write the menu entry for neutral mode in this folder. Check the folder's "
            "permissions, or choose another folder.");
    case SavedFile::NewVault:
        return QCoreApplication::translate("Vault",
            "%1 is not allowed to write the new vault in this folder. Check the folder's permissions, or choose "
            "another folder.");
    case SavedFile::RenewedVault:
        return QCoreApplication::translate("Vault",
            "%1 is not allowed to write the vault's renewed copy in this folder. Check the folder's "
            "permissions, or choose another folder.");
    case SavedFile::Settings:
        return QCoreApplication::translate("Vault",
            "%1 is not allowed to write your settings in this folder. Check the folder's permissions, or "
            "choose another folder.");
    case SavedFile::FileCopy:
        return QCoreApplication::translate("Vault",
            "%1 is not allowed to write the copy of the file in this folder. Check the folder's permissions, or "
            "choose another folder.");
    case SavedFile::FileFolder:
        return QCoreApplication::translate("Vault",
            "%1 is not allowed to write the folder of files here. Check the folder's permissions, or choose "
            "another folder.");
    case SavedFile::Summary:
        break;
    }
    return QCoreApplication::translate("Vault",
        "%1 is not allowed to write the summary in this folder. Check the folder's permissions, or choose "
        "another folder.");
}

// %1: the app's name; %2: the system's own words for what went wrong.
QString notSaved(SavedFile what)
{
    switch (what) {
    case SavedFile::KeySlots:
        return QCoreApplication::translate(
            "Vault", "%1 could not save the vault's key file (%2). Nothing was lost; please try again.");
    case SavedFile::UnlockTries:
        return QCoreApplication::translate(
            "Vault", "%1 could not save the count of unlock tries (%2). Nothing was lost; please try again.");
    case SavedFile::Export:
        return QCoreApplication::translate(
            "Vault", "%1 could not save the export (%2). Nothing was lost; please try again.");
    case SavedFile::Backup:
        return QCoreApplication::translate(
            "Vault", "%1 could not save the backup (%2). Nothing was lost; please try again.");
    case SavedFile::RestoredVault:
        return QCoreApplication::translate(
            "Vault", "%1 could not save the restored vault (%2). Nothing was lost; please try again.");
    case SavedFile::SafetyPlan:
        return QCoreApplication::translate(
            "Vault", "%1 could not save the safety plan (%2). Nothing was lost; please try again.");
    case SavedFile::DesktopEntry:
        return QCoreApplication::translate(
            "Vault", "%1 could not save the menu entry for neutral mode (%2). Nothing was lost; please try again.");
    case SavedFile::NewVault:
        return QCoreApplication::translate(
            "Vault", "%1 could not save the new vault (%2). Nothing was lost; please try again.");
    case SavedFile::RenewedVault:
        return QCoreApplication::translate(
            "Vault", "%1 could not save the vault's renewed copy (%2). Nothing was lost; please try again.");
    case SavedFile::Settings:
        return QCoreApplication::translate(
            "Vault", "%1 could not save your settings (%2). Nothing was lost; please try again.");
    case SavedFile::FileCopy:
        return QCoreApplication::translate(
            "Vault", "%1 could not save the copy of the file (%2). Nothing was lost; please try again.");
    case SavedFile::FileFolder:
        return QCoreApplication::translate(
            "Vault", "%1 could not save the folder of files (%2). Nothing was lost; please try again.");
    case SavedFile::Summary:
        break;
    }
    return QCoreApplication::translate(
        "Vault", "%1 could not save the summary (%2). Nothing was lost; please try again.");
}

} // namespace

Error writeError(int errnoValue, SavedFile what)
{
    switch (errnoValue) {
    case ENOSPC:
    case EDQUOT:
        return Error::make(ErrorCode::CannotWrite, diskFull(what));
    case EACCES:
    case EPERM:
    case EROFS:
        return Error::make(ErrorCode::CannotWrite, notAllowed(what).arg(appName()));
    default:
        return Error::make(
            ErrorCode::CannotWrite, notSaved(what).arg(appName(), QString::fromLocal8Bit(strerror(errnoValue))));
    }
}

Result<StagedFile> StagedFile::beside(const QString& target, SavedFile what)
{
    QByteArray temp = QFile::encodeName(QFileInfo(target).absoluteFilePath()) + ".tmp-XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) {
        return writeError(errno, what);
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR); // owner only, whatever the umask
    return StagedFile(fd, QFile::decodeName(temp), what);
}

Result<StagedFile> StagedFile::create(const QString& path, SavedFile what)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return writeError(errno, what);
    }
    return StagedFile(fd, path, what);
}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : m_fd(other.m_fd), m_path(std::move(other.m_path)), m_what(other.m_what), m_keep(other.m_keep)
{
    other.m_fd = -1;
    other.m_path.clear();
    other.m_keep = true;
}

StagedFile::~StagedFile()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    if (!m_keep && !m_path.isEmpty()) {
        QFile::remove(m_path);
    }
}

Status StagedFile::write(const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return writeError(errno, m_what);
        }
        data += n;
        size -= n;
    }
    return {};
}

Status StagedFile::close()
{
    if (m_fd < 0) {
        return {};
    }
    const bool synced = ::fsync(m_fd) == 0;
    const int saved = errno;
    const bool closed = ::close(m_fd) == 0;
    m_fd = -1;
    if (!synced || !closed) {
        return writeError(synced ? errno : saved, m_what);
    }
    return {};
}

namespace {

Status syncFolderOf(const QFileInfo& info, SavedFile what)
{
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = dirFd >= 0 && ::fsync(dirFd) == 0;
    const int saved = errno;
    if (dirFd >= 0) {
        ::close(dirFd);
    }
    if (!synced) {
        return writeError(saved, what);
    }
    return {};
}

} // namespace

Status StagedFile::commit(const QString& target)
{
    if (auto s = close(); !s) {
        return s;
    }
    const QFileInfo info(target);
    const QByteArray to = QFile::encodeName(info.absoluteFilePath());
    if (::rename(QFile::encodeName(m_path).constData(), to.constData()) != 0) {
        return writeError(errno, m_what);
    }
    m_keep = true;
    return syncFolderOf(info, m_what);
}

Status syncFile(const QString& path, SavedFile what)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return writeError(errno, what);
    }
    const bool synced = ::fsync(fd) == 0;
    const int saved = errno;
    ::close(fd);
    if (!synced) {
        return writeError(saved, what);
    }
    return {};
}

Status renameDurably(const QString& from, const QString& to, SavedFile what)
{
    const QFileInfo info(to);
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        return writeError(errno, what);
    }
    return syncFolderOf(info, what);
}

Status writeFileAtomically(const QString& path, const QByteArray& contents, SavedFile what)
{
    Result<StagedFile> staged = StagedFile::beside(path, what);
    if (!staged) {
        return staged.error();
    }
    if (Status written = staged.value().write(contents); !written) {
        return written;
    }
    return staged.value().commit(path);
}

} // namespace tideline
