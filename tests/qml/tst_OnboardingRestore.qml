import QtQuick
import QtTest
import Tideline
import Tideline.App

// First start → "Restore from a backup": a wrong backup passphrase is said plainly and keeps the
// person on the step; the right one makes the vault, shows the new recovery code, and opens.
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
        for (const name of ["restoreFolder", "restoreFileName", "restoreBrowse", "restorePassphrase", "restoreNewSecretAgain", "restoreStart"]) {
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
        verify(message.text.indexOf("Choose the folder") >= 0, message.text)
        compare(Session.state, Session.NoVault)

        // The folder dialog hands over a folder; the fixture's backup lies beside the data folder.
        step.folder = Session.dataDirectory + "/.."
        step.fileName = "fixture.tidelinebackup"
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
        verify(Onboarding.recoveryCode.length > 20, Onboarding.recoveryCode)
        tryVerify(() => findChild(page, "recoveryStep") !== null && findChild(page, "recoveryStep").visible)
        compare(Session.secretKind, Session.Pin)
    }
}
