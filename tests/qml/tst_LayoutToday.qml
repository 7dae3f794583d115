import QtQuick
import QtTest
import Tideline
import Tideline.App

// Layout: the Today page (day bar, moments, the check-in, routines, the prompt) fits a phone,
// a laptop and a desktop window in light and dark: nothing past the window's sides, no text
// wider than its box, no overlapping neighbours (LayoutWalker.js). Also for a past day (its
// long date) and with the hard-moment form open and filled in.
TestCase {
    id: testCase
    name: "LayoutToday"
    width: 1024
    height: 640
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    LayoutCheck { id: layout; testCase: testCase }
    ThemedHost { id: host }
    SecretEntry { id: typed }

    function initTestCase() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function openToday() {
        const home = createTemporaryObject(homePage, host)
        home.openSection(0)
        tryVerify(() => findChild(home, "todayPage") !== null)
        return home
    }

    function test_1_today() {
        const home = openToday()
        const dayLabel = findChild(home, "dayLabel")
        layout.verifyLayout("today", home, () => {
            verify(!dayLabel.truncated, "the date is whole: " + dayLabel.text)
        })
    }

    function test_2_pastDayWithLongDate() {
        const home = openToday()
        const page = findChild(home, "todayPage")
        page.checkin.day = "2025-09-24" // Wednesday 24 September 2025: a long date
        const dayLabel = findChild(home, "dayLabel")
        tryVerify(() => dayLabel.text.indexOf("September") >= 0, 2000, dayLabel.text)
        layout.verifyLayout("today-past-day", home, () => {
            layout.settle(home)
            verify(!dayLabel.truncated, "the date is whole at " + testCase.width + ": " + dayLabel.text)
        })
    }

    function test_3_momentFormFilledIn() {
        const home = openToday()
        const page = findChild(home, "todayPage")
        mouseClick(findChild(home, "logMoment"))
        tryVerify(() => findChild(home, "saveMoment") !== null)
        findChild(home, "momentKind_panic").clicked()
        findChild(home, "momentDetailsToggle").clicked()
        findChild(home, "momentTrigger").text = "a door slamming downstairs, twice"
        findChild(home, "momentPlace").text = "בבית, במטבח"
        findChild(home, "momentBody").text = "tight chest 🫀 and cold hands"
        findChild(home, "momentHelped").text = "cold water, the 5-4-3-2-1 senses"
        layout.verifyLayout("today-moment-form", home, () => page.contentY = 0)
        // Filled in, every field still says what it is for: a label, not a placeholder.
        for (const name of ["momentTrigger", "momentPlace", "momentBody", "momentHelped"]) {
            const field = findChild(home, name)
            const label = field.parent.children[0]
            verify(label.visible && label.text.length > 0, name)
            compare(field.Accessible.name, label.text)
            compare(field.placeholderText, "")
            verify(label.y + label.height <= field.y, name + ": the label sits above its field")
        }
        findChild(home, "cancelMoment").clicked()
    }
}
