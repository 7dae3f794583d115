// A vault from a newer Tideline: verify exits 4 and leaves every byte as it was.
#include "CliProcess.h"
#include "SharedVault.h"
#include "VaultFiles.h"

#include "core/common/SecureBuffer.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/vault/Vault.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace tideline::test;

TEST_CASE("verify on a vault made by a newer Tideline exits 4 and changes nothing", "[cli][verify]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    {
        // Only core can write inside the encrypted database: raise its schema version past
        // what this build knows, as a future Tideline would have.
        tideline::Vault vault(tideline::VaultPaths{dir});
        const QByteArray secret = SharedVault::secret();
        REQUIRE(vault.unlock(tideline::SecureBuffer(secret.constData(), static_cast<std::size_t>(secret.size()))).ok());
        REQUIRE(vault.database().setUserVersion(tideline::Migrator::latestVersion() + 1).ok());
        vault.lock();
    }
    const QString database = QDir(dir).filePath(QStringLiteral("tideline.db"));
    const QByteArray before = readAll(database);

    const CliRun run
        = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("verify")}, line(SharedVault::secret()));
    REQUIRE(run.finished);
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains("newer"));
    CHECK(readAll(database) == before);
}
