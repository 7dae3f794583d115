// Issue 20 item 2: words that could not be saved as the vault locked wait in a SecureBuffer and
// come back whole, odd text included, and go into the right entry at the next unlock.
#include "core/journal/HeldEntry.h"
#include "TestVault.h"
#include "core/journal/JournalRepository.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::journal;
using namespace tideline::test;

namespace {

EntryDraft oddDraft()
{
    EntryDraft d;
    d.day = QDate(2026, 11, 30);
    d.title = QStringLiteral("שלום — a title in two directions");
    // Emoji with a zero-width joiner, a zero-width space, a long right-to-left run.
    d.body = QStringLiteral("👩‍👧 held\u200B words ") + QStringLiteral("ستبقى الكلمات ").repeated(5000);
    d.mood = 0; // "0" is a mood, not "not said"
    d.promptKey = QStringLiteral("coping.today");
    d.sensitive = true;
    d.tags = {QStringLiteral("sleep"), QStringLiteral(""), QStringLiteral("ñandú 🌊")};
    return d;
}

void requireSame(const EntryDraft& a, const EntryDraft& b)
{
    CHECK(a.day == b.day);
    CHECK(a.title == b.title);
    CHECK(a.body == b.body);
    CHECK(a.mood == b.mood);
    CHECK(a.promptKey == b.promptKey);
    CHECK(a.sensitive == b.sensitive);
    CHECK(a.tags == b.tags);
}

} // namespace

TEST_CASE("Held words come back exactly as they were handed over", "[journal][fulldisk]")
{
    SECTION("every field, right-to-left text, emoji and zero-width characters")
    {
        const EntryDraft d = oddDraft();
        HeldEntry held(42, d, false);
        REQUIRE_FALSE(held.isEmpty());
        CHECK(held.entryId() == 42);
        CHECK_FALSE(held.asDraft());
        requireSame(held.draft(), d);
    }
    SECTION("an almost empty draft: no day, no mood, no tags")
    {
        EntryDraft d;
        d.body = QStringLiteral("x");
        HeldEntry held(0, d, true);
        const EntryDraft back = held.draft();
        requireSame(back, d);
        CHECK_FALSE(back.mood.has_value());
        CHECK_FALSE(back.day.isValid());
    }
    SECTION("cleared, nothing is left")
    {
        HeldEntry held(7, oddDraft(), true);
        held.clear();
        CHECK(held.isEmpty());
        CHECK(held.entryId() == 0);
        CHECK(held.draft().body.isEmpty());
    }
}

TEST_CASE("Held words are saved into their entry, or a new one when it is gone", "[journal][fulldisk]")
{
    TestVault tv;
    JournalRepository journal(tv.vault->database(), tv.clock);
    EntryDraft first;
    first.title = QStringLiteral("Before the lock");
    first.body = QStringLiteral("The first words.");
    const qint64 id = journal.create(first, true).value();
    const EntryDraft d = oddDraft();

    SECTION("the entry being written is updated, not copied")
    {
        HeldEntry held(id, d, true);
        auto saved = held.saveInto(journal);
        REQUIRE(saved.ok());
        CHECK(saved.value() == id);
        const Entry stored = journal.get(id).value();
        CHECK(stored.body == d.body);
        CHECK(stored.title == d.title);
        CHECK(stored.isDraft);
    }
    SECTION("an entry deleted meanwhile (by tideline-cli): the words go into a new one")
    {
        REQUIRE(journal.remove(id).ok());
        HeldEntry held(id, d, true);
        auto saved = held.saveInto(journal);
        REQUIRE(saved.ok());
        CHECK(saved.value() != id);
        CHECK(journal.get(saved.value()).value().body == d.body);
    }
    SECTION("words never saved before make a new entry")
    {
        HeldEntry held(0, d, true);
        auto saved = held.saveInto(journal);
        REQUIRE(saved.ok());
        CHECK(journal.get(saved.value()).value().body == d.body);
    }
}
