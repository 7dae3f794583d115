#include "core/journal/JournalRepository.h"
#include "FileProbe.h"
#include "TestVault.h"
#include "core/common/MoodScale.h"
#include "core/journal/EntryText.h"
#include "core/journal/ListPreview.h"
#include "core/journal/OnThisDaySetting.h"
#include "core/journal/TagRepository.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::journal;
using namespace tideline::test;

namespace {

EntryDraft draft(const QString& title, const QString& body, QDate day = {})
{
    EntryDraft d;
    d.title = title;
    d.body = body;
    d.day = day;
    return d;
}

qint64 mustCreate(JournalRepository& repo, const EntryDraft& d, bool asDraft = false)
{
    auto id = repo.create(d, asDraft);
    REQUIRE(id.ok());
    return id.value();
}

} // namespace

TEST_CASE("An entry is written, read back, edited and keeps every field", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);
    EntryDraft d = draft(QStringLiteral("Morning"), QStringLiteral("Slept a little better."), QDate(2025, 12, 30));
    d.mood = 6;
    d.promptKey = QStringLiteral("gratitude.small-thing");
    d.sensitive = true;
    d.tags = {QStringLiteral("sleep"), QStringLiteral(" hard   day "), QStringLiteral("Sleep")};
    const qint64 id = mustCreate(repo, d);

    auto entry = repo.get(id);
    REQUIRE(entry.ok());
    CHECK(entry.value().title == QStringLiteral("Morning"));
    CHECK(entry.value().day == QDate(2025, 12, 30));
    CHECK(entry.value().mood == 6);
    CHECK(entry.value().promptKey == QStringLiteral("gratitude.small-thing"));
    CHECK(entry.value().sensitive);
    CHECK_FALSE(entry.value().isDraft);
    CHECK(entry.value().tags == QStringList{QStringLiteral("hard day"), QStringLiteral("sleep")});
    CHECK(entry.value().createdAt == tv.clock.nowUtc());

    tv.clock.advanceSeconds(60);
    d.body = QStringLiteral("Edited later.");
    d.mood.reset();
    d.tags = {QStringLiteral("edited")};
    REQUIRE(repo.update(id, d).ok());
    entry = repo.get(id);
    REQUIRE(entry.ok());
    CHECK(entry.value().body == QStringLiteral("Edited later."));
    CHECK_FALSE(entry.value().mood.has_value());
    CHECK(entry.value().tags == QStringList{QStringLiteral("edited")});
    CHECK(entry.value().updatedAt == tv.clock.nowUtc());
    CHECK(entry.value().createdAt == tv.clock.nowUtc().addSecs(-60));

    SECTION("survives closing and opening the vault")
    {
        tv.restart();
        REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
        JournalRepository again(tv.vault->database(), tv.clock);
        REQUIRE(again.get(id).ok());
        CHECK(again.get(id).value().body == QStringLiteral("Edited later."));
    }
}

TEST_CASE("The saved days of chosen entries leave out the deleted and the drafts", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);
    EntryDraft draft;
    draft.title = QStringLiteral("Kept");
    draft.body = QStringLiteral("Words");
    draft.day = QDate(2026, 3, 4);
    const qint64 kept = repo.create(draft).value();
    draft.day = QDate(2026, 3, 5);
    const qint64 removed = repo.create(draft).value();
    const qint64 unsaved = repo.create(draft, true).value();
    REQUIRE(repo.remove(removed).ok());
    draft.day = QDate(2026, 4, 1);
    REQUIRE(repo.update(kept, draft).ok());

    const Result<QHash<qint64, QDate>> days = repo.savedDays({kept, removed, unsaved, 987654});
    REQUIRE(days.ok());
    CHECK(days.value() == QHash<qint64, QDate>{{kept, QDate(2026, 4, 1)}});
    CHECK(repo.savedDays({}).value().isEmpty());
}

