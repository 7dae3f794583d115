import QtQuick
import QtTest
import Tideline
import Tideline.App

// Layout: the journal's list (with "on this day" holding long, right-to-left and emoji
// entries), its search results, and the editor for a new and for an existing entry, at a phone,
// a laptop and a desktop size in light and dark (LayoutWalker.js).
TestCase {
    id: testCase
    name: "LayoutJournal"
    width: 1024
    height: 640
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    LayoutCheck { id: layout; testCase: testCase }
    ThemedHost { id: host }
    SecretEntry { id: typed }
    JournalEditor { id: writer }

    readonly property string longTitle: "The long walk by the estuary after the hearing, and what the heron did"
    readonly property string hebrew: "היום הלכתי לאורך הנהר. המים היו שקטים, ואני נשמתי לאט."

    // 'YYYY-MM-DD' of today's date `years` years ago (test code: the app does no date arithmetic in QML).
    function sameDateYearsAgo(years) {
        const d = new Date()
        d.setFullYear(d.getFullYear() - years)
        return Qt.formatDate(d, "yyyy-MM-dd")
    }

    function write(day, title, body, sensitive) {
        writer.startNew()
        writer.day = day
        writer.title = title
        writer.body = body
        writer.sensitive = sensitive === true
        verify(writer.finish(), writer.lastError)
    }

    function initTestCase() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
        write(sameDateYearsAgo(1), testCase.longTitle,
              "A long first line that goes on and on without a break, about the tide and the mud and the birds 🌊🐦 "
              + "and then some more words so that the preview needs two lines and an ellipsis at the end.")
        write(sameDateYearsAgo(2), "", testCase.hebrew + "\nAnd a second paragraph in English.")
        write(sameDateYearsAgo(3), "Not for today", "Covered words.", true)
    }

    function openJournal() {
        const home = createTemporaryObject(homePage, host)
        home.openSection(1)
        tryVerify(() => findChild(home, "journalList") !== null)
        return home
    }

    function test_1_listWithOnThisDay() {
        const home = openJournal()
        const card = findChild(home, "onThisDayCard")
        tryVerify(() => card.visible)
        // Any save elsewhere reloads the card's rows (the rows of issue 12 collapsed then).
        write(sameDateYearsAgo(5), "Five years ago", "Reloaded rows.")
        layout.verifyLayout("journal-list", home, () => {
            findChild(home, "journalList").positionViewAtBeginning()
            layout.settle(home)
            // Each row is as wide as the card's inside, so all of it is the click target.
            const rows = []
            const find = (item) => {
                for (let i = 0; i < item.children.length; ++i) {
                    if (item.children[i].objectName === "onThisDayRow")
                        rows.push(item.children[i])
                    find(item.children[i])
                }
            }
            find(card)
            compare(rows.length, 3, "the sensitive entry is not shown on this day")
            for (const row of rows)
                verify(row.width >= card.width - 2 * Theme.spaceM - 1, row.width + " in a card " + card.width)
        })
    }

    function test_2_searchResults() {
        const home = openJournal()
        findChild(home, "journalSearchField").text = "estuary"
        tryVerify(() => findChild(home, "searchResults").count > 0, 3000)
        layout.verifyLayout("journal-search", home)
        findChild(home, "journalSearchField").text = ""
    }

    function test_3_editorNewAndExisting() {
        const home = openJournal()
        const page = findChild(home, "journalList").parent
        findChild(home, "newEntryButton").clicked()
        tryVerify(() => findChild(home, "journalEditor").visible)
        layout.verifyLayout("journal-editor-new", home)
        findChild(home, "saveEntry").clicked()
        tryVerify(() => !findChild(home, "journalEditor").visible)

        // An existing entry: its day, the delete link and the word count all on the top rows.
        const rows = []
        const list = findChild(home, "journalList")
        for (let i = 0; i < list.contentItem.children.length; ++i)
            if (list.contentItem.children[i].objectName === "entryRow")
                rows.push(list.contentItem.children[i])
        verify(rows.length > 0)
        rows[0].clicked()
        tryVerify(() => findChild(home, "journalEditor").visible)
        verify(findChild(home, "deleteEntry").visible)
        layout.verifyLayout("journal-editor-existing", home)
        findChild(home, "saveEntry").clicked()
    }
}
