// tideline-cli demo: a new vault in an empty folder, filled with invented history, the same
// for the same seed; refused anywhere else.
#include "CliProcess.h"
#include "SharedVault.h"

#include "core/common/SecureBuffer.h"
#include "core/vault/Vault.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDir>
#include <QTemporaryDir>

using namespace tideline::test;

namespace {

const QByteArray kSecret = "quiet harbour lantern";

CliRun demo(const QString& dir, const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("--data-dir"), dir, QStringLiteral("demo")} + arguments, line(kSecret));
}

QByteArray moodCsv(const QString& dir)
{
    const QString to = QDate::currentDate().toString(Qt::ISODate);
    const QString from = QDate::currentDate().addDays(-89).toString(Qt::ISODate);
    const CliRun run = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("trends"), QStringLiteral("mood"),
                                  QStringLiteral("--from"), from, QStringLiteral("--to"), to},
        line(kSecret));
    REQUIRE(run.exitCode == 0);
    return run.out;
}

} // namespace

TEST_CASE("demo --years 1 makes a filled vault, the same for the same seed", "[cli][demo]")
{
    QTemporaryDir tmp;
    const QString a = tmp.filePath(QStringLiteral("a"));
    const QString b = tmp.filePath(QStringLiteral("b"));
    const CliRun first
        = demo(a, {QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("5")});
    REQUIRE(first.finished);
    CHECK(first.exitCode == 0);
    CHECK(first.out.trimmed().size() >= 26); // the recovery code, once
    CHECK(first.err.contains("365 days"));
    CHECK(first.err.contains("1000 journal entries"));
    REQUIRE(demo(b, {QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--years"), QStringLiteral("1")})
                .exitCode
        == 0);

    const QByteArray csv = moodCsv(a);
    CHECK(csv == moodCsv(b));
    const QList<QByteArray> rows = csv.trimmed().split('\n');
    REQUIRE(rows.size() == 91);
    int recorded = 0;
    for (const QByteArray& row : rows.mid(1)) {
        recorded += row.split(',').value(1).isEmpty() ? 0 : 1;
    }
    CHECK(recorded > 45); // most days recorded …
    CHECK(recorded < 90); // … and gaps are gaps

    const CliRun journal = runCli({QStringLiteral("--data-dir"), a, QStringLiteral("journal"), QStringLiteral("list"),
                                      QStringLiteral("--limit"), QStringLiteral("3")},
        line(kSecret));
    CHECK(journal.exitCode == 0);
    CHECK(journal.out.count('\n') == 3);

    // The code was printed, as init prints it: the app does not offer a new one at the first
    // unlock as if it had gone with a lock before it was written down.
    tideline::Vault vault(tideline::VaultPaths{a});
    const auto unlocked
        = vault.unlock(tideline::SecureBuffer(kSecret.constData(), static_cast<std::size_t>(kSecret.size())));
    REQUIRE(unlocked.ok());
    CHECK_FALSE(unlocked.value().recoveryCodeUnconfirmed);
    vault.lock();
}

TEST_CASE("demo refuses a folder that is not empty and bad options, and changes nothing", "[cli][demo]")
{
    QTemporaryDir tmp;
    const QString vault = SharedVault::copyInto(tmp);
    const QStringList before = QDir(vault).entryList(QDir::Files);
    const CliRun taken = demo(vault, {QStringLiteral("--years"), QStringLiteral("1")});
    CHECK(taken.exitCode == 6);
    CHECK(taken.err.contains("not empty"));
    CHECK(QDir(vault).entryList(QDir::Files) == before);

    const QString fresh = tmp.filePath(QStringLiteral("fresh"));
    CHECK(demo(fresh, {QStringLiteral("--years"), QStringLiteral("0")}).exitCode == 1);
    CHECK(demo(fresh, {QStringLiteral("--years"), QStringLiteral("ten")}).exitCode == 1);
    CHECK(demo(fresh, {}).exitCode == 1);
    CHECK(demo(fresh, {QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--colour")}).exitCode == 1);
    CHECK_FALSE(QDir(fresh).exists());
}
