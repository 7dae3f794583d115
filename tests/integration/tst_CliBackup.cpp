// tideline-cli backup and restore (DESIGN.md sections 5.5 and 7), headless, as a script uses them.
#include "CliProcess.h"
#include "SharedVault.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace tideline::test;

namespace {

const QByteArray kBackupPassphrase = "fern lighthouse slow tide";
const QByteArray kNewPin = "97531864";

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(contents) == contents.size());
}

// A vault with one entry in it, and its backup at tmp/vault.backup.
QString backedUp(const QTemporaryDir& tmp)
{
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun added = runCli(
        {QStringLiteral("--data-dir"), dir, QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"),
            QStringLiteral("Estuary 🌊"), QStringLiteral("--day"), QStringLiteral("2026-02-03")},
        line(SharedVault::secret()) + "The heron was back, שלום\n");
    REQUIRE(added.exitCode == 0);
    const QString file = tmp.filePath(QStringLiteral("vault.backup"));
    const CliRun backup
        = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("backup"), QStringLiteral("--out"), file},
            line(SharedVault::secret()) + line(kBackupPassphrase));
    REQUIRE(backup.finished);
    INFO(backup.err.constData());
    REQUIRE(backup.exitCode == 0);
    CHECK(backup.err.contains("encrypted"));
    CHECK(backup.out.isEmpty());
    return file;
}

CliRun restore(const QString& newDir, const QString& file, const QByteArray& passphrase)
{
    return runCli({QStringLiteral("--data-dir"), newDir, QStringLiteral("restore"), file, QStringLiteral("--pin")},
        line(passphrase) + line(kNewPin));
}

QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("backup, then restore into a new folder, then journal list in the restored vault", "[cli][backup]")
{
    QTemporaryDir tmp;
    const QString file = backedUp(tmp);
    CHECK(QFileInfo(file).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK_FALSE(readAll(file).contains("heron"));

    const QString restored = tmp.filePath(QStringLiteral("restored"));
    const CliRun run = restore(restored, file, kBackupPassphrase);
    REQUIRE(run.finished);
    INFO(run.err.constData());
    REQUIRE(run.exitCode == 0);
    // The new recovery code, once, on stdout: seven groups of four.
    CHECK(run.out.trimmed().split('-').size() == 7);
    CHECK(run.err.contains("recovery code"));

    const CliRun list = runCli(
        {QStringLiteral("--data-dir"), restored, QStringLiteral("journal"), QStringLiteral("list")}, line(kNewPin));
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains("Estuary 🌊"));
    const CliRun found = runCli({QStringLiteral("--data-dir"), restored, QStringLiteral("journal"),
                                    QStringLiteral("search"), QStringLiteral("heron")},
        line(kNewPin));
    CHECK(found.exitCode == 0);
    CHECK(found.out.contains("2026-02-03"));
    // Only the new PIN opens the restored vault.
    CHECK(runCli({QStringLiteral("--data-dir"), restored, QStringLiteral("verify")}, line("11223344")).exitCode == 2);
    CHECK(runCli({QStringLiteral("--data-dir"), restored, QStringLiteral("verify")}, line(kNewPin)).exitCode == 0);
}

TEST_CASE("restore: a wrong passphrase exits 2, a damaged file 3, and the folder stays empty", "[cli][backup]")
{
    QTemporaryDir tmp;
    const QString file = backedUp(tmp);

    const QString wrongDir = tmp.filePath(QStringLiteral("wrong"));
    const CliRun wrong = restore(wrongDir, file, "fern lighthouse fast tide");
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains("That backup passphrase does not open this backup."));
    CHECK_FALSE(QFileInfo::exists(wrongDir));

    const QString damaged = tmp.filePath(QStringLiteral("damaged.backup"));
    QByteArray bytes = readAll(file);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
    writeAll(damaged, bytes);
    const QString emptyDir = tmp.filePath(QStringLiteral("empty"));
    REQUIRE(QDir().mkpath(emptyDir));
    const CliRun broken = restore(emptyDir, damaged, kBackupPassphrase);
    CHECK(broken.exitCode == 3);
    CHECK(broken.err.contains("damaged"));
    CHECK(entriesOf(emptyDir).isEmpty());

    writeAll(damaged, readAll(file).left(1000));
    CHECK(restore(emptyDir, damaged, kBackupPassphrase).exitCode == 3);
    CHECK(entriesOf(emptyDir).isEmpty());

    writeAll(damaged, "day,mood\n");
    CHECK(restore(emptyDir, damaged, kBackupPassphrase).exitCode == 6);
    CHECK(entriesOf(emptyDir).isEmpty());
}

TEST_CASE("backup keeps an existing file unless --force, and restore refuses a folder with a vault", "[cli][backup]")
{
    QTemporaryDir tmp;
    const QString file = backedUp(tmp);
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    const QByteArray before = readAll(file);
    const CliRun kept
        = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("backup"), QStringLiteral("--out"), file},
            line(SharedVault::secret()) + line(kBackupPassphrase));
    CHECK(kept.exitCode == 5);
    CHECK(readAll(file) == before);

    const CliRun shortPassphrase = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("backup"),
                                              QStringLiteral("--out"), tmp.filePath(QStringLiteral("other.backup"))},
        line(SharedVault::secret()) + line("short"));
    CHECK(shortPassphrase.exitCode == 6);
    CHECK(shortPassphrase.err.contains("8 characters"));
    CHECK_FALSE(QFileInfo::exists(tmp.filePath(QStringLiteral("other.backup"))));

    const CliRun occupied = restore(dir, file, kBackupPassphrase);
    CHECK(occupied.exitCode == 6);
    CHECK(occupied.err.contains("already a Tideline vault"));

    CHECK(runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("backup")}).exitCode == 1);
    CHECK(runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("restore")}).exitCode == 1);
}
