// Check-ups in the person's language: a form's published wording in another language is read and
// checked like the rest, shown when the app speaks that language, and a form's words are never
// glued into a sentence of another language («Estas preguntas tratan sobre the last 2 weeks.»).
#include "LanguageScope.h"
#include "core/checkup/CheckupWords.h"
#include "core/checkup/FormCatalogue.h"
#include "core/checkup/FormParser.h"
#include "core/i18n/Language.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tideline;
using tideline::test::LanguageScope;
using namespace tideline::checkup;
using namespace Qt::StringLiterals;

namespace {

Form builtin(const QString& key)
{
    for (const Form& form : FormCatalogue::builtins()) {
        if (form.key == key) {
            return form;
        }
    }
    FAIL("no shipped form " << key.toStdString());
    return {};
}

QJsonObject option(int value, const QString& label)
{
    return QJsonObject{{u"value"_s, value}, {u"label"_s, label}};
}

// A two-question form in English with its words in Spanish; the second question has its own answers.
QJsonObject bilingualForm()
{
    const QJsonArray items{QJsonObject{{u"id"_s, u"calm"_s}, {u"text"_s, u"Feeling calm"_s}},
        QJsonObject{{u"id"_s, u"sleep"_s}, {u"text"_s, u"Sleeping well"_s},
            {u"options"_s, QJsonArray{option(0, u"Never"_s), option(1, u"Always"_s)}}}};
    const QJsonArray itemsEs{QJsonObject{{u"id"_s, u"calm"_s}, {u"text"_s, u"Sentir calma 🌊"_s}},
        QJsonObject{{u"id"_s, u"sleep"_s}, {u"text"_s, u"Dormir bien"_s},
            {u"options"_s, QJsonArray{option(0, u"Nunca"_s), option(1, u"Siempre"_s)}}}};
    const QJsonObject es{{u"title"_s, u"Mi control de calma"_s}, {u"recall"_s, u"la semana pasada"_s},
        {u"instructions"_s, u"En la semana pasada:"_s}, {u"source"_s, u"Dra. A. Ejemplo"_s},
        {u"terms"_s, u"Libre uso"_s},
        {u"options"_s, QJsonArray{option(0, u"No"_s), option(1, u"Algo"_s), option(2, u"Mucho"_s)}},
        {u"items"_s, itemsEs}};
    return QJsonObject{{u"format"_s, u"tideline-checkup"_s}, {u"format_version"_s, 1}, {u"key"_s, u"calm-check"_s},
        {u"language"_s, u"en"_s}, {u"name"_s, u"Calm check"_s}, {u"title"_s, u"My calm check"_s},
        {u"recall"_s, u"the past week"_s}, {u"instructions"_s, u"In the past week:"_s},
        {u"source"_s, u"Dr A. Example"_s}, {u"terms"_s, u"Free to use"_s},
        {u"options"_s, QJsonArray{option(0, u"No"_s), option(1, u"Some"_s), option(2, u"A lot"_s)}},
        {u"items"_s, items}, {u"scoring"_s, QJsonObject{{u"method"_s, u"sum"_s}, {u"min"_s, 0}, {u"max"_s, 3}}},
        {u"bands"_s,
            QJsonArray{QJsonObject{{u"min"_s, 0}, {u"max"_s, 1}, {u"label"_s, u"low"_s}},
                QJsonObject{{u"min"_s, 2}, {u"max"_s, 3}, {u"label"_s, u"high"_s}}}},
        {u"translations"_s, QJsonObject{{u"es"_s, es}}}};
}

QJsonObject& spanishOf(QJsonObject& form, QJsonObject& es)
{
    es = form.value(u"translations"_s).toObject().value(u"es"_s).toObject();
    return es;
}

void putSpanish(QJsonObject& form, const QJsonObject& es)
{
    form.insert(u"translations"_s, QJsonObject{{u"es"_s, es}});
}

QString refusal(const QJsonObject& form)
{
    const Result<Form> read = parseForm(QJsonDocument(form).toJson());
    REQUIRE_FALSE(read.ok());
    CHECK(read.code() == ErrorCode::InvalidInput);
    CHECK(read.error().message.contains(u"Nothing was added"_s));
    return read.error().message;
}

} // namespace

