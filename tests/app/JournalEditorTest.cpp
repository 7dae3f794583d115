#include "app/journal/JournalEditor.h"
#include "JournalSession.h"

#include "FileProbe.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace tideline;
using namespace tideline::app;
using namespace tideline::test;
using SaveState = JournalEditor::SaveState;

namespace {

QString storedBody(JournalSession& js, qint64 id)
{
    auto entry = js.repo().get(id);
    return entry ? entry.value().body : QString();
}

} // namespace

TEST_CASE("Typing is saved as a draft within a second, also while typing goes on", "[journal]")
{
    JournalSession js;
    JournalEditor editor(js.vault());
    editor.startNew();
    CHECK(editor.active());
    CHECK(editor.dayLabel() == QStringLiteral("Today"));

    editor.setBody(QStringLiteral("first words"));
    CHECK(editor.saveState() == SaveState::Unsaved);
    QElapsedTimer timer;
    timer.start();
    REQUIRE(waitUntil([&] { return editor.saveState() == SaveState::Saved; }, 2000));
    CHECK(timer.elapsed() < 1000);
    REQUIRE(editor.entryId() > 0);
    CHECK(storedBody(js, editor.entryId()) == QStringLiteral("first words"));
    CHECK(js.repo().get(editor.entryId()).value().isDraft);

    // A key every 100 ms for two seconds never pauses long enough for a debounce; the text
    // must reach the disk anyway.
    QString typed = QStringLiteral("first words");
    QElapsedTimer typing;
    typing.start();
    QString typedOneSecondAgo;
    while (typing.elapsed() < 2000) {
        typed += u'x';
        editor.setBody(typed);
        waitUntil([] { return false; }, 100);
        if (typing.elapsed() < 1000) {
            typedOneSecondAgo = typed;
        }
    }
    CHECK(storedBody(js, editor.entryId()).startsWith(typedOneSecondAgo));
    CHECK(storedBody(js, editor.entryId()).size() > typedOneSecondAgo.size());
}

TEST_CASE("Locking saves what was typed at once, and the draft is there after unlocking", "[journal]")
{
    JournalSession js;
    JournalEditor editor(js.vault());
    editor.setAutosaveDelay(1000);
    editor.startNew();
    editor.setTitle(QStringLiteral("typed just now"));
    editor.setBody(QStringLiteral("the last keystroke"));
    js.session->lock(); // as auto-lock and quick exit do
    CHECK_FALSE(editor.active());
    CHECK(editor.body().isEmpty()); // nothing of it stays in memory while locked

    js.unlock();
    auto draft = js.repo().latestDraft();
    REQUIRE(draft.ok());
    REQUIRE(draft.value().has_value());
    CHECK(storedBody(js, *draft.value()) == QStringLiteral("the last keystroke"));

    SECTION("opening it continues it, and finishing makes it an ordinary entry")
    {
        REQUIRE(editor.open(*draft.value()));
        CHECK(editor.title() == QStringLiteral("typed just now"));
        QSignalSpy finished(&editor, &JournalEditor::finished);
        REQUIRE(editor.finish());
        CHECK(finished.count() == 1);
        CHECK_FALSE(js.repo().get(*draft.value()).value().isDraft);
        CHECK_FALSE(js.repo().latestDraft().value().has_value());
    }
}

TEST_CASE("Quick exit saves the draft too", "[journal]")
{
    JournalSession js;
    JournalEditor editor(js.vault());
    editor.startNew();
    editor.setBody(QStringLiteral("written right before quick exit"));
    js.session->quickExit();
    js.unlock();
    auto draft = js.repo().latestDraft();
    REQUIRE(draft.value().has_value());
    CHECK(storedBody(js, *draft.value()) == QStringLiteral("written right before quick exit"));
}

