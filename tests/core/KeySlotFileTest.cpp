#include "core/vault/KeySlotFile.h"
#include "FileProbe.h"
#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

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

namespace {

// The file with its body's version set and the checksum recomputed, as a newer Tideline (or a
// careful forger) would write it: BLAKE2b of the body's compact JSON, keyed "tideline-keyslots-v1".
QByteArray withVersion(const QByteArray& original, int version)
{
    auto doc = QJsonDocument::fromJson(original).object();
    auto body = doc.value(QStringLiteral("body")).toObject();
    body.insert(QStringLiteral("version"), version);
    const QByteArray compact = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    static constexpr unsigned char kContext[] = "tideline-keyslots-v1";
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), static_cast<size_t>(digest.size()),
        reinterpret_cast<const unsigned char*>(compact.constData()), static_cast<size_t>(compact.size()), kContext,
        sizeof kContext - 1);
    doc.insert(QStringLiteral("body"), body);
    doc.insert(QStringLiteral("blake2b"), QString::fromLatin1(digest.toHex()));
    return QJsonDocument(doc).toJson();
}

} // namespace

TEST_CASE("A keyslots file from a newer Tideline is reported as such")
{
    TestVault tv;
    auto parsed = KeySlotFile::parse(withVersion(readAll(tv.paths.keyslots()), 2));
    REQUIRE(parsed.code() == ErrorCode::NewerVersion);
}

TEST_CASE("A version far beyond any next one, or a version field edited without its checksum, is damage")
{
    TestVault tv;
    const QByteArray original = readAll(tv.paths.keyslots());
    CHECK(KeySlotFile::parse(withVersion(original, 1000)).code() == ErrorCode::DamagedKeyslots);
    CHECK(KeySlotFile::parse(withVersion(original, 0)).code() == ErrorCode::DamagedKeyslots);
    QByteArray edited = original;
    edited.replace("\"version\": 1", "\"version\": 2");
    REQUIRE(edited != original);
    CHECK(KeySlotFile::parse(edited).code() == ErrorCode::DamagedKeyslots);
}

TEST_CASE("Every single flipped bit in the keyslots file reads as damaged, never as a newer Tideline")
{
    TestVault tv;
    const QByteArray original = readAll(tv.paths.keyslots());
    for (qsizetype offset = 0; offset < original.size(); ++offset) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray damaged = original;
            damaged[offset] = static_cast<char>(damaged[offset] ^ (1 << bit));
            const auto parsed = KeySlotFile::parse(damaged);
            if (parsed.ok() || parsed.code() != ErrorCode::DamagedKeyslots) {
                FAIL_CHECK("byte " << offset << " bit " << bit << " did not read as damage");
            }
        }
    }
    SUCCEED("every bit flip of " << original.size() << " bytes read as damage");
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
