#include "core/vault/AtomicFile.h"

#include "core/common/AppName.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tideline {

Error writeError(int errnoValue, const QString& what)
{
    switch (errnoValue) {
    case ENOSPC:
    case EDQUOT:
        return Error::make(ErrorCode::CannotWrite,
            QStringLiteral("The disk is full, so %1 could not be saved. Nothing was lost: free some "
                           "space and try again.")
                .arg(what));
    case EACCES:
    case EPERM:
    case EROFS:
        return Error::make(ErrorCode::CannotWrite,
            QStringLiteral("%1 is not allowed to write %2 in this folder. Check the folder's "
                           "permissions, or choose another folder.")
                .arg(appName(), what));
    default:
        return Error::make(ErrorCode::CannotWrite,
            QStringLiteral("%1 could not save %2 (%3). Nothing was lost; please try again.")
                .arg(appName(), what, QString::fromLocal8Bit(strerror(errnoValue))));
    }
}

Result<StagedFile> StagedFile::beside(const QString& target, const QString& what)
{
    QByteArray temp = QFile::encodeName(QFileInfo(target).absoluteFilePath()) + ".tmp-XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) {
        return writeError(errno, what);
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR); // owner only, whatever the umask
    return StagedFile(fd, QFile::decodeName(temp), what);
}

Result<StagedFile> StagedFile::create(const QString& path, const QString& what)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return writeError(errno, what);
    }
    return StagedFile(fd, path, what);
}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : m_fd(other.m_fd), m_path(std::move(other.m_path)), m_what(std::move(other.m_what)), m_keep(other.m_keep)
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

Status syncFolderOf(const QFileInfo& info, const QString& what)
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

Status syncFile(const QString& path, const QString& what)
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

Status renameDurably(const QString& from, const QString& to, const QString& what)
{
    const QFileInfo info(to);
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        return writeError(errno, what);
    }
    return syncFolderOf(info, what);
}

Status writeFileAtomically(const QString& path, const QByteArray& contents, const QString& what)
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
