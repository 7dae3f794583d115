#include "ProcessMemory.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

namespace tideline::test {

namespace {

struct Region
{
    quint64 start = 0;
    quint64 end = 0;
};

QList<Region> readableRegions(qint64 pid)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    QList<Region> regions;
    if (!maps.open(QIODevice::ReadOnly)) {
        return regions;
    }
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const QByteArrayList fields = line.simplified().split(' ');
        if (fields.size() < 2 || !fields.at(1).startsWith('r') || line.contains("[vvar]")
            || line.contains("[vsyscall]")) {
            continue;
        }
        const QByteArrayList bounds = fields.at(0).split('-');
        const Region region{bounds.value(0).toULongLong(nullptr, 16), bounds.value(1).toULongLong(nullptr, 16)};
        // AddressSanitizer's shadow memory is terabytes of reserved, untouched pages: reading it
        // would take hours and it holds no bytes of the program's own. Nothing the helper keeps
        // comes near this size.
        constexpr quint64 kLargestRegion = quint64(4) << 30;
        if (region.end - region.start > kLargestRegion) {
            continue;
        }
        regions.append(region);
    }
    return regions;
}

} // namespace

QList<int> foundInProcessMemory(qint64 pid, const QByteArrayList& needles)
{
    const int fd = ::open(qPrintable(QStringLiteral("/proc/%1/mem").arg(pid)), O_RDONLY | O_CLOEXEC);
    QList<int> found;
    if (fd < 0) {
        return found;
    }
    qsizetype longest = 0;
    for (const QByteArray& needle : needles) {
        longest = std::max(longest, needle.size());
    }
    constexpr qsizetype kChunk = 1 << 20;
    QByteArray buffer(kChunk + longest, '\0');
    for (const Region& region : readableRegions(pid)) {
        for (quint64 at = region.start; at < region.end; at += kChunk) {
            const qsizetype want = static_cast<qsizetype>(std::min<quint64>(kChunk + longest, region.end - at));
            const ssize_t got = ::pread(fd, buffer.data(), static_cast<size_t>(want), static_cast<off_t>(at));
            if (got <= 0) {
                break; // a region the kernel will not hand out (a guard page): nothing to read
            }
            const QByteArrayView view(buffer.constData(), got);
            for (int i = 0; i < needles.size(); ++i) {
                if (!found.contains(i) && view.indexOf(needles.at(i)) >= 0) {
                    found.append(i);
                }
            }
        }
    }
    ::close(fd);
    return found;
}

QByteArray utf16Bytes(const QByteArray& text)
{
    const QString s = QString::fromUtf8(text);
    return QByteArray(reinterpret_cast<const char*>(s.utf16()), s.size() * 2);
}

void writeToStdout(const void* data, std::size_t size)
{
    const auto* bytes = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t written = ::write(STDOUT_FILENO, bytes, size);
        if (written <= 0) {
            return;
        }
        bytes += written;
        size -= static_cast<std::size_t>(written);
    }
}

QByteArrayList readLinesUntil(QProcess& child, int minLines, const QByteArray& lastPrefix)
{
    QByteArrayList lines;
    while (!(lines.size() >= minLines && lines.last().startsWith(lastPrefix)) && child.waitForReadyRead(30000)) {
        while (child.canReadLine()) {
            lines.append(child.readLine().trimmed());
        }
    }
    return lines;
}

} // namespace tideline::test
