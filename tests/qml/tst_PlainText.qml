import QtQuick
import QtTest
import Tideline
import Tideline.App

// A person's own words are shown as they were written, never as HTML: with HTML and an image
// address in an entry's title, body and tag, a hard moment's notes, a routine and every safety
// plan section (the "markup" fixture), every section, the journal's entry, its search results
// and Today's settings show them, and every item that shows them draws plain text. Rich text
// would draw the bold, and would fetch the image (the engine refuses that too: NoNetworkTest).
TestCase {
    id: testCase
    name: "PlainText"
    width: 1024
    height: 740
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    ThemedHost { id: host }
    SecretEntry { id: typed }
    JournalEditor { id: writer }

    function initTestCase() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    // Every shown item whose text holds the canary's word, and among them those that would read
    // its markup as HTML: the image tag raw in anything but plain text (a TextInput, with no
    // textFormat, is always plain). Search results are StyledText on purpose: their model
    // escapes the person's words and adds its own <b> around the word found, so there the tag
    // arrives escaped (were it raw, it would fail here).
    function showing(root, where, found, bad) {
        const walk = (item) => {
            if (!item || !item.visible)
                return
            if (typeof item.text === "string" && item.text.indexOf("Canary") >= 0) {
                found.push(where)
                const rawTag = item.text.indexOf("<img src=\"http://127.0.0.1:9/canary.png\">") >= 0
                if (rawTag && item.textFormat !== undefined && item.textFormat !== Text.PlainText)
                    bad.push(where + ": " + String(item) + (item.objectName ? "#" + item.objectName : "")
                             + " shows “" + item.text.substring(0, 60) + "” with textFormat " + item.textFormat)
            }
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i])
        }
        walk(root)
    }

    function test_everyWordShownAsWritten() {
        const found = []
        const bad = []
        for (const [index, name] of [[0, "today"], [1, "journal"], [2, "trends"], [3, "safety"], [4, "share"],
                                     [5, "settings"]]) {
            const home = createTemporaryObject(homePage, host)
            home.openSection(index)
            tryVerify(() => findChild(home, "sectionLoader").item !== null)
            wait(100)
            showing(home, name, found, bad)

            if (name === "journal") {
                // The entry, opened from the list.
                const list = findChild(home, "journalList")
                tryVerify(() => list.count > 0)
                let row = null
                tryVerify(() => {
                    for (let i = 0; i < list.contentItem.children.length; ++i) {
                        const child = list.contentItem.children[i]
                        if (child.objectName === "entryRow" && child.visible)
                            row = child
                    }
                    return row !== null
                })
                list.positionViewAtBeginning()
                wait(50)
                showing(home, "journal list", found, bad)
                const field = findChild(home, "journalSearchField")
                field.forceActiveFocus()
                for (const c of "Canary")
                    keyClick(c)
                tryVerify(() => findChild(home, "searchResults").visible)
                wait(300)
                showing(home, "journal search", found, bad)
            }
            if (name === "settings") {
                findChild(home, "openTodaySettings").clicked()
                const loader = findChild(home, "todaySettingsLoader")
                tryVerify(() => loader.item !== null && loader.item.opened)
                showing(loader.item.contentItem, "today's settings", found, bad)
                loader.item.close()
            }
            home.destroy()
            wait(0)
        }
        for (const problem of bad)
            console.warn(problem)
        // The words were found where they live (a walk that finds nothing proves nothing).
        for (const where of ["today", "journal", "journal search", "trends", "safety", "share", "today's settings"])
            verify(found.indexOf(where) >= 0, "the canary is shown on " + where + ": " + JSON.stringify(found))
        compare(bad.length, 0, bad.length + " items draw a person's words as rich text; the first: " + bad[0])
    }

    // "%1" and "%2" in a person's words stay as typed where a sentence puts them before another
    // value: chained .arg() would fill the next value into them as well.
    function test_markersInAPersonsWordsStayAsTyped() {
        compare("%1, %2".arg("Ana %2").arg("555 0100"), "Ana 555 0100, 555 0100") // why Words.fill exists
        compare(Words.fill("%1, %2. Open it", ["plan %2 %1.pdf", "2 KB"]), "plan %2 %1.pdf, 2 KB. Open it")
        compare(Words.fill("%2 before %1", ["one", "two"]), "two before one")
        compare(Words.fill("%1 and %3", ["one"]), "one and %3")

        writer.startNew()
        writer.title = "Plan %2 for %1"
        writer.body = "Kept as typed."
        verify(writer.finish(), writer.lastError)
        const home = createTemporaryObject(homePage, host)
        home.openSection(4)
        tryVerify(() => findChild(home, "sectionLoader").item !== null)
        const list = findChild(home, "shareEntryList")
        tryVerify(() => list && list.count > 0)
        let named = ""
        for (let i = 0; i < list.count && named.length === 0; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const row = list.itemAtIndex(i)
            if (row && row.text === "Plan %2 for %1")
                named = row.Accessible.name
        }
        verify(named.startsWith("Plan %2 for %1, "), "the picker reads the entry as “" + named + "”")
    }
}
