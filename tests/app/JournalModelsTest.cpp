#include "JournalSession.h"
#include "app/journal/JournalActions.h"
#include "app/journal/JournalListModel.h"
#include "app/journal/JournalSearchModel.h"
#include "app/journal/OnThisDayChoice.h"
#include "app/journal/OnThisDayModel.h"
#include "core/journal/JournalRepository.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>

using namespace tideline;
using namespace tideline::app;
using namespace tideline::test;

namespace {

qint64 add(JournalSession& js, const QString& title, const QString& body, QDate day, bool sensitive = false)
{
    journal::EntryDraft d;
    d.title = title;
    d.body = body;
    d.day = day;
    d.sensitive = sensitive;
    auto id = js.repo().create(d);
    REQUIRE(id.ok());
    return id.value();
}

QVariant role(const QAbstractItemModel& model, int row, const QByteArray& name)
{
    return model.data(model.index(row, 0), model.roleNames().key(name));
}

} // namespace

TEST_CASE("The journal list pages through many entries, newest day first", "[journal]")
{
    JournalSession js;
    for (int i = 0; i < 230; ++i) {
        js.fixture.clock.advanceSeconds(1);
        add(js, QStringLiteral("entry %1").arg(i), QStringLiteral("body"), QDate(2025, 12, 31).addDays(-(i / 3)));
    }
    JournalListModel model(js.vault());
    CHECK(model.rowCount() == 50); // one page, not the whole journal
    CHECK(model.totalCount() == 230);
    CHECK(model.canFetchMore({}));

    {
        // The tester fetches more itself, as a view does; it stays for the paging only, since
        // Qt 6.4's tester cannot follow a fetchMore() made from inside its own modelReset check.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
    }
    REQUIRE(model.rowCount() == 230);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(role(model, row, "entryId").toLongLong());
        if (row > 0) {
            CHECK(role(model, row - 1, "day").toString() >= role(model, row, "day").toString());
        }
    }
    CHECK(ids.size() == 230);
    CHECK(role(model, 0, "title").toString() == QStringLiteral("entry 2")); // the newest day holds 0-2
    CHECK(role(model, 0, "mood").toInt() == -1);

    SECTION("a save elsewhere shows at once")
    {
        add(js, QStringLiteral("newest"), {}, QDate(2026, 1, 1));
        CHECK(model.rowCount() == 230); // the store does not tell models by itself...
        model.reload(); // ...the editor and actions do, through JournalChanges
        CHECK(role(model, 0, "title").toString() == QStringLiteral("newest"));
        CHECK(role(model, 0, "dayLabel").toString() == QStringLiteral("Today"));
    }
    SECTION("locking drops every row")
    {
        js.session->lock();
        CHECK(model.rowCount() == 0);
    }
}

TEST_CASE("A list row whose body goes on ends at a whole word, with an ellipsis", "[journal]")
{
    JournalSession js;
    // Two paragraphs, the second cut by the preview's 280 characters in the middle of "soup".
    const QString first = QStringLiteral("I felt calm after talking with a friend.");
    const QString second
        = QStringLiteral("slow ").repeated(43) + QStringLiteral("ok ") + QStringLiteral("Later I made a warm");
    REQUIRE(first.size() + 1 + second.size() + 2 == 280); // the preview ends "warm s"
    add(js, QStringLiteral("Evening"), first + u'\n' + second + QStringLiteral(" soup, and sat by the window."),
        QDate(2025, 5, 1));
    add(js, QStringLiteral("Short"), QStringLiteral("Only this.\nAnd this."), QDate(2025, 5, 2));
    JournalListModel list(js.vault());
    REQUIRE(list.rowCount() == 2);

    const QStringList shortOne = role(list, 0, "previewParagraphs").toStringList();
    CHECK(shortOne == QStringList{QStringLiteral("Only this."), QStringLiteral("And this.")});
    const QStringList cut = role(list, 1, "previewParagraphs").toStringList();
    REQUIRE(cut.size() == 2);
    CHECK(cut[0] == first);
    CHECK(cut[1].endsWith(QStringLiteral("Later I made a warm…")));
    CHECK(role(list, 1, "preview").toString().endsWith(QStringLiteral("a warm…")));
}