TEST_CASE("An English-only form in the Spanish app never glues its English words into a Spanish sentence")
{
    LanguageScope spanish(u"es"_s);
    const Form gad7 = builtin(u"gad7"_s);
    REQUIRE(gad7.language == u"en"_s);
    REQUIRE_FALSE(gad7.translations.contains(u"es"_s));

    // The whole sentence in the form's language, not «Estas preguntas tratan sobre the last 2 weeks.»
    CHECK(recallSentence(gad7) == u"These questions are about the last 2 weeks."_s);
    CHECK(questionsAbout(gad7, 7) == u"7 questions about the last 2 weeks"_s);
    // Marked, in Spanish: why the questionnaire is in English.
    const QString note = languageNote(gad7);
    CHECK(note.contains(u"inglés"_s));
    CHECK_FALSE(speaksAppLanguage(gad7));
    // The band's English word is not put into the Spanish sentence: its range says the same.
    const QString band = bandSentence(gad7, 12);
    CHECK(band.contains(u"10"_s));
    CHECK(band.contains(u"14"_s));
    CHECK_FALSE(band.contains(u"moderate"_s));
    CHECK(band.contains(u"diagnóstico"_s));
    CHECK(bandLabel(gad7, 12) == u"10–14"_s);
}

TEST_CASE("In English, the shipped forms read as before")
{
    const Form gad7 = builtin(u"gad7"_s);
    CHECK(speaksAppLanguage(gad7));
    CHECK(languageNote(gad7).isEmpty());
    CHECK(recallSentence(gad7) == u"These questions are about the last 2 weeks."_s);
    CHECK(bandLabel(gad7, 12) == u"moderate"_s);
    CHECK(bandSentence(gad7, 12).startsWith(u"Scores in this range are often called “moderate”."_s));
    // The PHQ-9 carries Spanish, but an English app shows the English form.
    const Form phq9 = inLanguage(builtin(u"phq9"_s), i18n::currentLanguage());
    CHECK(phq9.language == u"en"_s);
    CHECK(phq9.items.first().text == u"Little interest or pleasure in doing things"_s);
}

TEST_CASE("The PHQ-9 in Spanish is the published Spanish version, whole")
{
    LanguageScope spanish(u"es"_s);
    const Form english = builtin(u"phq9"_s);
    REQUIRE(english.translations.contains(u"es"_s));
    const Form phq9 = inLanguage(english, u"es"_s);
    CHECK(phq9.language == u"es"_s);
    CHECK(speaksAppLanguage(phq9));
    CHECK(languageNote(phq9).isEmpty());
    CHECK(recallSentence(phq9) == u"Estas preguntas tratan sobre las últimas 2 semanas."_s);
    CHECK(phq9.instructions
        == u"Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?"_s);
    CHECK(phq9.items.size() == english.items.size());
    CHECK(phq9.item(u"1"_s)->text == u"Poco interés o placer en hacer cosas"_s);
    CHECK(phq9.item(u"9"_s)->text == u"Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera"_s);
    CHECK(phq9.item(u"9"_s)->sensitive);
    CHECK(phq9.item(u"1"_s)->labelFor(0) == u"Ningún día"_s);
    CHECK(phq9.item(u"1"_s)->labelFor(3) == u"Casi todos los días"_s);
    CHECK_FALSE(phq9.item(u"difficulty"_s)->scored);
    CHECK(phq9.item(u"difficulty"_s)->labelFor(0) == u"No ha sido difícil"_s);
    CHECK(phq9.item(u"difficulty"_s)->labelFor(3) == u"Extremadamente difícil"_s);
    // No English is left in any question or answer.
    for (const Item& item : phq9.items) {
        CHECK(item.text != english.item(item.id)->text);
        for (const Option& o : item.options) {
            CHECK(o.label != english.item(item.id)->labelFor(o.value));
        }
    }
    // Its own source and terms; scoring and sensitivity are the form's.
    CHECK(phq9.source.contains(u"studenta.com"_s));
    CHECK(phq9.terms.contains(u"No se requiere permiso"_s));
    CHECK(phq9.scoreMax == 27);
    // The bands' words are the English sources': the Spanish result tells the range instead.
    CHECK(bandLabel(phq9, 12) == u"10–14"_s);
    CHECK_FALSE(bandSentence(phq9, 12).contains(u"moderate"_s));
    // The PCL-5 and GAD-7 have no published Spanish wording here: they stay English, marked.
    CHECK(inLanguage(builtin(u"pcl5"_s), u"es"_s).language == u"en"_s);
    CHECK(inLanguage(builtin(u"gad7"_s), u"es"_s).language == u"en"_s);
}

