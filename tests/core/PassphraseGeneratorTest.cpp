#include "core/crypto/PassphraseGenerator.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>
#include <QString>

using namespace tideline;

namespace {
QStringList wordsOf(const SecureBuffer& phrase)
{
    return QString::fromUtf8(phrase.chars(), static_cast<qsizetype>(phrase.size())).split(QLatin1Char(' '));
}
} // namespace

TEST_CASE("The bundled word list is large, distinct and plain")
{
    const auto generator = PassphraseGenerator::bundled();
    REQUIRE(generator.isUsable());
    REQUIRE(generator.listSize() >= 2048);
    REQUIRE(generator.bitsFor(4) >= 44.0);
}

TEST_CASE("A suggested passphrase is four words from the list, and suggestions differ")
{
    const auto generator = PassphraseGenerator::bundled();
    const QStringList words = wordsOf(generator.generate());
    REQUIRE(words.size() == 4);
    const QRegularExpression plain(QStringLiteral("^[a-z]{3,8}$"));
    for (const auto& word : words) {
        REQUIRE(plain.match(word).hasMatch());
    }
    QSet<QString> seen;
    for (int i = 0; i < 20; ++i) {
        seen.insert(wordsOf(generator.generate()).join(QLatin1Char(' ')));
    }
    REQUIRE(seen.size() == 20); // 20 draws from 2^44 never collide in practice
}

TEST_CASE("Every word of a list can be drawn, and a too-small list suggests nothing")
{
    QByteArrayList small;
    for (int i = 0; i < PassphraseGenerator::kMinimumListSize; ++i) {
        small.append(QByteArray::number(i));
    }
    const PassphraseGenerator generator(small);
    QSet<QString> drawn;
    for (int i = 0; i < 4000; ++i) {
        drawn.insert(wordsOf(generator.generate(1)).first());
    }
    // With 4000 draws over 1024 words, each word is missed with odds of about 2 %: most appear.
    REQUIRE(drawn.size() > 950);
    REQUIRE(PassphraseGenerator(QByteArrayList{"one", "two"}).generate().isEmpty());
}
