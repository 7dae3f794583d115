// core/prompts: the shipped catalogue, one prompt a day, no recent repeats, choices kept.
#include "core/prompts/PromptCatalogue.h"
#include "core/prompts/PromptPicker.h"
#include "core/storage/Database.h"

#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace tideline;
using namespace tideline::test;

namespace {
// As after quitting and starting again: a new Vault on the same folder, unlocked.
void reopen(TestVault& tv)
{
    tv.restart();
    REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
}

const QDate kToday(2026, 1, 1);
} // namespace

TEST_CASE("The shipped catalogue has 80+ prompts over eight kinds, with content notes and nudges", "[prompt]")
{
    const PromptCatalogue& catalogue = PromptCatalogue::shipped();
    CHECK(catalogue.prompts().size() >= 80);
    QSet<QString> kinds;
    int notes = 0;
    for (const Prompt& p : catalogue.prompts()) {
        kinds.insert(p.kind);
        notes += p.contentNote.isEmpty() ? 0 : 1;
        // Warm and never shaming: none of the words the design rules out.
        for (const char* word : {"failed", "missed", "streak", "must", "should"}) {
            CHECK_FALSE(p.text.contains(QString::fromLatin1(word), Qt::CaseInsensitive));
        }
    }
    CHECK(kinds
        == QSet<QString>{QStringLiteral("narrative"), QStringLiteral("grounding"), QStringLiteral("strengths"),
            QStringLiteral("boundaries"), QStringLiteral("self_compassion"), QStringLiteral("looking_back"),
            QStringLiteral("mindfulness"), QStringLiteral("telling")});
    CHECK(notes >= 6);
    CHECK(catalogue.kind(QStringLiteral("self_compassion"))->label == QStringLiteral("Kindness to yourself"));
    CHECK_FALSE(catalogue.nudgesFor(QStringLiteral("water")).isEmpty());
}

TEST_CASE("The prompts cover what the source material names: noticing, consent, telling someone", "[prompt]")
{
    const PromptCatalogue& catalogue = PromptCatalogue::shipped();
    int consent = 0;
    int noticing = 0;
    int telling = 0;
    for (const Prompt& p : catalogue.prompts()) {
        consent += p.text.contains(QStringLiteral("consent"), Qt::CaseInsensitive) ? 1 : 0;
        noticing += p.kind == QStringLiteral("mindfulness") ? 1 : 0;
        telling += p.kind == QStringLiteral("telling") ? 1 : 0;
    }
    CHECK(consent >= 3);
    CHECK(noticing >= 6);
    CHECK(telling >= 5);
    // Mindfulness as the article names it: tension, heat, racing thoughts, a deliberate pause.
    for (const char* key : {"mindfulness_tension", "mindfulness_heat", "mindfulness_racing", "mindfulness_pause"}) {
        CHECK(catalogue.byKey(QString::fromLatin1(key)) != nullptr);
    }
    CHECK(catalogue.kind(QStringLiteral("boundaries"))->label == QStringLiteral("Boundaries and consent"));
    // The new routine has its nudges, and time outdoors mentions green spaces.
    CHECK(catalogue.nudgesFor(QStringLiteral("healthy_food")).size() == 2);
    bool green = false;
    for (const RoutineNudge& n : catalogue.nudgesFor(QStringLiteral("outdoors"))) {
        green = green || n.text.contains(QStringLiteral("green"));
    }
    CHECK(green);
}

TEST_CASE("A broken catalogue is refused, not half read", "[prompt]")
{
    CHECK_FALSE(PromptCatalogue::fromJson("{not json").ok());
    CHECK_FALSE(PromptCatalogue::fromJson(R"({"kinds":[],"prompts":[{"key":"a","kind":"x","text":"t"}]})").ok());
    CHECK_FALSE(PromptCatalogue::fromJson(
        R"({"kinds":[{"key":"k"}],"prompts":[{"key":"a","kind":"k","text":"t"},{"key":"a","kind":"k","text":"u"}]})")
                    .ok());
}

TEST_CASE("One prompt a day: the same all day, kept across a restart", "[prompt]")
{
    TestVault tv;
    auto first = PromptPicker(tv.vault->database(), PromptCatalogue::shipped(), 1).forDay(kToday);
    REQUIRE(first.ok());
    REQUIRE(first.value().has_value());
    reopen(tv);
    auto again = PromptPicker(tv.vault->database(), PromptCatalogue::shipped(), 2).forDay(kToday);
    REQUIRE(again.value().has_value());
    CHECK(again.value()->key == first.value()->key);
}

