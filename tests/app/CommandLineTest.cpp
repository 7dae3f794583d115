#include "app/CommandLine.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace tideline::app;
using namespace Qt::StringLiterals;

TEST_CASE("The version flag is found before the application exists", "[commandline]")
{
    char program[] = "tideline";
    char version[] = "--version";
    char dataDir[] = "--data-dir";
    char dir[] = "/tmp/x";
    char* withVersion[] = {program, dataDir, dir, version};
    char* withoutVersion[] = {program, dataDir, dir};
    CHECK(wantsVersion(4, withVersion));
    CHECK_FALSE(wantsVersion(3, withoutVersion));
}

TEST_CASE("The version report names Tideline SQLCipher and SQLite", "[commandline]")
{
    const QStringList lines = versionReport().trimmed().split(u'\n');
    REQUIRE(lines.size() == 3);
    CHECK(QRegularExpression(u"^Tideline \\d+\\.\\d+\\.\\d+$"_s).match(lines.at(0)).hasMatch());
    CHECK(QRegularExpression(u"^SQLCipher 4\\.\\d+"_s).match(lines.at(1)).hasMatch());
    CHECK(QRegularExpression(u"^SQLite 3\\.\\d+\\.\\d+"_s).match(lines.at(2)).hasMatch());
}

TEST_CASE("The data folder and the hidden benchmark option are read", "[commandline]")
{
    const CommandLine parsed
        = parseCommandLine({u"tideline"_s, u"--data-dir"_s, u"/tmp/vault"_s, u"--exit-after-first-frame"_s});
    CHECK(parsed.dataDir == u"/tmp/vault"_s);
    CHECK(parsed.exitAfterFirstFrame);
    const CommandLine plain = parseCommandLine({u"tideline"_s});
    CHECK(plain.dataDir.isEmpty());
    CHECK_FALSE(plain.exitAfterFirstFrame);
}
