import QtQuick
import QtTest
import Tideline
import Tideline.App

// Secret fields take a paste from a password manager (Ctrl+V, Shift+Insert) and Ctrl+A selects
// everything for Backspace, a key or a paste to replace; what was pasted leaves the field like
// typed text when it is used (the bytes' wiping is checked in tests/app/SecretEntryTest.cpp).
TestCase {
    id: testCase
    name: "SecretPaste"
    width: 420
    height: 820
    visible: true
    when: windowShown

    // Stands in for the password manager: puts text on the clipboard.
    TextInput { id: manager; visible: false }
    function copyToClipboard(text) {
        manager.text = text
        manager.selectAll()
        manager.copy()
        manager.text = ""
    }

    SecretEntry { id: passphrase }
    SecretField { id: passphraseField; width: 300; entry: passphrase; accessibleName: "Passphrase" }
    SecretEntry { id: pin; digitsOnly: true }
    SecretField { id: pinField; y: 60; width: 300; entry: pin; accessibleName: "PIN" }

    Component { id: lockPage; LockPage { width: testCase.width; height: testCase.height } }

    function init() {
        passphrase.clear()
        pin.clear()
    }

    function test_pasteAndSelectAll() {
        copyToClipboard("quiet harbour lanterns")
        passphraseField.forceActiveFocus()
        keySequence(StandardKey.Paste)
        compare(passphrase.length, 22)
        keyClick(Qt.Key_Insert, Qt.ShiftModifier) // the other paste key
        compare(passphrase.length, 44)

        // Select all, then Backspace: empty.
        keySequence(StandardKey.SelectAll)
        verify(passphraseField.allSelected)
        verify(findChild(passphraseField, "secretSelection").visible)
        keyClick(Qt.Key_Backspace)
        compare(passphrase.length, 0)
        verify(!passphraseField.allSelected)

        // Select all, then a key or a paste replaces everything; Tab or an arrow leaves it.
        for (const c of "typed")
            keyClick(c)
        keySequence(StandardKey.SelectAll)
        keyClick("x")
        compare(passphrase.length, 1)
        keySequence(StandardKey.SelectAll)
        keySequence(StandardKey.Paste)
        compare(passphrase.length, 22)
        keySequence(StandardKey.SelectAll)
        keyClick(Qt.Key_Left)
        verify(!passphraseField.allSelected)
        keyClick(Qt.Key_Delete)
        compare(passphrase.length, 21) // one character, not all
        keySequence(StandardKey.SelectAll)
        keyClick(Qt.Key_Tab) // moves on; nothing is lost
        compare(passphrase.length, 21)
        verify(!passphraseField.allSelected)
    }

    function test_pinTakesTheDigitsOfAPaste() {
        copyToClipboard(" 2468-10\n")
        pinField.forceActiveFocus()
        keySequence(StandardKey.Paste)
        compare(pin.length, 6)
    }

    function test_pastedPinOpensAndLeavesTheField() {
        compare(Session.state, Session.Locked)
        const page = createTemporaryObject(lockPage, testCase)
        page.forceActiveFocus()
        const field = findChild(findChild(page, "unlockInput"), "secretField")
        tryVerify(() => field.activeFocus)
        copyToClipboard("246810")
        keySequence(StandardKey.Paste)
        compare(field.entry.length, 6)
        keyClick(Qt.Key_Return)
        compare(field.entry.length, 0) // taken out and wiped, as typed digits are
        tryCompare(Session, "state", Session.Unlocked, 10000)
        Session.lock()
    }
}
