#include "SharedVault.h"

#include "CliProcess.h"
#include "VaultFiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace tideline::test::SharedVault {

namespace {

QString root()
{
    return QStringLiteral(TIDELINE_SHARED_VAULT_ROOT);
}

QString vaultDir()
{
    return root() + QStringLiteral("/vault");
}

QString recoveryCodeFile()
{
    return root() + QStringLiteral("/recovery-code");
}

} // namespace

QByteArray secret()
{
    return QByteArrayLiteral("shared tide passphrase");
}

bool recreate()
{
    QDir(root()).removeRecursively();
    QDir().mkpath(root());
    const CliRun run = runCli({QStringLiteral("--data-dir"), vaultDir(), QStringLiteral("init")}, line(secret()));
    if (!run.finished || run.exitCode != 0) {
        WARN("init of the shared vault failed: " << run.err.toStdString());
        return false;
    }
    QFile code(recoveryCodeFile());
    return code.open(QIODevice::WriteOnly) && code.write(run.out.trimmed()) > 0;
}

QString dir()
{
    if (!QFile::exists(vaultDir() + QStringLiteral("/keyslots")) || !QFile::exists(recoveryCodeFile())) {
        REQUIRE(recreate());
    }
    return vaultDir();
}

QByteArray recoveryCode()
{
    dir();
    return readAll(recoveryCodeFile());
}

QString copyInto(const QTemporaryDir& tmp)
{
    const QString target = tmp.filePath(QStringLiteral("vault"));
    REQUIRE(copyVault(dir(), target));
    return target;
}

} // namespace tideline::test::SharedVault