TEST_CASE("An empty entry is not kept, a title only is", "[journal]")
{
    JournalSession js;
    JournalEditor editor(js.vault());
    QSignalSpy finished(&editor, &JournalEditor::finished);

    editor.startNew();
    editor.setBody(QStringLiteral(" \n\u200B "));
    CHECK(editor.saveDraftNow());
    CHECK(editor.entryId() == 0);
    REQUIRE(editor.finish());
    REQUIRE(finished.count() == 1);
    CHECK(finished.takeFirst().at(0).toLongLong() == 0);
    CHECK(js.repo().count().value() == 0);

    editor.startNew();
    editor.setTitle(QStringLiteral("Only a title"));
    REQUIRE(editor.finish());
    CHECK(js.repo().count().value() == 1);

    SECTION("emptying a saved entry asks for it to be deleted, with undo")
    {
        const qint64 id = finished.takeFirst().at(0).toLongLong();
        REQUIRE(editor.open(id));
        QSignalSpy emptied(&editor, &JournalEditor::emptied);
        editor.setTitle(QString());
        editor.saveDraftNow(); // an autosave of nothing leaves the stored text alone
        CHECK(js.repo().get(id).value().title == QStringLiteral("Only a title"));
        REQUIRE(editor.finish());
        REQUIRE(emptied.count() == 1);
        CHECK(emptied.first().at(0).toLongLong() == id);
    }
}

TEST_CASE("The editor keeps bad input as typed", "[journal]")
{
    JournalSession js;
    JournalEditor editor(js.vault());
    editor.startNew();

    SECTION("a 5 MB paste")
    {
        QString big;
        while (big.size() < 5 * 1024 * 1024) {
            big += QStringLiteral("A long, long paste of words. ");
        }
        editor.setBody(big);
        REQUIRE(editor.saveDraftNow());
        CHECK(storedBody(js, editor.entryId()) == big);
        REQUIRE(waitUntil([&] { return editor.wordCount() > 1000000; }, 3000));
    }
    SECTION("emoji, right-to-left and zero-width text")
    {
        const QString text = QStringLiteral("🌊🫶🏽 שלום مرحبا zero\u200Bwidth 👩\u200D👧");
        editor.setTitle(text);
        editor.setBody(text);
        REQUIRE(editor.finish());
        auto page = js.repo().listPage(std::nullopt, 1);
        REQUIRE(page.ok());
        auto entry = js.repo().get(page.value().front().id);
        CHECK(entry.value().title == text);
        CHECK(entry.value().body == text);
    }
    SECTION("tags with spaces and commas, and mood out of range")
    {
        editor.addTags(QStringLiteral("hard day, sleep ,, "));
        editor.addTags(QStringLiteral("Sleep"));
        CHECK(editor.tags() == QStringList{QStringLiteral("hard day"), QStringLiteral("sleep")});
        editor.removeTag(QStringLiteral("sleep"));
        CHECK(editor.tags() == QStringList{QStringLiteral("hard day")});
        editor.setMood(42);
        CHECK(editor.mood() == -1);
        editor.setMood(7);
        CHECK(editor.mood() == 7);
    }
}

TEST_CASE("Writing from a prompt keeps the prompt's key", "[journal]")
{
    JournalSession js;
    JournalEditor editor(js.vault());
    editor.startNew(QStringLiteral("small-kindness"), QStringLiteral("What was one small kindness today?"));
    CHECK(editor.promptText() == QStringLiteral("What was one small kindness today?"));
    editor.setBody(QStringLiteral("A neighbour waved."));
    editor.setSensitive(true);
    const QSignalSpy finished(&editor, &JournalEditor::finished);
    REQUIRE(editor.finish());
    auto entry = js.repo().get(finished.first().at(0).toLongLong());
    CHECK(entry.value().promptKey == QStringLiteral("small-kindness"));
    CHECK(entry.value().sensitive);
}

