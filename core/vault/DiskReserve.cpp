#include "core/vault/DiskReserve.h"

#include "core/common/Log.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace tideline {

bool DiskReserve::isHeld() const
{
    return QFileInfo(m_path).size() >= kBytes;
}

void DiskReserve::replenish() const
{
    if (isHeld()) {
        return;
    }
    const qint64 free = freeBytesAt(m_path);
    if (free < kBytes + kHeadroomBytes) {
        return;
    }
    const QByteArray native = QFile::encodeName(m_path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return;
    }
    // posix_fallocate gives the file real blocks (zeros), so freeing it gives real room back.
    const int rc = ::posix_fallocate(fd, 0, kBytes);
    ::fsync(fd);
    ::close(fd);
    if (rc != 0) {
        QFile::remove(m_path);
        qCWarning(lcVault) << "could not set aside the disk reserve";
    }
}

bool DiskReserve::release() const
{
    if (!QFileInfo::exists(m_path)) {
        return false;
    }
    const bool removed = QFile::remove(m_path);
    if (removed) {
        qCWarning(lcVault) << "the disk is full: the reserve was freed to make room";
    }
    return removed;
}

} // namespace tideline
