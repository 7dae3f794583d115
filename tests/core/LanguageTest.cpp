// Languages: which are shipped, how one is chosen from the system, what switching does to the
// translations, QLocale and the assets, and that every translated asset matches the English one.
#include "core/i18n/Language.h"
#include "LanguageScope.h"
#include "core/crypto/PassphraseGenerator.h"
#include "core/i18n/BuiltinText.h"
#include "core/prompts/PromptCatalogue.h"
#include "core/safety/ResourceCatalogue.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace tideline;
using tideline::test::LanguageScope;
using namespace Qt::StringLiterals;

namespace {

QStringList linesOf(const QString& resource)
{
    QFile file(resource);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    lines.removeAll(QString());
    return lines;
}

// What a Spanish speaker hears: seseo (c/z/s), yeísmo (ll/y), b and v alike, a silent h, g and j
// alike before e and i, qu/c/k alike; r and rr differ (pero, perro). Two words with the same key
// are homophones.
QString soundKey(QString w)
{
    w.replace(u"ch"_s, u"C"_s).remove(u'h').replace(u"ll"_s, u"y"_s).replace(u'v', u'b').replace(u'z', u's');
    w.replace(QRegularExpression(u"c([ei])"_s), u"s\\1"_s).replace(QRegularExpression(u"gu([ei])"_s), u"g\\1"_s);
    w.replace(QRegularExpression(u"g([ei])"_s), u"j\\1"_s).replace(u"qu"_s, u"k"_s).replace(u'c', u'k');
    w.replace(u"rr"_s, u"R"_s).replace(QRegularExpression(u"y$"_s), u"i"_s);
    w.replace(QRegularExpression(u"(.)\\1"_s), u"\\1"_s);
    return w;
}

} // namespace

TEST_CASE("English and Spanish are shipped, and the pseudo-locale is never offered")
{
    const QStringList shipped = i18n::shippedLanguages();
    REQUIRE(shipped.first() == u"en"_s);
    REQUIRE(shipped.contains(u"es"_s));
    REQUIRE_FALSE(shipped.contains(u"pseudo"_s));
    REQUIRE(i18n::languageName(u"en"_s) == u"English"_s);
    REQUIRE(i18n::languageName(u"es"_s) == u"Español"_s);
}

TEST_CASE("The system's language is followed when Tideline speaks it, else English")
{
    REQUIRE(i18n::languageForLocale(QLocale(u"es_MX"_s)) == u"es"_s);
    REQUIRE(i18n::languageForLocale(QLocale(u"es_ES"_s)) == u"es"_s);
    REQUIRE(i18n::languageForLocale(QLocale(u"en_GB"_s)) == u"en"_s);
    REQUIRE(i18n::languageForLocale(QLocale(u"de_DE"_s)) == u"en"_s);
    REQUIRE(i18n::languageForLocale(QLocale::c()) == u"en"_s);
}

TEST_CASE("Switching to Spanish translates, and dates, numbers and the week follow")
{
    {
        LanguageScope spanish(u"es"_s);
        REQUIRE(i18n::currentLanguage() == u"es"_s);
        REQUIRE(QCoreApplication::translate("SettingsPage", "Language") == u"Idioma"_s);
        REQUIRE(QLocale().language() == QLocale::Spanish);
        REQUIRE(QLocale().firstDayOfWeek() == Qt::Monday);
        REQUIRE(QLocale().toString(7.5, 'f', 1) == u"7,5"_s);
        REQUIRE(QLocale().dayName(1) == u"lunes"_s);
    }
    REQUIRE(i18n::currentLanguage() == u"en"_s);
    REQUIRE(QCoreApplication::translate("SettingsPage", "Language") == u"Language"_s);
    i18n::useLanguage(u"en"_s, QLocale(u"en_US"_s));
    REQUIRE(QLocale().firstDayOfWeek() == Qt::Sunday); // the US week
    REQUIRE(QCoreApplication::translate("VaultImporter", "%n day(s)", nullptr, 1) == u"1 day"_s);
    REQUIRE(QCoreApplication::translate("VaultImporter", "%n day(s)", nullptr, 3) == u"3 days"_s);
    i18n::useLanguage(u"en"_s);
}

TEST_CASE("Spanish keeps the system's region when the system speaks Spanish too")
{
    i18n::useLanguage(u"es"_s, QLocale(u"es_MX"_s));
    REQUIRE(QLocale().territory() == QLocale::Mexico);
    i18n::useLanguage(u"es"_s, QLocale(u"en_US"_s));
    REQUIRE(QLocale().territory() == QLocale::Spain);
    i18n::useLanguage(u"en"_s);
}

TEST_CASE("An unknown language falls back to English rather than to nothing")
{
    REQUIRE(i18n::useLanguage(u"xx"_s) == u"en"_s);
    REQUIRE(i18n::currentLanguage() == u"en"_s);
}

TEST_CASE("Built-in measures, routines and bag items are shown in the language, own wording as written")
{
    LanguageScope spanish(u"es"_s);
    REQUIRE(i18n::shownBuiltinText(u"Mood"_s) == u"Ánimo"_s);
    REQUIRE(i18n::shownBuiltinText(u"Drink some water"_s) == u"Beber agua"_s);
    REQUIRE(i18n::shownBuiltinText(u"Keys"_s) == u"Llaves"_s);
    REQUIRE(i18n::shownBuiltinText(u"My own words"_s) == u"My own words"_s);
}