TEST_CASE("Bad input is kept as typed or refused kindly", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);

    SECTION("an empty entry, or one of spaces and zero-width characters, is not kept")
    {
        auto empty = repo.create(draft({}, {}));
        REQUIRE_FALSE(empty.ok());
        CHECK(empty.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(empty.error().message.isEmpty());
        CHECK_FALSE(repo.create(draft(QStringLiteral("  \n"), QStringLiteral("\u200B\u200D\uFEFF \t"))).ok());
        CHECK(repo.count().value() == 0);
    }
    SECTION("a title only is kept")
    {
        const qint64 id = mustCreate(repo, draft(QStringLiteral("Just a title"), {}));
        CHECK(repo.get(id).value().body.isEmpty());
    }
    SECTION("emoji, right-to-left and zero-width text come back byte for byte")
    {
        const QString body = QStringLiteral(
            "🌊🫶🏽 שלום עולם مرحبا zero\u200Bwidth joiner👩\u200D👧 \u202Eevil");
        const qint64 id = mustCreate(repo, draft(QStringLiteral("🌙"), body));
        CHECK(repo.get(id).value().body == body);
        CHECK(repo.get(id).value().title == QStringLiteral("🌙"));
    }
    SECTION("a 5 MB paste is saved whole")
    {
        QString big;
        big.reserve(5 * 1024 * 1024);
        while (big.size() < 5 * 1024 * 1024) {
            big += QStringLiteral("The tide went out and came back in. ");
        }
        const qint64 id = mustCreate(repo, draft(QStringLiteral("long"), big));
        CHECK(repo.get(id).value().body == big);
        auto page = repo.listPage(std::nullopt, 10);
        REQUIRE(page.ok());
        // Read one character longer than shown: the list knows the body goes on.
        const ListPreview shown = listPreview(page.value().front().preview);
        CHECK(shown.text.size() == 280);
        CHECK(shown.cut);
    }
    SECTION("a preview says whether the body goes on, counting characters as SQLite does")
    {
        const QString wave = QStringLiteral("🌊"); // one character, two UTF-16 units
        QString exact;
        for (int i = 0; i < 140; ++i) {
            exact += wave + u'a';
        }
        mustCreate(repo, draft(QStringLiteral("exactly 280"), exact));
        auto page = repo.listPage(std::nullopt, 1);
        REQUIRE(page.ok());
        CHECK(listPreview(page.value().front().preview).text == exact);
        CHECK_FALSE(listPreview(page.value().front().preview).cut);

        tv.clock.advanceSeconds(1);
        mustCreate(repo, draft(QStringLiteral("281"), exact + wave));
        page = repo.listPage(std::nullopt, 1);
        REQUIRE(page.ok());
        CHECK(listPreview(page.value().front().preview).text == exact);
        CHECK(listPreview(page.value().front().preview).cut);
    }
    SECTION("a mood outside the mood scale is refused with a message that names it")
    {
        EntryDraft d = draft(QStringLiteral("x"), {});
        d.mood = MoodScale::kMax + 1;
        auto r = repo.create(d);
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::InvalidInput);
        CHECK(r.error().message == QStringLiteral("Mood goes from 0 to 10."));
        d.mood = MoodScale::kMin - 1;
        CHECK(repo.create(d).code() == ErrorCode::InvalidInput);
        d.mood = MoodScale::kMax;
        CHECK(repo.create(d).ok());
    }
    SECTION("the snippet markers never get into stored text")
    {
        const qint64 id = mustCreate(repo, draft(QStringLiteral("a\uFDD0b"), QStringLiteral("c\uFDD1d")));
        CHECK(repo.get(id).value().title == QStringLiteral("ab"));
        CHECK(repo.get(id).value().body == QStringLiteral("cd"));
    }
    SECTION("tags with spaces stay one tag; commas separate tags")
    {
        EntryDraft d = draft(QStringLiteral("t"), {});
        d.tags = {QStringLiteral("  after   the call "), QStringLiteral("a,b, ,B"), QStringLiteral("\u200B")};
        const qint64 id = mustCreate(repo, d);
        CHECK(repo.get(id).value().tags
            == QStringList{QStringLiteral("a"), QStringLiteral("after the call"), QStringLiteral("b")});
    }
}

