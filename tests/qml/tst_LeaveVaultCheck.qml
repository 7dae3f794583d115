import QtQuick
import QtTest
import Tideline
import Tideline.App
import TidelineTest
import "LeaveCheck.js" as LeaveCheck

// "Your PIN, once more" before a copy leaves the vault: what waits runs once, only after the
// right PIN; a wrong one says so and keeps the dialog up; Cancel and Escape run nothing and say
// cancelled; Quick exit's bar stays reachable (CalmPopup); it fits a phone-sized window.
TestCase {
    id: testCase
    name: "LeaveVaultCheck"
    width: 360
    height: 740
    visible: true
    when: windowShown

    Component { id: checkComponent; LeaveVaultCheck {} }
    SecretEntry { id: typed }

    function init() {
        if (Session.state === Session.Unlocked)
            return
        typed.clear()
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function test_rightPinRunsWhatWaitsOnce() {
        const check = createTemporaryObject(checkComponent, testCase)
        let runs = 0
        check.ask(() => { runs += 1 })
        LeaveCheck.confirm(testCase, check)
        compare(runs, 1)
        wait(50)
        compare(runs, 1)
        // The dialog fits the phone-sized window, buttons included.
        check.ask(() => { runs += 1 })
        tryVerify(() => check.opened)
        verify(check.width <= testCase.width, check.width)
        if (TestEnvironment.shotsFolder.length > 0)
            grabImage(check.parent.parent).save(TestEnvironment.shotsFolder + "/leave-check-360.png")
        const confirm = findChild(check.contentItem, "leaveVaultConfirm")
        const cancel = findChild(check.contentItem, "leaveVaultCancel")
        verify(confirm.Accessible.name.length > 0 || confirm.text.length > 0)
        verify(cancel.Accessible.name.length > 0)
        const right = confirm.mapToItem(check.contentItem, confirm.width, 0).x
        verify(right <= check.contentItem.width + 1, right + " / " + check.contentItem.width)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !check.visible)
        compare(runs, 1)
    }

    function test_wrongPinKeepsItUp() {
        const check = createTemporaryObject(checkComponent, testCase)
        let runs = 0
        check.ask(() => { runs += 1 })
        tryVerify(() => check.opened)
        const field = findChild(findChild(check.contentItem, "leaveVaultSecret"), "secretField")
        tryVerify(() => field.activeFocus)
        for (const c of "135790")
            keyClick(c)
        keyClick(Qt.Key_Return)
        const message = findChild(check.contentItem, "leaveVaultMessage")
        tryVerify(() => message.text.length > 0, 10000)
        if (TestEnvironment.shotsFolder.length > 0) // the window with its overlay, as a person sees it
            grabImage(check.parent.parent).save(TestEnvironment.shotsFolder + "/leave-check-wrong-360.png")
        verify(message.text.indexOf("nothing left the vault") >= 0, message.text)
        verify(check.opened)
        compare(runs, 0)
        tryVerify(() => field.activeFocus) // ready for the next try
        LeaveCheck.confirm(testCase, check)
        compare(runs, 1)
    }

    function test_cancelRunsNothing() {
        const check = createTemporaryObject(checkComponent, testCase)
        let runs = 0
        let cancelled = 0
        check.cancelled.connect(() => { cancelled += 1 })
        check.ask(() => { runs += 1 })
        tryVerify(() => check.opened)
        for (const c of "24")
            keyClick(c)
        mouseClick(findChild(check.contentItem, "leaveVaultCancel"))
        tryVerify(() => !check.visible)
        compare(runs, 0)
        compare(cancelled, 1)
        // What was typed went with it.
        compare(findChild(check.contentItem, "leaveVaultSecret").entry.length, 0)
    }
}
