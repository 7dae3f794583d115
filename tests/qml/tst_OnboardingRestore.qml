import QtQuick
import QtTest
import Tideline
import Tideline.App

// First start → "Restore from a backup": the backup is picked in Tideline's own file chooser
// (Open mode, by keyboard), a wrong backup passphrase is said plainly and keeps the person on the
// step; the right one makes the vault, shows the new recovery code, and opens.
TestCase {
    id: testCase
    name: "OnboardingRestore"
    width: 1000
    height: 900
    visible: true
    when: windowShown

    Component { id: onboardingPage; OnboardingPage { width: testCase.width; height: testCase.height } }

    function type(field, text) {
        field.forceActiveFocus()
        for (const c of text)
            field.entry.appendText(c)
    }

    function test_restoreFromWelcome() {
        compare(Session.state, Session.NoVault)
        const page = createTemporaryObject(onboardingPage, testCase)
        verify(page)
        const link = findChild(page, "welcomeRestore")
        verify(link)
        verify(link.Accessible.name.length > 0)
        mouseClick(link)
        tryVerify(() => findChild(page, "restoreStep") !== null && findChild(page, "restoreStep").visible)
        const step = findChild(page, "restoreStep")
        for (const name of ["restoreBrowse", "restorePassphrase", "restoreNewSecretAgain", "restoreStart"]) {
            const control = findChild(step, name)
            verify(control, name)
            // Qt hides a password field's Accessible.name from readers of the attached object;
            // SecretField hands it over through accessibleName.
            const accessible = control.Accessible.passwordEdit ? control.accessibleName : control.Accessible.name
            verify(accessible.length > 0, name)
        }
        const message = findChild(step, "restoreMessage")

        // Nothing chosen yet: said plainly, nothing started.
        step.restore()
        verify(message.text.indexOf("Choose the backup file first") >= 0, message.text)
        compare(Session.state, Session.NoVault)

        // The chooser, by keyboard: type the folder the backup is in (beside the data folder),
        // go down the list to the file (folders come first), Return.
        mouseClick(findChild(step, "restoreBrowse"))
        const chooser = findChild(step, "restoreFileChooser")
        tryVerify(() => chooser.opened)
        compare(findChild(chooser.contentItem, "fileChooserAccept").text, "Open")
        const list = findChild(chooser.contentItem, "fileChooserList")
        tryVerify(() => list.activeFocus)
        const path = findChild(chooser.contentItem, "fileChooserPath")
        path.forceActiveFocus()
        path.selectAll()
        for (const c of Session.dataDirectory + "/..")
            keyClick(c)
        keyClick(Qt.Key_Return)
        tryVerify(() => !chooser.folder.endsWith("Documents") && list.count === 2, 5000, chooser.folder)
        compare(list.itemAtIndex(0).name, "vault")               // the (empty) data folder
        compare(list.itemAtIndex(1).name, "fixture.tidelinebackup")
        list.forceActiveFocus()
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        tryVerify(() => !chooser.visible)
        verify(step.backupPath.endsWith("/fixture.tidelinebackup"), step.backupPath)
        verify(findChild(step, "restoreChosen").text.indexOf(step.backupPath) >= 0)
        const passphrase = findChild(step, "restorePassphrase")
        const newSecret = findChild(findChild(step, "restoreNewSecret"), "secretField")
        const again = findChild(step, "restoreNewSecretAgain")

        // A wrong backup passphrase: plain words, still on this step, nothing made.
        type(passphrase, "fixture backup wordz")
        type(newSecret, "135790")
        type(again, "135790")
        step.restore()
        tryCompare(Session, "state", Session.NoVault, 20000)
        tryVerify(() => message.text.indexOf("does not open this backup") >= 0, 5000, message.text)
        compare(Session.errorCode, Session.WrongSecret)
        verify(step.visible)

        // The right one: the recovery code, then the vault is open.
        type(passphrase, "fixture backup words")
        type(newSecret, "135790")
        type(again, "135790")
        step.restore()
        tryCompare(Session, "state", Session.Unlocked, 20000)
        compare(Onboarding.recoveryGroupCount, 7)
        tryVerify(() => findChild(page, "recoveryStep") !== null && findChild(page, "recoveryStep").visible)
        compare(Session.secretKind, Session.Pin)
    }
}
