// tideline-cli rekey (issue 20, item 1) and what verify says about the keyslots copies and the
// leftovers of work a crash cut short (item 3; issue 19 section 7).
#include "CliProcess.h"
#include "SharedVault.h"
#include "VaultFiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tideline::test;

namespace {

QStringList in(const QString& dir, const QStringList& args)
{
    return QStringList{QStringLiteral("--data-dir"), dir} + args;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool putBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

TEST_CASE("rekey renews the keys: a new recovery code, the same passphrase, every entry kept", "[cli][rekey]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const CliRun added = runCli(in(dir,
                                    {QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"),
                                        QStringLiteral("Before the new keys")}),
        line(SharedVault::secret()) + "Still here after, שלום 🌊\n");
    REQUIRE(added.exitCode == 0);
    const QByteArray oldKeyslots = fileBytes(QDir(dir).filePath(QStringLiteral("keyslots")));

    const CliRun rekey = runCli(in(dir, {QStringLiteral("rekey")}), line(SharedVault::secret()));
    REQUIRE(rekey.finished);
    REQUIRE(rekey.exitCode == 0);
    const QByteArray newCode = rekey.out.trimmed();
    CHECK(newCode.size() >= 20);
    CHECK(newCode != SharedVault::recoveryCode().trimmed());
    CHECK(rekey.err.contains("new recovery code"));
    CHECK_FALSE(QFile::exists(QDir(dir).filePath(QStringLiteral("keyslots.next"))));
    CHECK_FALSE(QFile::exists(QDir(dir).filePath(QStringLiteral("tideline-renewed.db"))));

    const CliRun list
        = runCli(in(dir, {QStringLiteral("journal"), QStringLiteral("list")}), line(SharedVault::secret()));
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains("Before the new keys"));
    CHECK(runCli(in(dir, {QStringLiteral("verify")}), line(SharedVault::secret())).exitCode == 0);

    // The keyslots of before (a backup of the folder, a snapshot) with the old passphrase open nothing
    // now: the passphrase opens their slot, but that key opens no page of the renewed database.
    REQUIRE(putBytes(QDir(dir).filePath(QStringLiteral("keyslots")), oldKeyslots));
    REQUIRE(putBytes(QDir(dir).filePath(QStringLiteral("keyslots.copy")), oldKeyslots));
    const CliRun old
        = runCli(in(dir, {QStringLiteral("journal"), QStringLiteral("list")}), line(SharedVault::secret()));
    CHECK(old.exitCode == 3);
    CHECK_FALSE(old.out.contains("Before the new keys"));
}

TEST_CASE("rekey with a wrong secret exits 2 and changes nothing", "[cli][rekey]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const QByteArray keyslots = fileBytes(QDir(dir).filePath(QStringLiteral("keyslots")));
    const CliRun rekey = runCli(in(dir, {QStringLiteral("rekey")}), line("not the shared passphrase"));
    REQUIRE(rekey.finished);
    CHECK(rekey.exitCode == 2);
    CHECK(rekey.out.isEmpty());
    CHECK(fileBytes(QDir(dir).filePath(QStringLiteral("keyslots"))) == keyslots);
    CHECK(runCli(in(dir, {QStringLiteral("rekey"), QStringLiteral("now")}), line(SharedVault::secret())).exitCode == 1);
}

TEST_CASE("verify says when the first keyslots copy was damaged and the second opened the vault", "[cli][verify]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const QString keyslots = QDir(dir).filePath(QStringLiteral("keyslots"));
    QByteArray bytes = fileBytes(keyslots);
    REQUIRE(bytes.size() > 100);
    bytes[bytes.size() - 60] = static_cast<char>(bytes[bytes.size() - 60] ^ 0x01);
    REQUIRE(putBytes(keyslots, bytes));

    const CliRun damaged = runCli(in(dir, {QStringLiteral("verify")}), line(SharedVault::secret()));
    REQUIRE(damaged.exitCode == 0);
    CHECK(damaged.out.contains("keyslots: was damaged, written again"));
    CHECK(damaged.out.contains("keyslots copy: ok"));
    CHECK(damaged.err.contains("second copy"));

    const CliRun again = runCli(in(dir, {QStringLiteral("verify")}), line(SharedVault::secret()));
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains("keyslots: ok"));
}

TEST_CASE("verify names and removes the temporary copy of a backup that was stopped midway", "[cli][verify][backup]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    const QString part = QDir(dir).filePath(QStringLiteral("backup-part-1234.db"));
    REQUIRE(putBytes(part, QByteArray(4096, 'x')));
    const CliRun run = runCli(in(dir, {QStringLiteral("verify")}), line(SharedVault::secret()));
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains("backup-part-1234.db"));
    CHECK_FALSE(QFile::exists(part));
}
