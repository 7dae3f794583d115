#include "TestVault.h"
#include "core/checkup/FormCatalogue.h"
#include "core/checkup/FormParser.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tideline;
using namespace tideline::checkup;
using namespace tideline::test;

// The form validator against broken files: each is refused with a message naming the field,
// and nothing is added to the vault.

namespace {

QJsonObject goodForm()
{
    QJsonArray items;
    for (int i = 1; i <= 3; ++i) {
        items.append(QJsonObject{{QStringLiteral("id"), QString::number(i)},
            {QStringLiteral("text"), QStringLiteral("Question %1 🌊 سؤال").arg(i)}});
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("tideline-checkup")},
        {QStringLiteral("format_version"), 1}, {QStringLiteral("key"), QStringLiteral("sleep-check")},
        {QStringLiteral("name"), QStringLiteral("Sleep check")},
        {QStringLiteral("title"), QStringLiteral("My sleep check")},
        {QStringLiteral("recall"), QStringLiteral("the past week")},
        {QStringLiteral("instructions"), QStringLiteral("In the past week:")},
        {QStringLiteral("source"), QStringLiteral("Dr A. Example, for her clients")},
        {QStringLiteral("terms"), QStringLiteral("Free to use")},
        {QStringLiteral("options"),
            QJsonArray{QJsonObject{{QStringLiteral("value"), 0}, {QStringLiteral("label"), QStringLiteral("No")}},
                QJsonObject{{QStringLiteral("value"), 1}, {QStringLiteral("label"), QStringLiteral("Some")}},
                QJsonObject{{QStringLiteral("value"), 2}, {QStringLiteral("label"), QStringLiteral("A lot")}}}},
        {QStringLiteral("items"), items},
        {QStringLiteral("scoring"),
            QJsonObject{{QStringLiteral("method"), QStringLiteral("sum")}, {QStringLiteral("min"), 0},
                {QStringLiteral("max"), 6}}},
        {QStringLiteral("bands"),
            QJsonArray{QJsonObject{{QStringLiteral("min"), 0}, {QStringLiteral("max"), 2},
                           {QStringLiteral("label"), QStringLiteral("low")}},
                QJsonObject{{QStringLiteral("min"), 3}, {QStringLiteral("max"), 6},
                    {QStringLiteral("label"), QStringLiteral("high")}}}}};
}

QByteArray bytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson();
}

QString refusal(const QByteArray& json)
{
    const Result<Form> form = parseForm(json);
    REQUIRE_FALSE(form.ok());
    CHECK(form.code() == ErrorCode::InvalidInput);
    return form.error().message;
}

} // namespace

TEST_CASE("A well-made form of the person's own is read as written")
{
    const Result<Form> form = parseForm(bytes(goodForm()));
    REQUIRE(form.ok());
    CHECK(form.value().key == QStringLiteral("sleep-check"));
    CHECK(form.value().items.size() == 3);
    CHECK(form.value().items.at(0).text == QStringLiteral("Question 1 🌊 سؤال"));
    CHECK(form.value().items.at(2).options.size() == 3);
    CHECK(form.value().scoreMax == 6);
    CHECK_FALSE(form.value().builtin);
}

