import QtQuick
import QtTest
import Tideline
import Tideline.App

// Settings → Bring in data: a Daylio export with moods of its own (decided in the section),
// a malformed one (its line named, nothing in), and a Tideline export; the journal shows what
// came in.
TestCase {
    id: testCase
    name: "SettingsImport"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }

    function fixture(path) {
        return Qt.resolvedUrl("../fixtures/" + path)
    }

    // Scrolls the settings page so that item is on screen, then clicks it as a person would.
    function click(item) {
        let flick = item.parent
        while (flick && flick.contentY === undefined)
            flick = flick.parent
        verify(flick, "a scrolling page around " + item.objectName)
        // Twice: a section that just grew is laid out again on the next frame.
        for (let pass = 0; pass < 2; ++pass) {
            wait(50)
            const y = item.mapToItem(flick, 0, 0).y // where it is in the visible part now
            flick.contentY = Math.max(0, Math.min(flick.contentY + y - flick.height / 3,
                                                  flick.contentHeight - flick.height))
        }
        wait(50)
        const inWindow = item.mapToItem(null, item.width / 2, item.height / 2)
        verify(inWindow.y > 0 && inWindow.y < testCase.height, item.objectName + " on screen")
        mouseClick(item)
    }

    function openSection() {
        if (Session.state !== Session.Unlocked) {
            for (const c of "246810")
                typed.appendText(c)
            Session.unlock(typed)
            tryCompare(Session, "state", Session.Unlocked, 10000)
        }
        const home = createTemporaryObject(homePage, testCase)
        verify(home)
        mouseClick(findChild(home, "navSettings"))
        tryVerify(() => findChild(home, "importSection") !== null)
        return [home, findChild(home, "importSection")]
    }

    function test_1_daylioWithOwnMoods() {
        const [home, section] = openSection()
        for (const name of ["importKindDaylio", "importKindJson", "importChooseFile"]) {
            const control = findChild(section, name)
            verify(control, name)
            verify(control.Accessible.name.length > 0, name)
        }
        const preview = findChild(section, "importPreviewBox")
        verify(!preview.visible)

        // A malformed file: the line, and nothing to confirm.
        section.inspectFile(fixture("daylio/bad-date.csv"))
        const message = findChild(section, "importMessage")
        tryVerify(() => message.text.indexOf("Line 3:") === 0, 5000, message.text)
        verify(message.concern)
        verify(!preview.visible)

        // The file dialog hands over a file; the test hands over the fixture.
        click(findChild(section, "importKindDaylio"))
        section.inspectFile(fixture("daylio/custom-moods.csv"))
        tryVerify(() => preview.visible)
        verify(message.text.length === 0, message.text)
        const summary = findChild(section, "importPreview")
        verify(summary.text.indexOf("3 days (") === 0, summary.text)
        const confirm = findChild(section, "importConfirm")
        verify(!confirm.enabled) // three moods to decide first
        verify(findChild(section, "importMoodsLeft").visible)

        // happy → 8, sad → 2, Tired → leave out; each through its own list.
        const choices = {"happy": 9, "sad": 3, "Tired": 12}
        for (const name in choices) {
            const box = findChild(section, "moodChoice_" + name)
            verify(box, name)
            verify(box.Accessible.name.indexOf(name) >= 0)
            box.currentIndex = choices[name]
            box.activated(choices[name])
        }
        tryVerify(() => confirm.enabled)
        verify(!findChild(section, "importMoodsLeft").visible)
        click(confirm)
        tryVerify(() => message.text.length > 0, 5000)
        verify(message.text.indexOf("moods for 3 days and 2 journal entries") >= 0, message.text)
        verify(!message.concern)
        verify(!preview.visible)

        // The journal shows the note that came in.
        mouseClick(findChild(home, "navJournal"))
        tryVerify(() => {
            const list = findChild(home, "journalList")
            return list !== null && list.count >= 2
        }, 5000)
    }

    function test_2_tidelineJson() {
        const [home, section] = openSection()
        click(findChild(section, "importKindJson"))
        section.inspectFile(fixture("json/small-export.json"))
        const preview = findChild(section, "importPreviewBox")
        tryVerify(() => preview.visible)
        const summary = findChild(section, "importPreview")
        verify(summary.text.indexOf("1 journal entry") >= 0, summary.text)
        const confirm = findChild(section, "importConfirm")
        verify(confirm.enabled)
        click(confirm)
        const message = findChild(section, "importMessage")
        tryVerify(() => message.text.indexOf("1 journal entry") >= 0, 5000)

        // "Not now" forgets a chosen file.
        section.inspectFile(fixture("json/small-export.json"))
        tryVerify(() => preview.visible)
        click(findChild(section, "importCancel"))
        tryVerify(() => !preview.visible)
    }
}
