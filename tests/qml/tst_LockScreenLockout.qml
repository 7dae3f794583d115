import QtQuick
import QtTest
import Tideline
import Tideline.App

// After five wrong PINs the lock screen shows a countdown and takes no input until it ends.
TestCase {
    id: testCase
    name: "LockScreenLockout"
    width: 400
    height: 760
    visible: true
    when: windowShown

    Component { id: lockPage; LockPage { width: testCase.width; height: testCase.height } }

    function typeWrongPin(field) {
        field.forceActiveFocus()
        for (let i = 0; i < 6; ++i)
            keyClick("9")
        keyClick(Qt.Key_Return)
        tryCompare(Session, "state", Session.Locked, 10000)
    }

    function test_countdownAfterFiveWrongPins() {
        const page = createTemporaryObject(lockPage, testCase)
        const field = findChild(page, "secretField")
        const wait = findChild(page, "waitMessage")
        verify(!wait.visible)

        for (let i = 0; i < 4; ++i)
            typeWrongPin(field)
        verify(!wait.visible)
        verify(findChild(page, "unlockError").text.indexOf("One more try") >= 0)

        typeWrongPin(field)
        verify(Lockout.secondsUntilNextTry > 0)
        verify(wait.visible)
        verify(/You can try again in 0:[0-9]{2}\./.test(wait.text), wait.text)
        // No input is taken during the wait: neither keys nor the pad.
        keyClick("2")
        compare(field.entry.length, 0)
        verify(!findChild(page, "pinKeyConfirm").enabled)

        // The countdown moves on its own.
        const shown = wait.text
        tryVerify(() => wait.text !== shown, 3000)
    }
}