TEST_CASE("Deleting removes the words from the index and the disk, undo brings the entry back", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);
    const QString sentinel = QStringLiteral("zebracrossingsentinel");
    EntryDraft d = draft(QStringLiteral("Gone"), QStringLiteral("words ") + sentinel);
    d.tags = {QStringLiteral("keep")};
    const qint64 id = mustCreate(repo, d);
    const qint64 other = mustCreate(repo, draft(QStringLiteral("Stays"), QStringLiteral("words")));

    // The probe below finds the term while the entry exists, so finding nothing later means something.
    const char* termProbe
        = "SELECT count(*) FROM entry_fts_data WHERE instr(CAST(block AS TEXT), 'zebracrossing') > 0;";
    {
        auto before = tv.vault->database().prepare(termProbe);
        REQUIRE(before.ok());
        REQUIRE(before.value().step().ok());
        REQUIRE(before.value().columnInt(0) > 0);
    }

    const auto termsInIndex = [&] {
        auto probe = tv.vault->database().prepare(termProbe);
        REQUIRE(probe.ok());
        REQUIRE(probe.value().step().ok());
        return probe.value().columnInt(0);
    };

    auto removed = repo.remove(id);
    REQUIRE(removed.ok());
    CHECK(removed.value().body.contains(sentinel));
    CHECK(repo.get(id).code() == ErrorCode::NotFound);
    CHECK(repo.search(SearchQuery::forText(sentinel)).value().empty());
    CHECK(repo.count().value() == 1);
    // The quick half is done: the words wait to leave the index, and no search finds them.
    CHECK(JournalRepository::deletedWordsWaiting(tv.vault->database()).value() == 1);
    CHECK(termsInIndex() > 0);
    CHECK(repo.search(SearchQuery::forText(QStringLiteral("words"))).value().size() == 1);

    SECTION("undo before the words have left brings the entry back once")
    {
        REQUIRE(repo.restore(removed.value()).ok());
        CHECK(JournalRepository::deletedWordsWaiting(tv.vault->database()).value() == 0);
        CHECK(repo.search(SearchQuery::forText(sentinel)).value().size() == 1);
        CHECK(repo.search(SearchQuery::forText(QStringLiteral("words"))).value().size() == 2);
        CHECK(tv.vault->database().exec("INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1);").ok());
        REQUIRE(repo.remove(id).ok());
        CHECK(JournalRepository::deletedWordsWaiting(tv.vault->database()).value() == 1);
    }
    SECTION("a lock removes words still waiting")
    {
        tv.vault->lock();
        REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
        CHECK(JournalRepository::deletedWordsWaiting(tv.vault->database()).value() == 0);
        CHECK(termsInIndex() == 0);
        return;
    }
    SECTION("an unlock removes words a crash left waiting")
    {
        tv.vault->database().close(); // as a kill would leave it: no lock ran
        tv.restart();
        REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
        CHECK(JournalRepository::deletedWordsWaiting(tv.vault->database()).value() == 0);
        CHECK(termsInIndex() == 0);
        return;
    }

    REQUIRE(JournalRepository::removeDeletedWords(tv.vault->database()).ok());
    CHECK(JournalRepository::deletedWordsWaiting(tv.vault->database()).value() == 0);
    CHECK(tv.vault->database().exec("INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1);").ok());
    // Nothing waits: a second run writes nothing and succeeds.
    CHECK(JournalRepository::removeDeletedWords(tv.vault->database()).ok());

    // The index's own tables hold no trace of the deleted term.
    auto terms = tv.vault->database().prepare(termProbe);
    REQUIRE(terms.ok());
    REQUIRE(terms.value().step().ok());
    CHECK(terms.value().columnInt(0) == 0);
    // And secure-delete is off again: only that second step switches it on, for its own transaction.
    auto config = tv.vault->database().queryFirst("SELECT v FROM entry_fts_config WHERE k = 'secure-delete';");
    REQUIRE(config.ok());
    CHECK((!config.value() || config.value()->columnInt(0) == 0));

    SECTION("undo restores the same id, text, tags and times")
    {
        REQUIRE(repo.restore(removed.value()).ok());
        auto back = repo.get(id);
        REQUIRE(back.ok());
        CHECK(back.value().body == removed.value().body);
        CHECK(back.value().tags == QStringList{QStringLiteral("keep")});
        CHECK(back.value().createdAt == removed.value().createdAt);
        CHECK(repo.search(SearchQuery::forText(sentinel)).value().size() == 1);
    }
    SECTION("a new entry never takes the deleted id")
    {
        CHECK(mustCreate(repo, draft(QStringLiteral("new"), {})) > other);
    }
}

