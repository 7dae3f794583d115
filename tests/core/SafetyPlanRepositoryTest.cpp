#include "core/safety/SafetyPlanRepository.h"
#include "FileProbe.h"
#include "TestVault.h"
#include "core/safety/SafetyContactRepository.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::test;
using namespace Qt::StringLiterals;
using Section = SafetyPlanRepository::Section;

namespace {

QStringList texts(SafetyPlanRepository& plan, Section section)
{
    QStringList out;
    const auto items = plan.items(section, 100).value();
    for (const auto& item : items) {
        out.append(item.text);
    }
    return out;
}

} // namespace

TEST_CASE("Safety plan: the emergency bag comes seeded and can be ticked", "[safety]")
{
    TestVault tv;
    SafetyPlanRepository plan(tv.vault->database(), tv.clock);
    const auto bag = plan.items(Section::EmergencyBag, 100).value();
    REQUIRE(bag.size() == 8);
    CHECK(bag.first().text == u"Clothes"_s);
    CHECK(bag.first().builtin);
    CHECK_FALSE(bag.first().checked);

    REQUIRE(plan.setChecked(bag.at(2).id, true).ok());
    CHECK(plan.items(Section::EmergencyBag, 100).value().at(2).checked);
    REQUIRE(plan.setChecked(bag.at(2).id, false).ok());
    CHECK_FALSE(plan.items(Section::EmergencyBag, 100).value().at(2).checked);

    // One's own item goes at the end of the list.
    REQUIRE(plan.add(Section::EmergencyBag, u"  Spare glasses  "_s).ok());
    CHECK(texts(plan, Section::EmergencyBag).last() == u"Spare glasses"_s);
}

TEST_CASE("Safety plan: add, edit, reorder and remove lines, a restart keeps them", "[safety]")
{
    TestVault tv;
    {
        SafetyPlanRepository plan(tv.vault->database(), tv.clock);
        const auto first = plan.add(Section::WarningSign, u"I stop answering messages"_s);
        const auto second = plan.add(Section::WarningSign, u"Sleeping badly 🌙"_s);
        const auto third = plan.add(Section::WarningSign, u"אני נמנעת מאנשים"_s); // right-to-left
        REQUIRE(first.ok());
        REQUIRE(second.ok());
        REQUIRE(third.ok());
        CHECK(plan.count(Section::WarningSign).value() == 3);
        CHECK(plan.count(Section::CopingStep).value() == 0);

        REQUIRE(plan.move(third.value(), -1).ok());
        CHECK(texts(plan, Section::WarningSign)
            == QStringList{u"I stop answering messages"_s, u"אני נמנעת מאנשים"_s, u"Sleeping badly 🌙"_s});
        REQUIRE(plan.move(first.value(), -1).ok()); // already first: nothing changes
        CHECK(texts(plan, Section::WarningSign).first() == u"I stop answering messages"_s);
        REQUIRE(plan.move(second.value(), 1).ok()); // already last
        CHECK(texts(plan, Section::WarningSign).last() == u"Sleeping badly 🌙"_s);

        REQUIRE(plan.updateText(first.value(), u"I stop answering friends"_s).ok());
        REQUIRE(plan.remove(second.value()).ok());
        CHECK(plan.remove(second.value()).error().code == ErrorCode::NotFound);
        CHECK(plan.updateText(second.value(), u"gone"_s).code() == ErrorCode::NotFound);
    }
    tv.restart();
    REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
    SafetyPlanRepository plan(tv.vault->database(), tv.clock);
    CHECK(texts(plan, Section::WarningSign) == QStringList{u"I stop answering friends"_s, u"אני נמנעת מאנשים"_s});
}

