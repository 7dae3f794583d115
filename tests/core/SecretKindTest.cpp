#include "core/vault/SecretKind.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace tideline;

namespace {
SecureBuffer utf8(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return SecureBuffer(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}
} // namespace

TEST_CASE("A PIN is at least six digits and digits only")
{
    REQUIRE(normalizeSecret(utf8(QStringLiteral("123456")), SecretKind::Pin).ok());
    auto shortPin = normalizeSecret(utf8(QStringLiteral("12345")), SecretKind::Pin);
    REQUIRE(shortPin.code() == ErrorCode::InvalidInput);
    REQUIRE(shortPin.error().message == QStringLiteral("A PIN needs at least 6 digits."));
    REQUIRE(normalizeSecret(utf8(QStringLiteral("12345a")), SecretKind::Pin).code() == ErrorCode::InvalidInput);
    // Arabic-Indic digits look like digits but are not the ones a PIN pad types.
    REQUIRE_FALSE(normalizeSecret(utf8(QStringLiteral("١٢٣٤٥٦")), SecretKind::Pin).ok());
}

TEST_CASE("A passphrase is at least eight characters, counted after normalisation")
{
    REQUIRE(normalizeSecret(utf8(QStringLiteral("correct horse")), SecretKind::Passphrase).ok());
    REQUIRE_FALSE(normalizeSecret(utf8(QStringLiteral("short")), SecretKind::Passphrase).ok());
    // Eight emoji are eight characters even though each is two UTF-16 units.
    REQUIRE(normalizeSecret(utf8(QStringLiteral("🌊🌊🌊🌊🌊🌊🌊🌊")), SecretKind::Passphrase).ok());
    REQUIRE_FALSE(normalizeSecret(utf8(QStringLiteral("🌊🌊🌊🌊")), SecretKind::Passphrase).ok());
}

TEST_CASE("Composed and decomposed accents give the same secret (NFC)")
{
    const QString composed = QStringLiteral("caf\u00e9 au lait");
    const QString decomposed = QStringLiteral("cafe\u0301 au lait");
    REQUIRE(composed != decomposed);
    auto a = normalizeSecret(utf8(composed), SecretKind::Passphrase);
    auto b = normalizeSecret(utf8(decomposed), SecretKind::Passphrase);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(a.value().constantTimeEquals(b.value()));
}

TEST_CASE("Right-to-left and zero-width characters are kept as typed")
{
    const QString hebrew = QStringLiteral("שלום עולם יפה");
    auto a = normalizeSecret(utf8(hebrew), SecretKind::Passphrase);
    REQUIRE(a.ok());
    REQUIRE(a.value().constantTimeEquals(utf8(hebrew)));
    auto withZeroWidth = normalizeSecret(utf8(QStringLiteral("pass\u200bphrase")), SecretKind::Passphrase);
    REQUIRE(withZeroWidth.ok());
    REQUIRE_FALSE(withZeroWidth.value().constantTimeEquals(utf8(QStringLiteral("passphrase"))));
}

TEST_CASE("A secret typed at the command line is a PIN when it is digits only")
{
    CHECK(secretKindFromShape(utf8(QStringLiteral("246810"))) == SecretKind::Pin);
    CHECK(secretKindFromShape(utf8(QStringLiteral("2468 10"))) == SecretKind::Passphrase);
    CHECK(secretKindFromShape(utf8(QStringLiteral("quiet harbour"))) == SecretKind::Passphrase);
    CHECK(secretKindFromShape(utf8(QStringLiteral("١٢٣٤٥٦"))) == SecretKind::Passphrase); // not ASCII digits
}
