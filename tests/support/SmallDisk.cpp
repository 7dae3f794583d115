#include "SmallDisk.h"

#include <QFile>
#include <QProcess>

#include <cerrno>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

namespace tideline::test {

namespace {

const char* const kFiller = "filler";

} // namespace

SmallDisk::SmallDisk(qint64 bytes)
{
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
    m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    options.constData())
        == 0;
}

SmallDisk::~SmallDisk()
{
    if (m_mounted) {
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
}

qint64 SmallDisk::freeBytes() const
{
    struct statvfs fs
    {};
    if (::statvfs(QFile::encodeName(m_dir.path()).constData(), &fs) != 0) {
        return -1;
    }
    return static_cast<qint64>(fs.f_bavail) * static_cast<qint64>(fs.f_frsize);
}

void SmallDisk::fill(qint64 leaveBytes)
{
    const int fd = ::open(
        QFile::encodeName(file(QLatin1String(kFiller))).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) {
        return;
    }
    static const char block[4096] = {};
    while (freeBytes() > leaveBytes) {
        const qint64 step = std::min<qint64>(sizeof block, std::max<qint64>(1, freeBytes() - leaveBytes));
        if (::write(fd, block, static_cast<size_t>(step)) <= 0) {
            break;
        }
    }
    ::close(fd);
}

void SmallDisk::makeRoom()
{
    QFile::remove(file(QLatin1String(kFiller)));
}

bool SmallDisk::canMount()
{
    if (::geteuid() != 0) {
        return false;
    }
    SmallDisk probe(64 * 1024);
    return probe.mounted();
}

int SmallDisk::runAsRoot()
{
    if (canMount()) {
        return -1;
    }
    const QString test = QString::fromStdString(Catch::getResultCapture().getCurrentTestName());
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QStringLiteral("unshare"),
        {QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
            QFile::symLinkTarget(QStringLiteral("/proc/self/exe")), test});
    if (!child.waitForFinished(600'000) || child.exitStatus() != QProcess::NormalExit) {
        return 127;
    }
    return child.exitCode();
}

} // namespace tideline::test