TEST_CASE("The list pages by day, newest first, without skipping or repeating", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);
    // 3 entries a day over 40 days, written in scrambled order.
    for (int i = 0; i < 120; ++i) {
        const int dayOffset = (i * 7) % 40;
        tv.clock.advanceSeconds(1);
        mustCreate(repo, draft(QStringLiteral("e%1").arg(i), {}, QDate(2025, 1, 1).addDays(dayOffset)));
    }
    std::vector<EntrySummary> all;
    std::optional<ListCursor> cursor;
    for (;;) {
        auto page = repo.listPage(cursor, 25);
        REQUIRE(page.ok());
        if (page.value().empty()) {
            break;
        }
        all.insert(all.end(), page.value().begin(), page.value().end());
        cursor = ListCursor::after(page.value().back());
    }
    REQUIRE(all.size() == 120);
    for (size_t i = 1; i < all.size(); ++i) {
        const bool ordered
            = all[i - 1].day > all[i].day || (all[i - 1].day == all[i].day && all[i - 1].createdAt >= all[i].createdAt);
        CHECK(ordered);
        CHECK(all[i - 1].id != all[i].id);
    }
    auto ranged = repo.listPage(std::nullopt, 100, QDate(2025, 1, 5), QDate(2025, 1, 6));
    REQUIRE(ranged.ok());
    CHECK(ranged.value().size() == 6);
}

TEST_CASE("On this day shows the same date in earlier years", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);
    mustCreate(repo, draft(QStringLiteral("2024"), {}, QDate(2024, 3, 14)));
    mustCreate(repo, draft(QStringLiteral("2021"), {}, QDate(2021, 3, 14)));
    mustCreate(repo, draft(QStringLiteral("today"), {}, QDate(2026, 3, 14)));
    mustCreate(repo, draft(QStringLiteral("other day"), {}, QDate(2024, 3, 15)));
    mustCreate(repo, draft(QStringLiteral("a draft"), {}, QDate(2023, 3, 14)), true);
    mustCreate(repo, draft(QStringLiteral("leap"), {}, QDate(2024, 2, 29)));
    EntryDraft covered
        = draft(QStringLiteral("sensitive"), QStringLiteral("not to be met unasked"), QDate(2025, 3, 14));
    covered.sensitive = true;
    const qint64 coveredId = mustCreate(repo, covered);

    auto rows = repo.onThisDay(QDate(2026, 3, 14));
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 2); // neither the draft nor the sensitive entry
    CHECK(rows.value()[0].title == QStringLiteral("2024"));
    CHECK(rows.value()[1].title == QStringLiteral("2021"));

    // Marked sensitive later, an entry leaves "on this day" too; unmarked, it comes back.
    covered.sensitive = false;
    REQUIRE(repo.update(coveredId, covered).ok());
    REQUIRE(repo.onThisDay(QDate(2026, 3, 14)).value().size() == 3);
    covered.sensitive = true;
    REQUIRE(repo.update(coveredId, covered).ok());
    REQUIRE(repo.onThisDay(QDate(2026, 3, 14)).value().size() == 2);

    auto leap = repo.onThisDay(QDate(2027, 2, 28));
    REQUIRE(leap.ok());
    REQUIRE(leap.value().size() == 1);
    CHECK(leap.value()[0].title == QStringLiteral("leap"));
}

TEST_CASE("Drafts are found again after a restart", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);
    CHECK_FALSE(repo.latestDraft().value().has_value());
    mustCreate(repo, draft(QStringLiteral("saved"), {}));
    const qint64 id = mustCreate(repo, draft({}, QStringLiteral("half a thought")), true);
    tv.restart();
    REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
    JournalRepository again(tv.vault->database(), tv.clock);
    REQUIRE(again.latestDraft().ok());
    CHECK(again.latestDraft().value() == id);
    REQUIRE(again.update(id, draft({}, QStringLiteral("a whole thought"))).ok());
    CHECK_FALSE(again.latestDraft().value().has_value());
}

TEST_CASE("Tags are renamed, merged and deleted", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);
    TagRepository tags(tv.vault->database());
    EntryDraft a = draft(QStringLiteral("a"), {});
    a.tags = {QStringLiteral("sleep"), QStringLiteral("night")};
    EntryDraft b = draft(QStringLiteral("b"), {});
    b.tags = {QStringLiteral("nights")};
    const qint64 ida = mustCreate(repo, a);
    const qint64 idb = mustCreate(repo, b);

    REQUIRE(tags.rename(QStringLiteral("nights"), QStringLiteral("Night")).ok()); // merges into "night"
    CHECK(repo.get(idb).value().tags == QStringList{QStringLiteral("night")});
    auto all = tags.all();
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 2);
    CHECK(all.value()[0].name == QStringLiteral("night"));
    CHECK(all.value()[0].entryCount == 2);

    REQUIRE(tags.rename(QStringLiteral("sleep"), QStringLiteral("  rest  well ")).ok());
    CHECK(repo.get(ida).value().tags == QStringList{QStringLiteral("night"), QStringLiteral("rest well")});

    REQUIRE(tags.merge(QStringLiteral("rest well"), QStringLiteral("night")).ok());
    CHECK(repo.get(ida).value().tags == QStringList{QStringLiteral("night")});

    REQUIRE(tags.remove(QStringLiteral("NIGHT")).ok());
    CHECK(repo.get(ida).value().tags.isEmpty());
    CHECK(repo.count().value() == 2);

    CHECK(tags.rename(QStringLiteral("missing"), QStringLiteral("x")).code() == ErrorCode::NotFound);
    CHECK(tags.remove(QStringLiteral("missing")).code() == ErrorCode::NotFound);
    CHECK(tags.rename(QStringLiteral("night"), QStringLiteral(" , ")).code() == ErrorCode::InvalidInput);
}

