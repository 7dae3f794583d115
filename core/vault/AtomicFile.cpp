#include "vault/AtomicFile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tideline {

namespace {

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd;
};

bool writeAll(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

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
            QStringLiteral("Tideline is not allowed to write %1 in this folder. Check the folder's "
                           "permissions, or choose another folder.")
                .arg(what));
    default:
        return Error::make(ErrorCode::CannotWrite,
            QStringLiteral("Tideline could not save %1 (%2). Nothing was lost; please try again.")
                .arg(what, QString::fromLocal8Bit(strerror(errnoValue))));
    }
}

Status writeFileAtomically(const QString& path, const QByteArray& contents, const QString& what)
{
    const QFileInfo info(path);
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    QByteArray temp = target + ".tmp-XXXXXX";

    FileDescriptor fd(::mkstemp(temp.data()));
    if (fd.get() < 0) {
        return writeError(errno, what);
    }
    ::fchmod(fd.get(), S_IRUSR | S_IWUSR); // owner only: nobody else on this machine reads it
    if (!writeAll(fd.get(), contents.constData(), contents.size()) || ::fsync(fd.get()) != 0) {
        const int saved = errno;
        ::unlink(temp.constData());
        return writeError(saved, what);
    }
    if (::close(fd.release()) != 0 || ::rename(temp.constData(), target.constData()) != 0) {
        const int saved = errno;
        ::unlink(temp.constData());
        return writeError(saved, what);
    }
    FileDescriptor dirFd(::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dirFd.get() < 0 || ::fsync(dirFd.get()) != 0) {
        return writeError(errno, what);
    }
    return {};
}

} // namespace tideline
