#include "core/vault/KeySlotFile.h"
#include "FileProbe.h"
#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace tideline;
using namespace tideline::test;

TEST_CASE("The keyslots file round-trips and names its slots")
{
    TestVault tv;
    auto file = KeySlotFile::load(tv.paths.keyslots());
    REQUIRE(file.ok());
    REQUIRE(file.value().vaultId.size() == 16);
    REQUIRE(file.value().find(KeySlot::Kind::Secret) != nullptr);
    REQUIRE(file.value().find(KeySlot::Kind::Recovery) != nullptr);
    REQUIRE(file.value().find(KeySlot::Kind::Secret)->kdf == fastKdf());
    REQUIRE(file.value().serialize() == readAll(tv.paths.keyslots()));
}

TEST_CASE("Any single flipped byte in the keyslots file reads as damaged, never as a wrong secret")
{
    TestVault tv;
    const QByteArray original = readAll(tv.paths.keyslots());
    REQUIRE(original.size() > 200);
    for (qsizetype offset = 0; offset < original.size(); ++offset) {
        QByteArray damaged = original;
        damaged[offset] = static_cast<char>(~damaged[offset]);
        auto parsed = KeySlotFile::parse(damaged);
        INFO("offset " << offset);
        REQUIRE_FALSE(parsed.ok());
        REQUIRE(parsed.code() == ErrorCode::DamagedKeyslots);
    }
}

TEST_CASE("A keyslots file from a newer Tideline is reported as such")
{
    TestVault tv;
    auto doc = QJsonDocument::fromJson(readAll(tv.paths.keyslots())).object();
    auto body = doc.value(QStringLiteral("body")).toObject();
    body.insert(QStringLiteral("version"), 2);
    doc.insert(QStringLiteral("body"), body);
    auto parsed = KeySlotFile::parse(QJsonDocument(doc).toJson());
    REQUIRE(parsed.code() == ErrorCode::NewerVersion);
}

TEST_CASE("Truncated, empty and foreign keyslots files are damaged")
{
    TestVault tv;
    const QByteArray original = readAll(tv.paths.keyslots());
    REQUIRE(KeySlotFile::parse(original.left(original.size() / 2)).code() == ErrorCode::DamagedKeyslots);
    REQUIRE(KeySlotFile::parse(QByteArray()).code() == ErrorCode::DamagedKeyslots);
    REQUIRE(KeySlotFile::parse(R"({"body":{"format":"something-else"}})").code() == ErrorCode::DamagedKeyslots);
    REQUIRE(KeySlotFile::parse(original + "\n{}").code() == ErrorCode::DamagedKeyslots);
}