TEST_CASE("An entry can be about another day than the one it is written on", "[journal]")
{
    JournalSession js;
    JournalEditor editor(js.vault());
    editor.startNew();
    const QDate today = js.repo().today();
    CHECK(editor.day() == today.toString(Qt::ISODate));
    editor.setBody(QStringLiteral("Last night was hard."));

    editor.setDay(today.addDays(1).toString(Qt::ISODate)); // not yet: refused, day unchanged
    CHECK(editor.day() == today.toString(Qt::ISODate));
    editor.setDay(QStringLiteral("not a day"));
    CHECK(editor.day() == today.toString(Qt::ISODate));

    editor.setDay(today.addDays(-1).toString(Qt::ISODate));
    CHECK(editor.dayLabel() == QStringLiteral("Yesterday"));
    const QSignalSpy finished(&editor, &JournalEditor::finished);
    REQUIRE(editor.finish());
    CHECK(js.repo().get(finished.first().at(0).toLongLong()).value().day == today.addDays(-1));
}

TEST_CASE("A draft's text is never in plain text on disk", "[journal]")
{
    JournalSession js;
    const QString sentinel = QStringLiteral("TIDELINE-DRAFT-SENTINEL-9921");
    JournalEditor editor(js.vault());
    editor.startNew();
    editor.setTitle(sentinel);
    editor.setBody(sentinel + QStringLiteral(" more"));
    editor.addTags(sentinel);
    REQUIRE(waitUntil([&] { return editor.saveState() == SaveState::Saved; }, 2000));
    CHECK(filesContaining(js.fixture.dir.path(), sentinel).isEmpty());
    js.session->lock();
    CHECK(filesContaining(js.fixture.dir.path(), sentinel).isEmpty());
}

TEST_CASE("Words edited out of an entry leave the index without anyone asking", "[journal][privacy]")
{
    JournalSession js;
    journal::EntryDraft d;
    d.title = QStringLiteral("Tuesday");
    d.body = QStringLiteral("He said zebrawords again");
    const qint64 id = js.repo().create(d).value();
    const auto waiting
        = [&] { return journal::JournalRepository::deletedWordsWaiting(databaseOf(*js.session)).value(); };
    const auto found
        = [&](const QString& typed) { return js.repo().search(journal::SearchQuery::forText(typed)).value().size(); };
    // What someone who opened the vault could dig out of the index, whatever a search answers.
    const auto inIndex = [&] {
        auto row = databaseOf(*js.session)
                       .queryFirst(
                           "SELECT count(*) FROM entry_fts_data WHERE instr(CAST(block AS TEXT), 'zebrawords') > 0;");
        REQUIRE(row.ok());
        return row.value()->columnInt(0);
    };
    REQUIRE(inIndex() > 0);

    JournalEditor editor(js.vault());
    REQUIRE(editor.open(id));
    editor.setBody(QStringLiteral("I would rather not keep that"));

    SECTION("after an autosave")
    {
        REQUIRE(waitUntil([&] { return editor.saveState() == SaveState::Saved; }, 3000));
        CHECK(waitUntil([&] { return waiting() == 0; }, 5000));
        CHECK(inIndex() == 0);
        CHECK(found(QStringLiteral("rather")) == 1);
        CHECK(found(QStringLiteral("zebrawords")) == 0);
        CHECK(found(QStringLiteral("Tuesday")) == 1);
    }
    SECTION("when the editor closes: the search right after finds it by its new words")
    {
        REQUIRE(editor.finish()); // the lists and the search are read again at this moment
        CHECK(waiting() == 0);
        CHECK(found(QStringLiteral("rather")) == 1);
        CHECK(inIndex() == 0);
    }
    SECTION("when the vault locks before the autosave")
    {
        js.session->lock(); // the editor saves as the vault closes; the lock takes the old words
        js.unlock();
        CHECK(waiting() == 0);
        CHECK(inIndex() == 0);
        CHECK(storedBody(js, id) == QStringLiteral("I would rather not keep that"));
        CHECK(found(QStringLiteral("rather")) == 1);
    }
}