TEST_CASE("Broken form files are refused with a message that says where")
{
    CHECK(refusal("not json at all").contains(QStringLiteral("not one JSON object")));
    CHECK(refusal("[1, 2]").contains(QStringLiteral("not one JSON object")));
    {
        QJsonObject f = goodForm();
        f.insert(QStringLiteral("format"), QStringLiteral("something-else"));
        CHECK(refusal(bytes(f)).contains(QStringLiteral("\"format\"")));
    }
    {
        QJsonObject f = goodForm();
        f.insert(QStringLiteral("key"), QStringLiteral("Bad Key!"));
        CHECK(refusal(bytes(f)).contains(QStringLiteral("key")));
    }
    {
        QJsonObject f = goodForm();
        f.remove(QStringLiteral("source"));
        CHECK(refusal(bytes(f)).contains(QStringLiteral("source")));
    }
    {
        QJsonObject f = goodForm();
        f.insert(QStringLiteral("itmes"), QJsonArray{});
        CHECK(refusal(bytes(f)).contains(QStringLiteral("itmes")));
    }
    {
        // Scoring that does not match the questions: three questions of 0–2 add up to 0–6.
        QJsonObject f = goodForm();
        f.insert(QStringLiteral("scoring"),
            QJsonObject{{QStringLiteral("method"), QStringLiteral("sum")}, {QStringLiteral("min"), 0},
                {QStringLiteral("max"), 9}});
        CHECK(refusal(bytes(f)).contains(QStringLiteral("add up to 0 to 6")));
    }
    {
        QJsonObject f = goodForm();
        f.insert(QStringLiteral("scoring"),
            QJsonObject{{QStringLiteral("method"), QStringLiteral("average")}, {QStringLiteral("min"), 0},
                {QStringLiteral("max"), 6}});
        CHECK(refusal(bytes(f)).contains(QStringLiteral("\"sum\"")));
    }
    {
        // Bands with a gap (3 is in none).
        QJsonObject f = goodForm();
        f.insert(QStringLiteral("bands"),
            QJsonArray{QJsonObject{{QStringLiteral("min"), 0}, {QStringLiteral("max"), 2},
                           {QStringLiteral("label"), QStringLiteral("low")}},
                QJsonObject{{QStringLiteral("min"), 4}, {QStringLiteral("max"), 6},
                    {QStringLiteral("label"), QStringLiteral("high")}}});
        CHECK(refusal(bytes(f)).contains(QStringLiteral("without a gap or an overlap")));
    }
    {
        // Bands that stop short of the top.
        QJsonObject f = goodForm();
        f.insert(QStringLiteral("bands"),
            QJsonArray{QJsonObject{{QStringLiteral("min"), 0}, {QStringLiteral("max"), 5},
                {QStringLiteral("label"), QStringLiteral("all")}}});
        CHECK(refusal(bytes(f)).contains(QStringLiteral("run up to 6")));
    }
    {
        // Two questions with one id.
        QJsonObject f = goodForm();
        QJsonArray items = f.value(QStringLiteral("items")).toArray();
        items.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("2")}, {QStringLiteral("text"), QStringLiteral("Again")}});
        f.insert(QStringLiteral("items"), items);
        CHECK(refusal(bytes(f)).contains(QStringLiteral("two questions")));
    }
    {
        // Two answers with one value.
        QJsonObject f = goodForm();
        f.insert(QStringLiteral("options"),
            QJsonArray{QJsonObject{{QStringLiteral("value"), 0}, {QStringLiteral("label"), QStringLiteral("No")}},
                QJsonObject{{QStringLiteral("value"), 0}, {QStringLiteral("label"), QStringLiteral("Yes")}}});
        CHECK(refusal(bytes(f)).contains(QStringLiteral("options[1].value")));
    }
    {
        // An answer value out of range, and a fraction.
        QJsonObject f = goodForm();
        f.insert(QStringLiteral("options"),
            QJsonArray{QJsonObject{{QStringLiteral("value"), -1}, {QStringLiteral("label"), QStringLiteral("No")}},
                QJsonObject{{QStringLiteral("value"), 1.5}, {QStringLiteral("label"), QStringLiteral("Yes")}}});
        CHECK(refusal(bytes(f)).contains(QStringLiteral("options[0].value")));
    }
    {
        QJsonObject f = goodForm();
        f.insert(QStringLiteral("items"), QJsonArray{});
        CHECK(refusal(bytes(f)).contains(QStringLiteral("items")));
    }
    {
        // A question longer than any real one.
        QJsonObject f = goodForm();
        QJsonArray items = f.value(QStringLiteral("items")).toArray();
        items[0]
            = QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("text"), QString(5000, u'x')}};
        f.insert(QStringLiteral("items"), items);
        CHECK(refusal(bytes(f)).contains(QStringLiteral("items[0].text")));
    }
    {
        QJsonObject f = goodForm();
        f.insert(QStringLiteral("format_version"), 7);
        const Result<Form> newer = parseForm(bytes(f));
        REQUIRE_FALSE(newer.ok());
        CHECK(newer.code() == ErrorCode::NewerVersion);
    }
}

TEST_CASE("An oversized form file is refused before it is parsed")
{
    const QByteArray huge(kMaxFormBytes + 1, ' ');
    CHECK(refusal(huge).contains(QStringLiteral("too large")));
}

TEST_CASE("A therapist's form is checked, shown and then kept in the vault, and a clash is refused")
{
    TestVault tv;
    FormCatalogue catalogue(tv.vault->database(), tv.clock);
    REQUIRE(catalogue.check(bytes(goodForm())).ok());
    REQUIRE(catalogue.all().value().size() == 3); // checking adds nothing
    REQUIRE(catalogue.add(bytes(goodForm())).ok());
    REQUIRE(catalogue.all().value().size() == 4);
    CHECK(catalogue.find(QStringLiteral("Sleep CHECK")).value().key == QStringLiteral("sleep-check"));
    CHECK(catalogue.find(QStringLiteral("PHQ-9")).value().key == QStringLiteral("phq9"));

    const Result<Form> again = catalogue.add(bytes(goodForm()));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already here")));

    QJsonObject clash = goodForm();
    clash.insert(QStringLiteral("key"), QStringLiteral("phq9"));
    const Result<Form> builtinKey = catalogue.add(bytes(clash));
    REQUIRE_FALSE(builtinKey.ok());
    CHECK(builtinKey.error().message.contains(QStringLiteral("the built-in PHQ-9")));
    CHECK(catalogue.all().value().size() == 4);

    const Result<Form> unknown = catalogue.find(QStringLiteral("bdi"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.code() == ErrorCode::NotFound);
    CHECK(unknown.error().message.contains(QStringLiteral("pcl5 (PCL-5)")));
}
