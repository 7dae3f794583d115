import QtQuick
import QtTest
import Tideline
import Tideline.App

// Search: typed words find entries with the matches in bold, odd input is harmless, sensitive
// results stay covered, a result opens its entry, and Ctrl+F / Escape work from the keyboard.
TestCase {
    id: testCase
    name: "JournalSearch"
    width: 360
    height: 740
    visible: true
    when: windowShown

    Component { id: journalPage; JournalPage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }
    JournalEditor { id: writer }

    function write(title, body, sensitive, tags) {
        writer.startNew("", "")
        writer.title = title
        writer.body = body
        writer.sensitive = sensitive
        if (tags)
            writer.addTags(tags)
        verify(writer.finish())
    }

    function initTestCase() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
        write("By the river", "<b>not markup</b> I walked by the river and it was calm.", false, "walks, calm")
        write("Night", "The river again in a dream.", true)
        write("Other", "Nothing about water.", false)
    }

    function results(page) {
        const list = findChild(page, "searchResults")
        const rows = []
        const children = list.contentItem.children
        for (let i = 0; i < children.length; ++i)
            if (children[i].objectName === "searchResult" && children[i].visible)
                rows.push(children[i])
        return rows
    }

    function test_searchFindsAndHighlights() {
        const page = createTemporaryObject(journalPage, testCase)
        keyClick(Qt.Key_F, Qt.ControlModifier)
        const field = findChild(page, "journalSearchField")
        tryVerify(() => field.activeFocus)
        for (const c of "river")
            keyClick(c)
        tryVerify(() => results(page).length === 2)
        verify(findChild(page, "searchResults").visible)
        verify(!findChild(page, "journalList").visible)

        const first = results(page).find(r => !r.sensitive)
        const snippet = findChild(first, "resultSnippet")
        verify(snippet.text.indexOf("<b>river</b>") >= 0, snippet.text)
        verify(snippet.text.indexOf("&lt;b&gt;not markup&lt;/b&gt;") >= 0, snippet.text)

        const covered = results(page).find(r => r.sensitive)
        verify(findChild(covered, "revealSensitive").visible)

        mouseClick(first)
        tryVerify(() => findChild(page, "journalEditor").visible)
        compare(findChild(page, "entryTitle").text, "By the river")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !findChild(page, "journalEditor").visible)
    }

    // More than a page of matches: the line above them says they are the first ones until the
    // last page has loaded, then how many there are.
    function test_countSaysWhenMoreAreStillToLoad() {
        for (let i = 0; i < 51; ++i)
            write("Pebble " + i, "A smooth stone.", false)
        const page = createTemporaryObject(journalPage, testCase)
        findChild(page, "journalSearchField").text = "pebble"
        const message = findChild(page, "searchMessage")
        const list = findChild(page, "searchResults")
        tryCompare(list, "count", 50)
        wait(100) // one page per search: the next loads only when scrolled to (one search a keystroke)
        compare(list.count, 50)
        compare(message.text, "Showing the first 50 entries found")
        list.positionViewAtEnd()
        tryCompare(list, "count", 51)
        tryCompare(message, "text", "51 entries found")
    }

    // An entry opened from the results and changed: back at the results it is still there, and
    // found by its new words. (Its old words leave the index as the editor closes; until they have,
    // no search finds it, so the results read at that moment must come after.)
    function test_anEditedResultIsStillFound() {
        const page = createTemporaryObject(journalPage, testCase)
        const field = findChild(page, "journalSearchField")
        field.text = "river"
        tryVerify(() => results(page).length === 2)
        mouseClick(results(page).find(r => !r.sensitive))
        tryVerify(() => findChild(page, "journalEditor").visible)
        const body = findChild(page, "entryBody")
        body.forceActiveFocus()
        keyClick(Qt.Key_End, Qt.ControlModifier)
        for (const c of " A heron")
            keyClick(c)
        mouseClick(findChild(page, "saveEntry"))
        tryVerify(() => !findChild(page, "journalEditor").visible)
        tryVerify(() => results(page).length === 2)
        field.text = "heron"
        tryVerify(() => results(page).length === 1)
        compare(findChild(results(page)[0], "resultTitle").text, "By the river")
    }

    function test_oddQueriesAreHarmless_data() {
        return [ { tag: "quote", q: "\"" }, { tag: "near", q: "NEAR(river" }, { tag: "or", q: "OR river" },
                 { tag: "hyphen", q: "-" }, { tag: "star", q: "*" }, { tag: "emoji", q: "🌊" },
                 { tag: "rtl", q: "שלום" }, { tag: "parens", q: "(river)" } ]
    }
    function test_oddQueriesAreHarmless(data) {
        const page = createTemporaryObject(journalPage, testCase)
        const field = findChild(page, "journalSearchField")
        field.text = data.q
        const message = findChild(page, "searchMessage")
        tryVerify(() => message.text.length > 0)
        // Either results or a kind line; never an error.
        const list = findChild(page, "searchResults")
        compare(list.model.lastError, "")
    }

    function test_openAResultFromTheKeyboard() {
        const page = createTemporaryObject(journalPage, testCase)
        keyClick(Qt.Key_F, Qt.ControlModifier)
        tryVerify(() => findChild(page, "journalSearchField").activeFocus)
        for (const c of "calm")
            keyClick(c)
        tryVerify(() => results(page).length === 1)
        compare(findChild(page, "searchMessage").text, "1 entry found") // the plural form for one
        keyClick(Qt.Key_Down)
        tryVerify(() => findChild(page, "searchResults").activeFocus)
        keyClick(Qt.Key_Return)
        tryVerify(() => findChild(page, "journalEditor").visible)
        compare(findChild(page, "entryTitle").text, "By the river")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !findChild(page, "journalEditor").visible)
    }

    function test_escapeClearsTheSearch() {
        const page = createTemporaryObject(journalPage, testCase)
        const field = findChild(page, "journalSearchField")
        field.forceActiveFocus()
        for (const c of "calm")
            keyClick(c)
        tryVerify(() => findChild(page, "searchResults").visible)
        keyClick(Qt.Key_Escape)
        compare(field.text, "")
        tryVerify(() => findChild(page, "journalList").visible)
    }

    function test_filterByTagAndManageTags() {
        const page = createTemporaryObject(journalPage, testCase)
        const field = findChild(page, "journalSearchField")
        field.text = "river"
        tryVerify(() => results(page).length === 2)
        const tagChoice = findChild(page, "searchTagChoice")
        verify(tagChoice.visible)
        tagChoice.activated(tagChoice.model.indexOf("walks"))
        tryVerify(() => results(page).length === 1)
        compare(results(page)[0].sensitive, false)
        const period = findChild(page, "searchPeriodChoice")
        period.activated(1) // the past month: the test clock's today is far from now
        tryVerify(() => results(page).length <= 1)

        // Rename "walks" to "calm": the two tags become one.
        mouseClick(findChild(page, "openTagManager"))
        const manager = findChild(page, "tagManager")
        tryVerify(() => manager.opened)
        const list = findChild(manager.contentItem, "tagList")
        tryVerify(() => list.count === 2)
        tryVerify(() => list.itemAtIndex(1) !== null && list.itemAtIndex(1).height > 0)
        const row = list.itemAtIndex(1) // "walks", after "calm"
        compare(row.modelData, "walks")
        mouseClick(findChild(row, "renameTag"))
        const nameField = findChild(row, "renameField")
        tryVerify(() => nameField.activeFocus)
        nameField.selectAll()
        for (const c of "Calm")
            keyClick(c)
        keyClick(Qt.Key_Return)
        tryVerify(() => list.count === 1)
        manager.close()
    }
}