TEST_CASE("Journal text, drafts included, is never in plain text on disk", "[journal]")
{
    TestVault tv;
    JournalRepository repo(tv.vault->database(), tv.clock);
    const QString sentinel = QStringLiteral("TIDELINE-JOURNAL-SENTINEL-4411");
    EntryDraft d = draft(sentinel, sentinel);
    d.tags = {sentinel};
    mustCreate(repo, d, true);
    mustCreate(repo, draft(QStringLiteral("x"), sentinel));
    CHECK(filesContaining(tv.dir.path(), sentinel).isEmpty());
    tv.vault->lock();
    CHECK(filesContaining(tv.dir.path(), sentinel).isEmpty());
}

TEST_CASE("Word count counts words in any script", "[journal]")
{
    CHECK(EntryText::wordCount(QString()) == 0);
    CHECK(EntryText::wordCount(QStringLiteral("  one two\nthree  ")) == 3);
    CHECK(EntryText::wordCount(QStringLiteral("don't stop")) == 2);
    CHECK(EntryText::wordCount(QStringLiteral("שלום עולם 🌊")) == 2);
}

TEST_CASE("A tag keeps the joiners inside an emoji or a word and drops invisible characters elsewhere", "[journal]")
{
    const QString family = QStringLiteral("👩\u200D👧 family");
    CHECK(EntryText::normalizeTag(family) == family);
    CHECK(EntryText::normalizeTag(QStringLiteral("\u200Dsleep\u200C ")) == QStringLiteral("sleep"));
    CHECK(EntryText::normalizeTag(QStringLiteral("hard \u200D day")) == QStringLiteral("hard day"));
    CHECK(EntryText::normalizeTag(QStringLiteral("mi\u200Cdo")) == QStringLiteral("mi\u200Cdo")); // Persian-style ZWNJ
    CHECK(EntryText::normalizeTag(QStringLiteral("zero\u200Bwidth\uFEFF")) == QStringLiteral("zerowidth"));
    CHECK(EntryText::normalizeTag(QStringLiteral("\u200D\u200C")).isEmpty());

    TestVault tv;
    TagRepository tags(tv.vault->database());
    const auto first = tags.ensure(family);
    REQUIRE(first.ok());
    CHECK(tags.ensure(QStringLiteral("  ") + family).value() == first.value());
    CHECK(tags.ensure(QStringLiteral("\u200B ,")).code() == ErrorCode::InvalidInput);
}

TEST_CASE("On this day is the person's choice: on by default, off for good, or set aside for a day", "[journal]")
{
    TestVault tv;
    OnThisDaySetting setting(tv.vault->database());
    const QDate today(2026, 3, 14);
    CHECK(setting.isOn().value());
    CHECK(setting.showsOn(today).value());

    REQUIRE(setting.setAside(today).ok());
    CHECK(setting.isOn().value());
    CHECK(setting.isSetAside(today).value());
    CHECK_FALSE(setting.showsOn(today).value());
    CHECK(setting.showsOn(today.addDays(1)).value()); // back the next day
    CHECK(setting.setAside(QDate()).code() == ErrorCode::InvalidInput);

    REQUIRE(setting.setOn(false).ok());
    CHECK_FALSE(setting.showsOn(today.addDays(1)).value());
    tv.restart(); // kept in the vault, across a restart
    REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
    OnThisDaySetting again(tv.vault->database());
    CHECK_FALSE(again.isOn().value());
    REQUIRE(again.setOn(true).ok());
    CHECK(again.showsOn(today.addDays(1)).value());
}
