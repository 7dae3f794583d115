#include "FileProbe.h"
#include "TestVault.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace tideline;
using namespace tideline::test;

// Vaults made by every released schema version live in tests/fixtures/vN (PIN 246810, with
// one journal entry and one check-in value). Each must still open, upgrade and verify.

namespace {
void copyFixture(const QString& from, const QString& to)
{
    for (const auto& name : QDir(from).entryList(QDir::Files)) {
        REQUIRE(QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)));
        QFile::setPermissions(QDir(to).filePath(name), QFile::ReadOwner | QFile::WriteOwner);
    }
}
} // namespace

TEST_CASE("Vaults from every released schema version open, upgrade and keep their content")
{
    const QDir fixtures(QStringLiteral(TIDELINE_FIXTURES_DIR));
    const auto versions = fixtures.entryList({QStringLiteral("v*")}, QDir::Dirs);
    REQUIRE_FALSE(versions.isEmpty());
    for (const auto& version : versions) {
        INFO(version.toStdString());
        QTemporaryDir dir;
        copyFixture(fixtures.filePath(version), dir.path());
        Vault vault(VaultPaths{dir.path()});
        REQUIRE(vault.unlock(secret(kTestPin)).ok());
        REQUIRE(vault.database().userVersion().value() == Migrator::latestVersion());
        REQUIRE(vault.verify().ok());
        auto stmt = vault.database().prepare("SELECT title FROM entry;");
        REQUIRE(stmt.ok());
        REQUIRE(stmt.value().step().value() == Statement::Step::Row);
        REQUIRE(stmt.value().columnText(0) == QStringLiteral("A first entry 🌊"));
    }
}

// Run by hand when a schema version is released:
//   TIDELINE_FIXTURE_OUT=tests/fixtures/v2 ./tideline_core_tests "[.fixture]"
TEST_CASE("Write a fixture vault for this schema version", "[.fixture]")
{
    const QString out = qEnvironmentVariable("TIDELINE_FIXTURE_OUT");
    REQUIRE_FALSE(out.isEmpty());
    REQUIRE(QDir().mkpath(out));
    {
        Vault vault(VaultPaths{out});
        REQUIRE(vault.create(secret(kTestPin), SecretKind::Pin, fastKdf()).ok());
        REQUIRE(vault.database()
                    .exec("INSERT INTO entry (created_at, updated_at, day, title, body) VALUES "
                          "('2026-11-23T08:00:00.000Z', '2026-11-23T08:00:00.000Z', '2026-11-23', "
                          "'A first entry 🌊', 'Written for the fixture.');"
                          "INSERT INTO checkin (day, created_at, updated_at) VALUES "
                          "('2026-11-23', '2026-11-23T08:00:00.000Z', '2026-11-23T08:00:00.000Z');"
                          "INSERT INTO checkin_value (day, metric_id, value, updated_at) SELECT '2026-11-23', id, 6, "
                          "'2026-11-23T08:00:00.000Z' FROM metric WHERE key = 'mood';")
                    .ok());
    }
    QFile::remove(VaultPaths{out}.lockFile());
    QFile::remove(VaultPaths{out}.unlockState());
}
