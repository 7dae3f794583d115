import QtQuick
import QtTest
import Tideline
import Tideline.App

// The Today page with the keyboard alone: Tab through every measure, type the values, tick
// routines with Space; everything is kept through a lock and an unlock.
TestCase {
    id: testCase
    name: "TodayCheckin"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    Component { id: todayPage; TodayPage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }

    function unlock() {
        typed.clear()
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function focusedName() {
        const item = testCase.Window.activeFocusItem
        return item ? item.objectName : "(none)"
    }

    function tabTo(name) {
        for (let i = 0; i < 40 && focusedName() !== name; ++i)
            keyClick(Qt.Key_Tab)
        compare(focusedName(), name)
    }

    function valueText(page, key) {
        return findChild(page, "value_" + key).text
    }

    function test_keyboardOnlyCheckin() {
        unlock()
        let page = createTemporaryObject(todayPage, testCase)
        verify(page)
        tryVerify(() => findChild(page, "control_mood") !== null)
        compare(valueText(page, "mood"), "—, not recorded")
        // The prompt comes just after the first frame; wait for it so the page's height is final.
        // A prompt with a content note shows "showPrompt" first (the day's prompt is random).
        tryVerify(() => findChild(page, "writeFromPrompt").visible || findChild(page, "showPrompt").visible)

        // From the page's start, Tab reaches the first measure; then one Tab per measure.
        tabTo("control_mood")
        keyClick("6")
        keyClick(Qt.Key_Tab)
        compare(focusedName(), "input_sleep_hours")
        keyClick("7"); keyClick("."); keyClick("5")
        keyClick(Qt.Key_Tab)
        compare(focusedName(), "control_sleep_quality")
        keyClick(Qt.Key_Right) // from not recorded, an arrow starts at the bottom and moves one
        keyClick(Qt.Key_Tab)
        compare(focusedName(), "input_nightmares")
        keyClick("0")
        keyClick(Qt.Key_Tab)
        keyClick(Qt.Key_Up) // flashbacks: the first press records the lowest, 0
        keyClick(Qt.Key_Up) // then one more
        keyClick(Qt.Key_Tab)
        keyClick("1"); keyClick("0") // intrusive thoughts: "1" then "0" is 10
        keyClick(Qt.Key_Tab)
        keyClick(Qt.Key_Tab) // anxiety left alone: not recorded
        keyClick("4")        // dissociation
        keyClick(Qt.Key_Tab)
        keyClick("5")        // energy
        keyClick(Qt.Key_Delete) // …and cleared again
        keyClick(Qt.Key_Tab)
        keyClick("8")        // feeling safe
        keyClick(Qt.Key_Tab)

        compare(valueText(page, "mood"), "6/10")
        compare(valueText(page, "sleep_hours"), "7.5 h")
        compare(valueText(page, "sleep_quality"), "1/10")
        compare(valueText(page, "nightmares"), "0")
        compare(valueText(page, "flashbacks"), "1")
        compare(valueText(page, "intrusive_thoughts"), "10/10")
        compare(valueText(page, "anxiety"), "—, not recorded")
        compare(valueText(page, "dissociation"), "4/10")
        compare(valueText(page, "energy"), "—, not recorded")
        compare(valueText(page, "feeling_safe"), "8/10")

        // The routine checklist follows: Space ticks the focused item.
        compare(focusedName(), "routine_0")
        keyClick(Qt.Key_Space)
        keyClick(Qt.Key_Tab)
        keyClick(Qt.Key_Tab)
        keyClick(Qt.Key_Space)
        compare(page.routines.doneCount, 2)

        // An impossible number is refused kindly and nothing changes.
        tabTo("input_sleep_hours")
        keyClick("3"); keyClick("0")
        keyClick(Qt.Key_Tab)
        verify(findChild(page, "checkinError").text.indexOf("from 0 to 24") >= 0, findChild(page, "checkinError").text)
        compare(valueText(page, "sleep_hours"), "7.5 h")

        // A number typed but not confirmed when the vault locks is kept too.
        tabTo("input_nightmares")
        keyClick("3")

        // Lock, unlock, and the page shows what was saved.
        Session.lock()
        compare(Session.state, Session.Locked)
        page.destroy()
        unlock()
        page = createTemporaryObject(todayPage, testCase)
        tryVerify(() => findChild(page, "value_mood") !== null)
        compare(valueText(page, "mood"), "6/10")
        compare(valueText(page, "sleep_hours"), "7.5 h")
        compare(valueText(page, "anxiety"), "—, not recorded")
        compare(valueText(page, "nightmares"), "3")
        compare(page.routines.doneCount, 2)
        verify(findChild(page, "routine_0").checked)
        verify(findChild(page, "routine_2").checked)

        // Yesterday's page shows today's values as "the day after"? No: yesterday has none.
        mouseClick(findChild(page, "previousDay"))
        compare(page.checkin.dayLabel, "Yesterday")
        compare(valueText(page, "mood"), "—, not recorded")
        verify(!findChild(page, "promptCard").visible)
        mouseClick(findChild(page, "backToToday"))
        compare(page.checkin.dayLabel, "Today")
    }
}
