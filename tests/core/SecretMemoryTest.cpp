// Issue 19, section 5: after lock, no secret is left in the memory of the process that held it.
// A child (SecretMemoryHelper.cpp) creates a vault with a passphrase, unlocks it again, writes an
// entry and locks; this test then reads the child's whole memory through /proc/PID/mem (as a
// core dump taken at that moment would hold it) and looks for the passphrase (UTF-8 and UTF-16),
// the recovery code and the raw data key.
#include <catch2/catch.hpp>

#include <QByteArrayList>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

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

// Which of needles occur anywhere in the process's readable memory.
QList<int> foundInMemory(qint64 pid, const QByteArrayList& needles)
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

QByteArray utf16(const QByteArray& text)
{
    const QString s = QString::fromUtf8(text);
    return QByteArray(reinterpret_cast<const char*>(s.utf16()), s.size() * 2);
}

} // namespace

TEST_CASE("After lock the passphrase, the recovery code and the data key are gone from memory", "[vault][memory]")
{
    QTemporaryDir dir;
    QProcess child;
    child.start(QStringLiteral(TIDELINE_SECRET_MEMORY_HELPER_PATH), {dir.filePath(QStringLiteral("vault"))});
    REQUIRE(child.waitForStarted());
    const QByteArray passphrase = "quiet lantern harbour glass 7H3";
    child.write(passphrase + '\n');
    REQUIRE(child.waitForBytesWritten());

    QByteArrayList lines;
    while (!(lines.size() >= 3 && lines.last().startsWith("locked")) && child.waitForReadyRead(30000)) {
        while (child.canReadLine()) {
            lines.append(child.readLine().trimmed());
        }
    }
    INFO(lines.join('\n').toStdString());
    REQUIRE(lines.size() >= 3);
    const QByteArray recoveryCode = lines.at(0);
    const QByteArray dataKey = QByteArray::fromHex(lines.at(1));
    REQUIRE(recoveryCode.size() > 20);
    REQUIRE(dataKey.size() == 32);
    const QByteArray marker = lines.at(2).mid(QByteArray("locked ").size());
    REQUIRE_FALSE(marker.isEmpty());

    const QByteArrayList needles{marker, passphrase, utf16(passphrase), recoveryCode, utf16(recoveryCode),
        QByteArray(recoveryCode).replace('-', ""), dataKey};
    const QList<int> found = foundInMemory(child.processId(), needles);
    child.closeWriteChannel();
    REQUIRE(child.waitForFinished(30000));
    CHECK(child.exitCode() == 0);

    // The marker proves the memory was read at all (it sits in the helper's read-only data).
    REQUIRE(found.contains(0));
    CHECK_FALSE(found.contains(1)); // the passphrase, as read
    CHECK_FALSE(found.contains(2)); // the passphrase as a QString would hold it
    CHECK_FALSE(found.contains(3)); // the recovery code
    CHECK_FALSE(found.contains(4));
    CHECK_FALSE(found.contains(5));
    CHECK_FALSE(found.contains(6)); // the data key
}
