#include "app/lock/PassphraseSuggestion.h"
#include "app/lock/SecretEntry.h"
#include "core/vault/SecretKind.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace tideline;
using namespace tideline::app;

TEST_CASE("A suggested passphrase shows four words and fills the entry as if typed", "[passphrase]")
{
    PassphraseSuggestion suggestion;
    QSignalSpy changed(&suggestion, &PassphraseSuggestion::wordsChanged);
    REQUIRE(suggestion.words().isEmpty());
    suggestion.generate();
    REQUIRE(changed.count() == 1);
    const QStringList words = suggestion.words();
    REQUIRE(words.size() == 4);

    SecretEntry entry;
    entry.appendText(QStringLiteral("x"));
    suggestion.useIn(&entry);
    const QByteArray expected = words.join(QLatin1Char(' ')).toLatin1();
    REQUIRE(entry.length() == expected.size());
    REQUIRE(QByteArray(entry.bytes().chars(), static_cast<qsizetype>(entry.bytes().size())) == expected);
    // It is a valid passphrase by the vault's own rule.
    REQUIRE(normalizeSecret(entry.bytes(), SecretKind::Passphrase).ok());

    suggestion.generate();
    REQUIRE(suggestion.words() != words);
    suggestion.clear();
    REQUIRE(suggestion.words().isEmpty());
    suggestion.useIn(&entry); // nothing to use: the entry keeps what it had
    REQUIRE(entry.length() == expected.size());
}
