import QtQuick
import QtTest
import Tideline
import Tideline.App

// "On this day" is the person's choice: the whole row opens the entry; the card can be turned
// off in one step from itself (it says where to turn it back on), Settings turns it on again,
// "Not today" sets it aside until tomorrow; a sensitive entry never appears in it.
TestCase {
    id: testCase
    name: "JournalOnThisDay"
    width: 800
    height: 740
    visible: true
    when: windowShown

    Component { id: journalPage; JournalPage { width: testCase.width; height: testCase.height } }
    Component { id: settingsPage; SettingsPage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }
    JournalEditor { id: writer }

    function sameDateYearsAgo(years) {
        const d = new Date()
        d.setFullYear(d.getFullYear() - years)
        return Qt.formatDate(d, "yyyy-MM-dd")
    }

    function write(day, title, sensitive) {
        writer.startNew()
        writer.day = day
        writer.title = title
        writer.body = "Words from back then."
        writer.sensitive = sensitive
        verify(writer.finish(), writer.lastError)
    }

    function rowsOf(card) {
        const rows = []
        const find = (item) => {
            for (let i = 0; i < item.children.length; ++i) {
                if (item.children[i].objectName === "onThisDayRow" && item.children[i].visible)
                    rows.push(item.children[i])
                find(item.children[i])
            }
        }
        find(card)
        return rows
    }

    function initTestCase() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
        write(sameDateYearsAgo(1), "A year ago", false)
        write(sameDateYearsAgo(2), "Marked sensitive", true)
    }

    function test_1_wholeRowOpensTheEntry() {
        const page = createTemporaryObject(journalPage, testCase)
        const card = findChild(page, "onThisDayCard")
        tryVerify(() => card.visible)
        const rows = rowsOf(card)
        compare(rows.length, 1, "the sensitive entry is left out")
        verify(rows[0].width >= card.width - 2 * Theme.spaceM - 1, rows[0].width + " of " + card.width)
        // A click near the row's right end, far from its text, opens it.
        mouseClick(rows[0], rows[0].width - 10, rows[0].height / 2)
        tryVerify(() => findChild(page, "journalEditor").visible)
        compare(findChild(page, "entryTitle").text, "A year ago")
        findChild(page, "saveEntry").clicked()
    }

    function test_2_turnedOffFromTheCardAndOnInSettings() {
        let page = createTemporaryObject(journalPage, testCase)
        let card = findChild(page, "onThisDayCard")
        tryVerify(() => card.visible)
        mouseClick(findChild(card, "onThisDayTurnOff"))
        tryCompare(rowsOf(card), "length", 0)
        verify(findChild(card, "onThisDayOff").visible, "it says where to turn it back on")
        page.destroy()

        page = createTemporaryObject(journalPage, testCase)
        verify(!findChild(page, "onThisDayCard").visible, "off stays off")
        page.destroy()

        const settings = createTemporaryObject(settingsPage, testCase)
        const toggle = findChild(settings, "onThisDaySwitch")
        verify(!toggle.checked)
        toggle.toggle()
        toggle.toggled()
        settings.destroy()

        page = createTemporaryObject(journalPage, testCase)
        card = findChild(page, "onThisDayCard")
        tryVerify(() => card.visible)
        compare(rowsOf(card).length, 1)
    }

    function test_3_notToday() {
        let page = createTemporaryObject(journalPage, testCase)
        let card = findChild(page, "onThisDayCard")
        tryVerify(() => card.visible)
        mouseClick(findChild(card, "onThisDayNotToday"))
        tryVerify(() => !card.visible)
        page.destroy()
        page = createTemporaryObject(journalPage, testCase)
        verify(!findChild(page, "onThisDayCard").visible, "set aside for the rest of the day")
        const settings = createTemporaryObject(settingsPage, testCase)
        verify(findChild(settings, "onThisDaySwitch").checked, "still on: only today is set aside")
    }
}