TEST_CASE("Safety plan: bad input gets a kind message and changes nothing", "[safety]")
{
    TestVault tv;
    SafetyPlanRepository plan(tv.vault->database(), tv.clock);
    const auto empty = plan.add(Section::CopingStep, u"   "_s);
    REQUIRE(empty.code() == ErrorCode::InvalidInput);
    CHECK(empty.error().message.contains(u"a few words"_s));
    // Only invisible characters (zero-width space, left-to-right mark) count as empty too.
    CHECK(plan.add(Section::CopingStep, u"\u200B\u200E "_s).code() == ErrorCode::InvalidInput);
    // A zero-width joiner inside real text is kept as it is (emoji sequences need it).
    REQUIRE(plan.add(Section::CopingStep, u"Call my sister 👩\u200D👧"_s).ok());

    const auto huge = plan.add(Section::CopingStep, QString(5 * 1024 * 1024, u'x'));
    REQUIRE(huge.code() == ErrorCode::InvalidInput);
    CHECK(huge.error().message.contains(u"1000"_s));
    CHECK(plan.count(Section::CopingStep).value() == 1);

    // Ticks belong to the emergency bag only.
    const auto step = plan.items(Section::CopingStep, 10).value().first();
    CHECK(plan.setChecked(step.id, true).code() == ErrorCode::InvalidInput);
    CHECK(plan.move(step.id, 3).code() == ErrorCode::InvalidInput);
    CHECK(plan.setChecked(99999, true).code() == ErrorCode::NotFound);
}

TEST_CASE("Safety plan: pages through a long list in order", "[safety]")
{
    TestVault tv;
    SafetyPlanRepository plan(tv.vault->database(), tv.clock);
    for (int i = 1; i <= 25; ++i) {
        REQUIRE(plan.add(Section::SafePlace, u"Place %1"_s.arg(i)).ok());
    }
    const auto second = plan.items(Section::SafePlace, 10, 10).value();
    REQUIRE(second.size() == 10);
    CHECK(second.first().text == u"Place 11"_s);
    CHECK(plan.items(Section::SafePlace, 10, 20).value().size() == 5);
}

TEST_CASE("Safety contacts: people, professionals and hotlines, optional phone and note", "[safety]")
{
    TestVault tv;
    SafetyContactRepository contacts(tv.vault->database(), tv.clock);
    using Kind = SafetyContactRepository::Kind;
    const auto sam = contacts.add({0, u"Sam"_s, u"+1 555 0100"_s, u"knows the code word"_s, Kind::Person});
    const auto doc = contacts.add({0, u"Dr. Rivera"_s, u""_s, u""_s, Kind::Professional});
    REQUIRE(sam.ok());
    REQUIRE(doc.ok());
    auto list = contacts.contacts(10).value();
    REQUIRE(list.size() == 2);
    CHECK(list.at(1).phone.isEmpty());
    CHECK(list.at(1).kind == Kind::Professional);

    REQUIRE(contacts.move(doc.value(), -1).ok());
    CHECK(contacts.contacts(10).value().first().name == u"Dr. Rivera"_s);
    REQUIRE(contacts.update({sam.value(), u"Sam K."_s, u"555 0101"_s, u""_s, Kind::Hotline}).ok());
    list = contacts.contacts(10).value();
    CHECK(list.at(1).name == u"Sam K."_s);
    CHECK(list.at(1).note.isEmpty());
    CHECK(list.at(1).kind == Kind::Hotline);

    CHECK(contacts.add({0, u" \u200B"_s, u"1"_s, {}, Kind::Person}).code() == ErrorCode::InvalidInput);
    CHECK(contacts.add({0, u"X"_s, QString(81, u'1'), {}, Kind::Person}).code() == ErrorCode::InvalidInput);
    CHECK(contacts.count().value() == 2);
    REQUIRE(contacts.remove(sam.value()).ok());
    CHECK(contacts.remove(sam.value()).code() == ErrorCode::NotFound);
    CHECK(contacts.count().value() == 1);
}

TEST_CASE("Safety plan: its text never reaches a file in the clear", "[safety]")
{
    TestVault tv;
    const QString sentinel = u"SAFETYSENTINEL4821"_s;
    SafetyPlanRepository plan(tv.vault->database(), tv.clock);
    REQUIRE(plan.add(Section::SafePlace, sentinel).ok());
    SafetyContactRepository contacts(tv.vault->database(), tv.clock);
    REQUIRE(contacts.add({0, sentinel, sentinel, sentinel, SafetyContactRepository::Kind::Person}).ok());
    CHECK(filesContaining(tv.dir.path(), sentinel).isEmpty());
    tv.vault->lock();
    CHECK(filesContaining(tv.dir.path(), sentinel).isEmpty());
}
