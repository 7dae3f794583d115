import QtQuick
import QtTest
import Tideline
import Tideline.App

// The lock screen opens the vault with the right PIN, typed on the keyboard or on the pad.
TestCase {
    id: testCase
    name: "LockScreenUnlock"
    width: 400
    height: 760
    visible: true
    when: windowShown

    Component { id: lockPage; LockPage { width: testCase.width; height: testCase.height } }

    function test_unlockWithRightPin() {
        compare(Session.state, Session.Locked)
        compare(Session.secretKind, Session.Pin)
        const page = createTemporaryObject(lockPage, testCase)
        verify(page)
        const field = findChild(page, "secretField")
        verify(field)
        field.forceActiveFocus()
        verify(field.activeFocus)

        // First a wrong PIN, typed on the keyboard: a gentle message, still locked.
        keyClick("1"); keyClick("3"); keyClick("5"); keyClick("7"); keyClick("9"); keyClick("0")
        compare(field.entry.length, 6)
        keyClick(Qt.Key_Return)
        tryCompare(Session, "state", Session.Locked, 10000)
        compare(Session.errorCode, Session.WrongSecret)
        const error = findChild(page, "unlockError")
        verify(error.visible)
        verify(error.text.indexOf("Take your time") >= 0, error.text)
        compare(field.entry.length, 0)

        // Then the right one (246810) on the PIN pad, confirmed with its Open key.
        for (const digit of [2, 4, 6, 8, 1, 0])
            mouseClick(findChild(page, "pinKey" + digit))
        compare(field.entry.length, 6)
        mouseClick(findChild(page, "pinKeyConfirm"))
        tryCompare(Session, "state", Session.Unlocked, 10000)
        compare(Session.errorCode, Session.NoError)
        // The wrong try made a moment ago is reported once, quietly.
        verify(Session.unlockNotice.indexOf("1 try didn't match") === 0, Session.unlockNotice)
    }
}
