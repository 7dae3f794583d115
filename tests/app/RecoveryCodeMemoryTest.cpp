// Issue 19, section 6: the recovery code shown after a vault is made leaves no copy in the app's
// memory once the person has kept it, or once the vault locked while it was on screen. A child
// (RecoveryCodeMemoryHelper.cpp) makes a vault through a real Session, draws every group in a
// real Quick window (each focused with accessibility on), then keeps or locks; this test reads
// the child's whole memory and looks for the code in UTF-8 and UTF-16, with and without hyphens.
#include "ProcessMemory.h"

#include <catch2/catch.hpp>

#include <QByteArrayList>
#include <QProcess>
#include <QTemporaryDir>

namespace {

void checkNoCodeLeftAfter(const char* ending)
{
    QTemporaryDir dir;
    QProcess child;
    child.start(QStringLiteral(TIDELINE_RECOVERY_MEMORY_HELPER_PATH),
        {dir.filePath(QStringLiteral("vault")), QString::fromLatin1(ending)});
    REQUIRE(child.waitForStarted());

    const QByteArrayList lines = tideline::test::readLinesUntil(child, 2, "done");
    INFO(lines.join('\n').toStdString());
    REQUIRE(lines.size() >= 2);
    const QByteArray code = lines.at(0);
    REQUIRE(code.size() == 34); // seven groups of four, six hyphens
    const QByteArray marker = lines.at(1).mid(QByteArray("done ").size());
    REQUIRE_FALSE(marker.isEmpty());
    const QByteArray bare = QByteArray(code).replace('-', "");

    const QByteArrayList needles{
        marker, code, tideline::test::utf16Bytes(code), bare, tideline::test::utf16Bytes(bare)};
    const QList<int> found = tideline::test::foundInProcessMemory(child.processId(), needles);
    child.closeWriteChannel();
    REQUIRE(child.waitForFinished(30000));
    CHECK(child.exitCode() == 0);

    REQUIRE(found.contains(0)); // the memory was read at all
    CHECK_FALSE(found.contains(1)); // the code as the core makes it
    CHECK_FALSE(found.contains(2)); // as a QString or a QML string would hold it
    CHECK_FALSE(found.contains(3)); // its characters in a row, without the hyphens
    CHECK_FALSE(found.contains(4));
}

} // namespace

TEST_CASE("Once kept, the recovery code that was drawn is gone from the app's memory", "[onboarding][memory]")
{
    checkNoCodeLeftAfter("keep");
}

TEST_CASE(
    "After a lock while it was on screen, the recovery code is gone from the app's memory", "[onboarding][memory]")
{
    checkNoCodeLeftAfter("lock");
}