TEST_CASE("A form's words in another language are read and checked like the rest")
{
    const Result<Form> read = parseForm(QJsonDocument(bilingualForm()).toJson());
    REQUIRE(read.ok());
    const Form es = inLanguage(read.value(), u"es"_s);
    CHECK(es.title == u"Mi control de calma"_s);
    CHECK(es.item(u"calm"_s)->text == u"Sentir calma 🌊"_s);
    CHECK(es.item(u"calm"_s)->labelFor(2) == u"Mucho"_s);
    CHECK(es.item(u"sleep"_s)->labelFor(1) == u"Siempre"_s);
    CHECK(es.about.isEmpty()); // never the English "about" in a Spanish form
    CHECK(inLanguage(read.value(), u"fr"_s).title == u"My calm check"_s);

    QJsonObject es0;
    {
        QJsonObject f = bilingualForm();
        QJsonObject& e = spanishOf(f, es0);
        e.insert(u"items"_s, QJsonArray{e.value(u"items"_s).toArray().at(1)});
        putSpanish(f, e);
        CHECK(refusal(f).contains(u"translations.es.items"_s));
        CHECK(refusal(f).contains(u"“calm”"_s));
    }
    {
        QJsonObject f = bilingualForm();
        QJsonObject& e = spanishOf(f, es0);
        e.insert(u"options"_s, QJsonArray{option(0, u"No"_s), option(1, u"Algo"_s), option(5, u"Mucho"_s)});
        putSpanish(f, e);
        CHECK(refusal(f).contains(u"the values 0, 1, 2"_s));
    }
    {
        QJsonObject f = bilingualForm();
        QJsonObject& e = spanishOf(f, es0);
        e.remove(u"options"_s); // the first question would have no Spanish answers
        putSpanish(f, e);
        CHECK(refusal(f).contains(u"translations.es.items[0].options"_s));
    }
    {
        QJsonObject f = bilingualForm();
        QJsonObject& e = spanishOf(f, es0);
        QJsonArray items = e.value(u"items"_s).toArray();
        items.append(QJsonObject{{u"id"_s, u"extra"_s}, {u"text"_s, u"Otra"_s}});
        e.insert(u"items"_s, items);
        putSpanish(f, e);
        CHECK(refusal(f).contains(u"no question “extra”"_s));
    }
    {
        QJsonObject f = bilingualForm();
        QJsonObject& e = spanishOf(f, es0);
        e.remove(u"recall"_s);
        putSpanish(f, e);
        CHECK(refusal(f).contains(u"translations.es.recall"_s));
    }
    {
        QJsonObject f = bilingualForm();
        QJsonObject& e = spanishOf(f, es0);
        e.remove(u"source"_s);
        putSpanish(f, e);
        CHECK(refusal(f).contains(u"translations.es.source"_s));
    }
    {
        QJsonObject f = bilingualForm();
        QJsonObject& e = spanishOf(f, es0);
        e.insert(u"titel"_s, u"typo"_s);
        putSpanish(f, e);
        CHECK(refusal(f).contains(u"translations.es.titel"_s));
    }
    {
        QJsonObject f = bilingualForm();
        f.insert(u"content_note"_s, u"It asks about hard things."_s);
        CHECK(refusal(f).contains(u"translations.es.content_note"_s));
    }
    {
        QJsonObject f = bilingualForm();
        f.insert(u"translations"_s, QJsonObject{{u"Español!"_s, f.value(u"translations"_s).toObject().value(u"es"_s)}});
        CHECK(refusal(f).contains(u"language code"_s));
    }
    {
        QJsonObject f = bilingualForm();
        f.insert(u"language"_s, u"es"_s);
        CHECK(refusal(f).contains(u"own language"_s));
    }
    {
        QJsonObject f = bilingualForm();
        f.insert(u"language"_s, u"english"_s);
        CHECK(refusal(f).contains(u"language:"_s));
    }
    {
        QJsonObject f = bilingualForm();
        f.insert(u"translations"_s, QJsonArray{});
        CHECK(refusal(f).contains(u"translations"_s));
    }
}

TEST_CASE("A form in Spanish in the Spanish app speaks Spanish, and in English it says its words whole")
{
    QJsonObject f = bilingualForm();
    f.remove(u"translations"_s);
    f.insert(u"language"_s, u"es"_s);
    f.insert(u"recall"_s, u"la semana pasada"_s);
    const Result<Form> read = parseForm(QJsonDocument(f).toJson());
    REQUIRE(read.ok());
    // English app: no English sentence is built around the Spanish words.
    CHECK_FALSE(speaksAppLanguage(read.value()));
    CHECK(recallSentence(read.value())
        == u"The time these questions are about, in the form's own words: “la semana pasada”."_s);
    CHECK_FALSE(languageNote(read.value()).isEmpty());
    LanguageScope spanish(u"es"_s);
    CHECK(recallSentence(read.value()) == u"Estas preguntas tratan sobre la semana pasada."_s);
    CHECK(bandLabel(read.value(), 1) == u"low"_s); // the file's own words, in its own language
}
