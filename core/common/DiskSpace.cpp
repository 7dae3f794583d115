#include "core/common/DiskSpace.h"

#include <QFile>
#include <QFileInfo>

#include <sys/statvfs.h>

namespace tideline {

namespace {

constexpr qint64 kFullBelowBytes = 1024 * 1024;

} // namespace

qint64 freeBytesAt(const QString& path)
{
    QFileInfo info(path);
    while (!info.exists() && info.absoluteFilePath() != QStringLiteral("/")) {
        info = QFileInfo(info.absolutePath());
    }
    struct statvfs fs
    {};
    if (::statvfs(QFile::encodeName(info.absoluteFilePath()).constData(), &fs) != 0) {
        return -1;
    }
    return static_cast<qint64>(fs.f_bavail) * static_cast<qint64>(fs.f_frsize);
}

bool diskLooksFull(const QString& path)
{
    const qint64 free = freeBytesAt(path);
    return free >= 0 && free < kFullBelowBytes;
}

} // namespace tideline
