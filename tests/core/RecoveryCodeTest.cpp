#include "core/crypto/RecoveryCode.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QString>

using namespace tideline;

namespace {
QString textOf(const SecureBuffer& buffer)
{
    return QString::fromLatin1(buffer.chars(), static_cast<qsizetype>(buffer.size()));
}
SecureBuffer bufferOf(const QString& text)
{
    const QByteArray latin = text.toLatin1();
    return SecureBuffer(latin.constData(), static_cast<std::size_t>(latin.size()));
}
} // namespace

TEST_CASE("A recovery code is seven groups of four base32 characters and parses back")
{
    const auto generated = RecoveryCode::generate();
    REQUIRE(generated.secret.size() == 16);
    const QString text = textOf(generated.text);
    REQUIRE(QRegularExpression(QStringLiteral("^([A-Z2-7]{4}-){6}[A-Z2-7]{4}$")).match(text).hasMatch());

    auto parsed = RecoveryCode::parse(generated.text);
    REQUIRE(parsed.ok());
    REQUIRE(parsed.value().constantTimeEquals(generated.secret));
}

TEST_CASE("A recovery code is read leniently: case, spaces, look-alike digits")
{
    const auto generated = RecoveryCode::generate();
    QString text = textOf(generated.text).toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
    text.replace(QLatin1Char('o'), QLatin1Char('0')).replace(QLatin1Char('i'), QLatin1Char('1'));
    auto parsed = RecoveryCode::parse(bufferOf(text));
    REQUIRE(parsed.ok());
    REQUIRE(parsed.value().constantTimeEquals(generated.secret));
}

TEST_CASE("A mistyped recovery code is reported as a typo, not as a wrong code")
{
    const auto generated = RecoveryCode::generate();
    QString text = textOf(generated.text);
    text[0] = text[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    auto parsed = RecoveryCode::parse(bufferOf(text));
    // One changed character almost always breaks the check byte (1 in 256 it does not).
    if (!parsed.ok()) {
        REQUIRE(parsed.code() == ErrorCode::InvalidInput);
        REQUIRE(parsed.error().message.contains(QStringLiteral("typo")));
    }

    auto tooShort = RecoveryCode::parse(bufferOf(QStringLiteral("ABCD-EFGH")));
    REQUIRE_FALSE(tooShort.ok());
    REQUIRE(tooShort.code() == ErrorCode::InvalidInput);
    auto badCharacters = RecoveryCode::parse(bufferOf(QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ!?")));
    REQUIRE_FALSE(badCharacters.ok());
}

TEST_CASE("Recovery codes are random")
{
    REQUIRE(textOf(RecoveryCode::generate().text) != textOf(RecoveryCode::generate().text));
}