TEST_CASE("Search results are styled safely and filtered", "[journal]")
{
    JournalSession js;
    const qint64 id = add(js, QStringLiteral("<i>River</i> & me"),
        QStringLiteral("<img src=x onerror=alert(1)> I walked by the river. <b>not bold</b>"), QDate(2025, 5, 1));
    add(js, QStringLiteral("Other"), QStringLiteral("nothing to see"), QDate(2025, 5, 2), true);

    JournalSearchModel model(js.vault());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.message().isEmpty());
    model.setQuery(QStringLiteral("river"));
    REQUIRE(model.rowCount() == 1);
    CHECK(role(model, 0, "entryId").toLongLong() == id);
    const QString snippet = role(model, 0, "snippetText").toString();
    CHECK(snippet.contains(QStringLiteral("<b>river</b>")));
    CHECK(snippet.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
    CHECK(snippet.contains(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt;")));
    CHECK(role(model, 0, "titleText").toString() == QStringLiteral("&lt;i&gt;<b>River</b>&lt;/i&gt; &amp; me"));

    model.setQuery(QStringLiteral("nothing"));
    REQUIRE(model.rowCount() == 1);
    CHECK(role(model, 0, "sensitive").toBool());

    model.setQuery(QStringLiteral("\"unbalanced NEAR( OR -"));
    CHECK(model.rowCount() == 0);
    CHECK(model.lastError().isEmpty());
    CHECK_FALSE(model.message().isEmpty());

    model.setQuery(QStringLiteral("🌊 -"));
    CHECK(model.rowCount() == 0);
    CHECK(model.message().contains(QStringLiteral("not searched")));

    // The box searches while the person types: the last word is the start of a word until a
    // space or a closing quote ends it.
    model.setQuery(QStringLiteral("rive"));
    CHECK(model.rowCount() == 1);
    model.setQuery(QStringLiteral("rive "));
    CHECK(model.rowCount() == 0);
    model.setQuery(QStringLiteral("\"the rive\""));
    CHECK(model.rowCount() == 0);
    model.setQuery(QStringLiteral("\"the rive"));
    CHECK(model.rowCount() == 1);

    model.setQuery(QStringLiteral("river"));
    model.setFrom(QStringLiteral("2025-05-02"));
    CHECK(model.rowCount() == 0);
    model.setFrom(QString());
    CHECK(model.rowCount() == 1);

    js.session->lock();
    CHECK(model.rowCount() == 0);
    CHECK(model.query().isEmpty());
}

TEST_CASE("Search is complete only once every match is loaded", "[journal]")
{
    JournalSession js;
    // 50 matches fill the first page exactly: only the next, empty page shows there are no more.
    for (int i = 0; i < 50; ++i) {
        add(js, QStringLiteral("Walk %1").arg(i), QStringLiteral("by the river"), QDate(2025, 5, 1).addDays(i));
    }
    for (int i = 0; i < 30; ++i) {
        add(js, QStringLiteral("Rain %1").arg(i), QStringLiteral("by the river in the rain"),
            QDate(2024, 5, 1).addDays(i));
    }
    JournalSearchModel model(js.vault());
    QSignalSpy counted(&model, &JournalSearchModel::countChanged);

    model.setQuery(QStringLiteral("rain"));
    CHECK(model.count() == 30);
    CHECK(model.complete());

    model.setQuery(QStringLiteral("river"));
    CHECK(model.count() == 50);
    CHECK_FALSE(model.complete());
    REQUIRE(model.canFetchMore({}));
    counted.clear();
    model.fetchMore({});
    CHECK(model.count() == 80);
    CHECK(model.complete());
    CHECK(counted.count() == 1);

    model.setQuery(QStringLiteral("walk"));
    CHECK(model.count() == 50);
    CHECK_FALSE(model.complete());
    counted.clear();
    model.fetchMore({});
    CHECK(model.count() == 50);
    CHECK(model.complete()); // nothing came after the full page, and the view is told
    CHECK(counted.count() == 1);
    CHECK_FALSE(model.canFetchMore({}));

    model.setQuery(QString());
    CHECK(model.count() == 0);
    CHECK(model.complete());
}

TEST_CASE("On this day lists earlier years' entries for today's date", "[journal]")
{
    JournalSession js; // the test clock says 1 January 2026
    add(js, QStringLiteral("a year ago"), {}, QDate(2025, 1, 1));
    add(js, QStringLiteral("three years ago"), {}, QDate(2023, 1, 1));
    add(js, QStringLiteral("sensitive, never shown here"), {}, QDate(2024, 1, 1), true);
    add(js, QStringLiteral("not today's date"), {}, QDate(2025, 1, 2));
    OnThisDayModel model(js.vault());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2);
    CHECK(role(model, 0, "yearsAgo").toInt() == 1);
    CHECK(role(model, 1, "yearsAgo").toInt() == 3);
    CHECK_FALSE(role(model, 1, "sensitive").toBool());
}

TEST_CASE("On this day can be set aside for today or turned off, from the card or from Settings", "[journal]")
{
    JournalSession js; // 1 January 2026
    add(js, QStringLiteral("a year ago"), {}, QDate(2025, 1, 1));
    OnThisDayModel model(js.vault());
    OnThisDayChoice choice(js.vault());
    OnThisDayChoice settingsSwitch(js.vault()); // the same choice, as Settings shows it
    QSignalSpy settingsSaw(&settingsSwitch, &OnThisDayChoice::changed);
    CHECK(choice.turnedOn());
    CHECK_FALSE(choice.setAsideToday());
    REQUIRE(model.rowCount() == 1);

    choice.setAsideForToday();
    CHECK(choice.setAsideToday());
    CHECK(choice.turnedOn());
    CHECK(model.rowCount() == 0); // gone at once, and nothing was read

    js.fixture.clock.advanceSeconds(24 * 3600); // the next day it is back
    model.reload();
    choice.reload();
    CHECK_FALSE(choice.setAsideToday());
    CHECK(model.rowCount() == 0); // 2 January: nothing written on that date before

    js.fixture.clock.advanceSeconds(-24 * 3600);
    choice.reload();
    CHECK(choice.setAsideToday());
    js.fixture.clock.advanceSeconds(365 * 24 * 3600); // 1 January 2027
    model.reload();
    REQUIRE(model.rowCount() == 1);

    choice.setTurnedOn(false);
    CHECK_FALSE(choice.turnedOn());
    CHECK(model.rowCount() == 0);
    settingsSwitch.reload();
    CHECK_FALSE(settingsSwitch.turnedOn());
    settingsSwitch.setTurnedOn(true);
    CHECK(model.rowCount() == 1);

    js.session->lock();
    choice.reload();
    CHECK_FALSE(choice.turnedOn()); // nothing is known while locked
    choice.setAsideForToday();
    CHECK(choice.lastError().contains(QStringLiteral("locked")));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Delete has an undo that lives only in memory and only for a while", "[journal]")
{
    JournalSession js;
    const qint64 id = add(js, QStringLiteral("to delete"), QStringLiteral("words"), QDate(2025, 5, 1));
    JournalActions actions(js.vault());
    JournalListModel list(js.vault());
    REQUIRE(list.rowCount() == 1);

    REQUIRE(actions.deleteEntry(id));
    CHECK(actions.undoAvailable());
    CHECK(actions.undoMessage() == QStringLiteral("Entry deleted."));
    CHECK(list.rowCount() == 0);
    CHECK(js.repo().get(id).code() == ErrorCode::NotFound);
    // The words leave the index off the window's thread, without anyone asking.
    const auto wordsWaiting
        = [&] { return journal::JournalRepository::deletedWordsWaiting(databaseOf(*js.session)).value(); };
    CHECK(waitUntil([&] { return wordsWaiting() == 0; }, 5000));

    SECTION("undo brings it back")
    {
        REQUIRE(actions.undoDelete());
        CHECK_FALSE(actions.undoAvailable());
        CHECK(list.rowCount() == 1);
        CHECK(js.repo().get(id).ok());
    }
    SECTION("the undo window ends")
    {
        actions.setUndoSeconds(1);
        actions.deleteEntry(add(js, QStringLiteral("second"), {}, QDate(2025, 5, 2)));
        REQUIRE(waitUntil([&] { return !actions.undoAvailable(); }, 3000));
        CHECK_FALSE(actions.undoDelete());
    }
    SECTION("deletes one after another, and an undo at once, all wait their turn")
    {
        const qint64 a = add(js, QStringLiteral("a"), QStringLiteral("first words"), QDate(2025, 5, 2));
        const qint64 b = add(js, QStringLiteral("b"), QStringLiteral("second words"), QDate(2025, 5, 3));
        REQUIRE(actions.deleteEntry(a));
        REQUIRE(actions.deleteEntry(b)); // while a's words may still be leaving
        REQUIRE(actions.undoDelete());
        CHECK(js.repo().get(b).ok());
        CHECK(waitUntil([&] { return wordsWaiting() == 0; }, 5000));
        CHECK(js.repo().search(journal::SearchQuery::forText(QStringLiteral("second"))).value().size() == 1);
        CHECK(js.repo().search(journal::SearchQuery::forText(QStringLiteral("first"))).value().empty());
    }
    SECTION("locking ends it at once")
    {
        js.session->lock();
        CHECK_FALSE(actions.undoAvailable());
        js.unlock();
        CHECK_FALSE(actions.undoDelete());
        CHECK(js.repo().get(id).code() == ErrorCode::NotFound);
    }
}

TEST_CASE("A draft left behind is offered, kept or set aside", "[journal]")
{
    JournalSession js;
    journal::EntryDraft d;
    d.body = QStringLiteral("half a thought");
    const qint64 id = js.repo().create(d, true).value();
    JournalActions actions(js.vault());
    CHECK(actions.draftId() == id);

    SECTION("kept as it is")
    {
        REQUIRE(actions.keepDraft());
        CHECK(actions.draftId() == 0);
        CHECK_FALSE(js.repo().get(id).value().isDraft);
    }
    SECTION("set aside for now, still a draft")
    {
        actions.setDraftAside();
        CHECK(actions.draftId() == 0);
        actions.refreshDraft();
        CHECK(actions.draftId() == 0);
        CHECK(js.repo().get(id).value().isDraft);
    }
}

TEST_CASE("Tags can be renamed, merged and deleted from the page", "[journal]")
{
    JournalSession js;
    journal::EntryDraft d;
    d.title = QStringLiteral("t");
    d.tags = {QStringLiteral("sleep"), QStringLiteral("nights")};
    const qint64 id = js.repo().create(d).value();
    JournalActions actions(js.vault());
    CHECK(actions.tagNames() == QStringList{QStringLiteral("nights"), QStringLiteral("sleep")});
    REQUIRE(actions.renameTag(QStringLiteral("nights"), QStringLiteral("night")));
    CHECK(actions.tagNames() == QStringList{QStringLiteral("night"), QStringLiteral("sleep")});
    REQUIRE(actions.mergeTag(QStringLiteral("night"), QStringLiteral("sleep")));
    CHECK(actions.tagNames() == QStringList{QStringLiteral("sleep")});
    REQUIRE(actions.deleteTag(QStringLiteral("sleep")));
    CHECK(actions.tagNames().isEmpty());
    CHECK(js.repo().get(id).value().tags.isEmpty());
    CHECK_FALSE(actions.renameTag(QStringLiteral("missing"), QStringLiteral("x")));
    CHECK_FALSE(actions.lastError().isEmpty());
}
