// Issue 19, section 5: after lock, no secret is left in the memory of the process that held it.
// A child (SecretMemoryHelper.cpp) creates a vault with a passphrase, unlocks it again, writes an
// entry and locks; this test then reads the child's whole memory through /proc/PID/mem (as a
// core dump taken at that moment would hold it) and looks for the passphrase (UTF-8 and UTF-16),
// the recovery code and the raw data key.
#include "ProcessMemory.h"

#include <catch2/catch.hpp>

#include <QByteArrayList>
#include <QProcess>
#include <QTemporaryDir>

TEST_CASE("After lock the passphrase, the recovery code and the data key are gone from memory", "[vault][memory]")
{
    QTemporaryDir dir;
    QProcess child;
    child.start(QStringLiteral(TIDELINE_SECRET_MEMORY_HELPER_PATH), {dir.filePath(QStringLiteral("vault"))});
    REQUIRE(child.waitForStarted());
    const QByteArray passphrase = "quiet lantern harbour glass 7H3";
    child.write(passphrase + '\n');
    REQUIRE(child.waitForBytesWritten());

    const QByteArrayList lines = tideline::test::readLinesUntil(child, 3, "locked");
    INFO(lines.join('\n').toStdString());
    REQUIRE(lines.size() >= 3);
    const QByteArray recoveryCode = lines.at(0);
    const QByteArray dataKey = QByteArray::fromHex(lines.at(1));
    REQUIRE(recoveryCode.size() > 20);
    REQUIRE(dataKey.size() == 32);
    const QByteArray marker = lines.at(2).mid(QByteArray("locked ").size());
    REQUIRE_FALSE(marker.isEmpty());

    const QByteArrayList needles{marker, passphrase, tideline::test::utf16Bytes(passphrase), recoveryCode,
        tideline::test::utf16Bytes(recoveryCode), QByteArray(recoveryCode).replace('-', ""), dataKey};
    const QList<int> found = tideline::test::foundInProcessMemory(child.processId(), needles);
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
