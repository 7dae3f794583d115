// Neither the secret nor the recovery code is ever written into the vault's folder.
#include "CliProcess.h"
#include "SharedVault.h"
#include "VaultFiles.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace tideline::test;

TEST_CASE("the secret and the recovery code appear in no file of the data folder", "[cli][secrets]")
{
    QTemporaryDir tmp;
    const QString dir = SharedVault::copyInto(tmp);
    // An unlock writes too (access events, the try counter), so look after one as well.
    const CliRun run
        = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("verify")}, line(SharedVault::secret()));
    REQUIRE(run.finished);
    REQUIRE(run.exitCode == 0);

    const QByteArray code = SharedVault::recoveryCode();
    REQUIRE(code.size() == 34); // the shape init promises: 7 groups of 4 and 6 hyphens
    QByteArray codeWithoutHyphens = code;
    codeWithoutHyphens.replace('-', QByteArray());

    for (const QString& folder : {SharedVault::dir(), dir}) {
        INFO("folder " << folder.toStdString());
        CHECK(filesContaining(folder, SharedVault::secret()).isEmpty());
        CHECK(filesContaining(folder, code).isEmpty());
        CHECK(filesContaining(folder, codeWithoutHyphens).isEmpty());
        CHECK(filesContaining(folder, code.left(9)).isEmpty()); // not even the first two groups
    }
}
