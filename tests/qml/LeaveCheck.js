// The "your PIN, once more" dialog a copy passes before it leaves the vault (LeaveVaultCheck.qml):
// waits for it, types the fixtures' PIN by keyboard into its field and presses Return, then waits
// for it to close (the copy then starts). test: the TestCase; check: the dialog.
.pragma library

function confirm(test, check, pin) {
    test.tryVerify(() => check.opened)
    const field = test.findChild(test.findChild(check.contentItem, "leaveVaultSecret"), "secretField")
    test.tryVerify(() => field.activeFocus)
    for (const c of (pin === undefined ? "246810" : pin))
        test.keyClick(c)
    test.keyClick(Qt.Key_Return)
    test.tryVerify(() => !check.opened, 10000)
}
