// Damaged files make verify exit 3 ("damaged"), never 2 ("wrong secret"), and never crash.
#include "CliProcess.h"
#include "SharedVault.h"
#include "VaultFiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tideline::test;

namespace {

QStringList verifyIn(const QString& dir)
{
    return {QStringLiteral("--data-dir"), dir, QStringLiteral("verify")};
}

// Changes one character inside the base64 of the first sealed data key in the keyslots
// file, keeping it valid base64, so only the sealed bytes differ.
bool alterSealedKey(const QString& keyslotsPath)
{
    QByteArray bytes = readAll(keyslotsPath);
    const QByteArray field = "\"sealed_key\"";
    qsizetype at = bytes.indexOf(field);
    if (at < 0) {
        return false;
    }
    at = bytes.indexOf('"', at + field.size()); // the opening quote of the value
    if (at < 0 || at + 6 >= bytes.size()) {
        return false;
    }
    const qsizetype target = at + 5;
    bytes[target] = bytes[target] == 'A' ? 'B' : 'A';
    return writeAll(keyslotsPath, bytes);
}

} // namespace

TEST_CASE("a damaged vault makes verify exit 3, never 2", "[cli][verify][damage]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const QString database = QDir(dir).filePath(QStringLiteral("tideline.db"));
    const QString keyslots = QDir(dir).filePath(QStringLiteral("keyslots"));
    QByteArray expected;

    SECTION("one flipped byte in the database's first page")
    {
        REQUIRE(flipByte(database, 200));
        expected = "damaged";
    }
    SECTION("one flipped byte deep in the database, found only by the page checks")
    {
        REQUIRE(QFile(database).size() > 8 * 4096);
        REQUIRE(flipByte(database, 6 * 4096 + 1000));
        expected = "damaged";
    }
    SECTION("one changed character in the keyslots file's sealed key")
    {
        REQUIRE(alterSealedKey(keyslots));
        expected = "damaged";
    }
    SECTION("the keyslots file missing")
    {
        REQUIRE(QFile::remove(keyslots));
        expected = "missing";
    }

    // The second keyslots copy gets the same damage: a damaged first copy alone falls back to it
    // (tst_CliRekey tests that).
    const QString copy = QDir(dir).filePath(QStringLiteral("keyslots.copy"));
    QFile::remove(copy);
    if (QFile::exists(keyslots)) {
        REQUIRE(QFile::copy(keyslots, copy));
    }

    const CliRun run = runCli(verifyIn(dir), line(SharedVault::secret()));
    REQUIRE(run.finished);
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(expected));
    CHECK_FALSE(run.out.contains("ok"));
}