TEST_CASE("Prompts do not repeat within the recent window", "[prompt]")
{
    TestVault tv;
    PromptPicker picker(tv.vault->database(), PromptCatalogue::shipped(), 7);
    QStringList shown;
    for (int i = 0; i < 90; ++i) {
        auto p = picker.forDay(kToday.addDays(-90 + i));
        REQUIRE(p.ok());
        REQUIRE(p.value().has_value());
        const QStringList recent = shown.mid(std::max<qsizetype>(0, shown.size() - PromptPicker::kRecentCount));
        INFO("day " << i << ": " << p.value()->key.toStdString());
        CHECK_FALSE(recent.contains(p.value()->key));
        shown.append(p.value()->key);
    }
}

TEST_CASE("Another one, not today, and don't show this kind are respected and remembered", "[prompt]")
{
    TestVault tv;
    {
        PromptPicker picker(tv.vault->database(), PromptCatalogue::shipped(), 3);
        const Prompt first = *picker.forDay(kToday).value();
        const Prompt second = *picker.another(kToday).value();
        CHECK(second.key != first.key);
        CHECK(picker.forDay(kToday).value()->key == second.key); // "another" is now the day's prompt

        REQUIRE(picker.notToday(kToday).ok());
        CHECK_FALSE(picker.forDay(kToday).value().has_value());
        CHECK(picker.forDay(kToday.addDays(-1)).value().has_value()); // only that day

        auto afterHide = picker.hideKind(QStringLiteral("grounding"), kToday);
        REQUIRE(afterHide.ok());
        CHECK(picker.hideKind(QStringLiteral("nonsense"), kToday).code() == ErrorCode::InvalidInput);
    }
    reopen(tv);
    PromptPicker picker(tv.vault->database(), PromptCatalogue::shipped(), 4);
    CHECK(picker.hiddenKinds().value() == QStringList{QStringLiteral("grounding")});
    for (int i = 0; i < 200; ++i) {
        auto p = picker.another(kToday);
        REQUIRE(p.value().has_value());
        CHECK(p.value()->kind != QStringLiteral("grounding"));
    }
    // Every kind off: no prompt, quietly.
    for (const PromptKind& kind : PromptCatalogue::shipped().kinds()) {
        REQUIRE(picker.hideKind(kind.key, kToday).ok());
    }
    CHECK_FALSE(picker.another(kToday).value().has_value());
    REQUIRE(picker.showKind(QStringLiteral("strengths")).ok());
    auto back = picker.another(kToday);
    REQUIRE(back.value().has_value());
    CHECK(back.value()->kind == QStringLiteral("strengths"));
}

TEST_CASE("Looking back waits until there is something to look back on", "[prompt]")
{
    TestVault tv;
    PromptPicker picker(tv.vault->database(), PromptCatalogue::shipped(), 11);
    for (int i = 0; i < 200; ++i) {
        auto p = picker.another(kToday);
        REQUIRE(p.value().has_value());
        CHECK(p.value()->kind != QStringLiteral("looking_back"));
    }
    // A check-in from 40 days ago: now it may come.
    REQUIRE(tv.vault->database()
                .exec("INSERT INTO checkin (day, created_at, updated_at) VALUES ('2025-11-22',"
                      " '2025-11-22T10:00:00.000Z', '2025-11-22T10:00:00.000Z');")
                .ok());
    bool lookedBack = false;
    for (int i = 0; i < 300 && !lookedBack; ++i) {
        lookedBack = picker.another(kToday).value()->kind == QStringLiteral("looking_back");
    }
    CHECK(lookedBack);
}

TEST_CASE("Looking back is still offered when it is the only kind left on", "[prompt]")
{
    TestVault tv;
    PromptPicker picker(tv.vault->database(), PromptCatalogue::shipped(), 12);
    for (const PromptKind& kind : PromptCatalogue::shipped().kinds()) {
        if (kind.key != QStringLiteral("looking_back")) {
            REQUIRE(picker.hideKind(kind.key, kToday).ok());
        }
    }
    auto p = picker.another(kToday);
    REQUIRE(p.value().has_value());
    CHECK(p.value()->kind == QStringLiteral("looking_back"));
}