TEST_CASE("Each language's assets are found, with English for what a language lacks")
{
    {
        LanguageScope spanish(u"es"_s);
        REQUIRE(i18n::localizedAsset(u"prompts.json"_s) == u":/assets/es/prompts.json"_s);
        REQUIRE(i18n::localizedAsset(u"no-such-file.json"_s) == u":/assets/no-such-file.json"_s);
        REQUIRE(PromptCatalogue::shipped().kind(u"narrative"_s)->label == u"Tu historia"_s);
        REQUIRE(ResourceCatalogue::bundled().regionOrDefault(u"US"_s).name == u"Estados Unidos"_s);
    }
    REQUIRE(PromptCatalogue::shipped().kind(u"narrative"_s)->label == u"Your story"_s);
}

TEST_CASE("The Spanish prompts have the English ones' keys, kinds and content notes")
{
    const PromptCatalogue english = PromptCatalogue::load(u":/assets/prompts.json"_s);
    const PromptCatalogue spanish = PromptCatalogue::load(u":/assets/es/prompts.json"_s);
    REQUIRE(spanish.prompts().size() == english.prompts().size());
    REQUIRE(spanish.kinds().size() == english.kinds().size());
    for (const Prompt& prompt : english.prompts()) {
        const Prompt* translated = spanish.byKey(prompt.key);
        REQUIRE(translated != nullptr);
        REQUIRE(translated->kind == prompt.kind);
        REQUIRE(translated->contentNote.isEmpty() == prompt.contentNote.isEmpty());
        REQUIRE(translated->text != prompt.text);
    }
    for (const QString& routine : {u"water"_s, u"walk"_s, u"outdoors"_s, u"reach_out"_s, u"healthy_food"_s}) {
        REQUIRE(spanish.nudgesFor(routine).size() == english.nudgesFor(routine).size());
    }
}

TEST_CASE("The Spanish support lines are the English list's regions and numbers")
{
    const ResourceCatalogue english = ResourceCatalogue::load(u":/assets/resources.json"_s);
    const ResourceCatalogue spanish = ResourceCatalogue::load(u":/assets/es/resources.json"_s);
    REQUIRE(spanish.regions().size() == english.regions().size());
    REQUIRE(spanish.defaultRegionCode() == english.defaultRegionCode());
    for (qsizetype r = 0; r < english.regions().size(); ++r) {
        const auto& en = english.regions().at(r);
        const auto& es = spanish.regions().at(r);
        REQUIRE(es.code == en.code);
        REQUIRE(es.entries.size() == en.entries.size());
        for (qsizetype e = 0; e < en.entries.size(); ++e) {
            if (en.code != u"XX"_s) {
                REQUIRE(es.entries.at(e).phone == en.entries.at(e).phone);
            }
        }
        // The help beyond the lines: the same kinds, numbers and addresses, in Spanish words.
        REQUIRE(es.help.size() == en.help.size());
        for (qsizetype h = 0; h < en.help.size(); ++h) {
            REQUIRE(es.help.at(h).kind == en.help.at(h).kind);
            REQUIRE(es.help.at(h).phone == en.help.at(h).phone);
            REQUIRE(es.help.at(h).address == en.help.at(h).address);
            REQUIRE(es.help.at(h).note != en.help.at(h).note);
        }
    }
    // Spanish-speaking regions are there, and the US list says which lines answer in Spanish.
    for (const QString& code : {u"ES"_s, u"MX"_s, u"AR"_s, u"CO"_s, u"CL"_s}) {
        REQUIRE(english.hasRegion(code));
    }
    REQUIRE(english.regionOrDefault(u"US"_s).entries.at(1).phone == u"800-799-7233"_s);
    REQUIRE(english.regionOrDefault(u"US"_s).entries.at(1).note.contains(u"Spanish"_s));
    REQUIRE(spanish.regionOrDefault(u"US"_s).entries.at(1).note.contains(u"español"_s));
}

TEST_CASE("The Spanish passphrase words: 2,048 plain, distinct words that sound distinct")
{
    const QStringList words = linesOf(u":/assets/es/passphrase-words.txt"_s);
    REQUIRE(words.size() == 2048);
    REQUIRE(QSet<QString>(words.begin(), words.end()).size() == 2048);
    // Written without accents or ñ, so what is shown is what anyone types on any keyboard, and no
    // two words differ only by an accent. No plural (no word ends in s).
    const QRegularExpression plain(u"^[a-z]{3,8}$"_s);
    QHash<QString, QString> sounds;
    for (const QString& word : words) {
        INFO(word.toStdString());
        REQUIRE(plain.match(word).hasMatch());
        REQUIRE_FALSE(word.endsWith(u's'));
        const QString key = soundKey(word);
        INFO("sounds like " << sounds.value(key).toStdString());
        REQUIRE_FALSE(sounds.contains(key));
        sounds.insert(key, word);
    }
    // Words the list leaves out on purpose (violence, bodies, control, alcohol) are not in it.
    for (const QString& word : {u"cuchillo"_s, u"cadena"_s, u"vino"_s, u"boca"_s, u"candado"_s}) {
        REQUIRE_FALSE(words.contains(word));
    }
}

TEST_CASE("Spanish passphrase suggestions are four words of the Spanish list")
{
    const PassphraseGenerator generator = PassphraseGenerator::forLanguage(u"es"_s);
    REQUIRE(generator.listSize() == 2048);
    REQUIRE(generator.bitsFor(4) >= 44.0);
    const QStringList list = linesOf(u":/assets/es/passphrase-words.txt"_s);
    const SecureBuffer phrase = generator.generate(4);
    const QStringList words = QString::fromUtf8(phrase.chars(), static_cast<qsizetype>(phrase.size())).split(u' ');
    REQUIRE(words.size() == 4);
    for (const QString& word : words) {
        REQUIRE(list.contains(word));
    }
    REQUIRE(
        PassphraseGenerator::forLanguage(u"xx"_s).listSize() == PassphraseGenerator::forLanguage(u"en"_s).listSize());
}
