import QtQuick
import QtTest
import Tideline
import Tideline.App
import "LeaveCheck.js" as LeaveCheck

// Settings → Backup: the plain words that the backup is encrypted and needs its passphrase, the
// passphrase rules and the second typing, a backup saved where the person chose, and no
// replacing of an existing file.
TestCase {
    id: testCase
    name: "SettingsBackup"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }

    function type(field, text) {
        field.forceActiveFocus()
        for (const c of text)
            field.entry.appendText(c)
    }

    function test_backupFromSettings() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)

        const home = createTemporaryObject(homePage, testCase)
        verify(home)
        mouseClick(findChild(home, "navSettings"))
        tryVerify(() => findChild(home, "backupSection") !== null)
        const section = findChild(home, "backupSection")
        const note = findChild(section, "backupEncryptedNote")
        verify(note.visible)
        verify(note.text.indexOf("encrypted") >= 0, note.text)
        verify(note.text.indexOf("not even you") >= 0, note.text)
        for (const name of ["backupPassphrase", "backupPassphraseAgain", "backupStart"]) {
            const control = findChild(section, name)
            verify(control, name)
            // Qt hides a password field's Accessible.name from readers of the attached object;
            // SecretField hands it over through accessibleName.
            const accessible = control.Accessible.passwordEdit ? control.accessibleName : control.Accessible.name
            verify(accessible.length > 0, name)
        }
        const first = findChild(section, "backupPassphrase")
        const second = findChild(section, "backupPassphraseAgain")
        const message = findChild(section, "backupMessage")
        const backup = findChild(section, "vaultBackup")

        // Too short: said kindly, and no chooser opens.
        const chooser = findChild(section, "backupFileChooser")
        type(first, "short")
        section.choose()
        verify(message.text.indexOf("8 characters") >= 0, message.text)
        verify(!chooser.visible)

        // Long enough, but the second typing differs.
        first.entry.clear()
        type(first, "quiet harbour lanterns")
        type(second, "quiet harbour lantern")
        section.choose()
        verify(message.text.indexOf("not the same") >= 0, message.text)

        // Tideline's chooser opens in Documents with a name ready; Return saves there.
        second.entry.clear()
        type(second, "quiet harbour lanterns")
        section.choose()
        tryVerify(() => chooser.opened)
        const name = findChild(chooser.contentItem, "fileChooserName")
        tryVerify(() => name.activeFocus)
        compare(name.text, "my-backup.tidelinebackup")
        keyClick(Qt.Key_Return)
        tryVerify(() => !chooser.visible)
        // The PIN once more before the copy leaves; Escape puts the question away, saving nothing
        // and keeping the passphrase typed.
        const check = findChild(section, "backupLeaveCheck")
        tryVerify(() => check.opened)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !check.visible)
        verify(!backup.busy)
        compare(backup.savedPath, "")
        verify(first.entry.length > 0)
        section.choose()
        tryVerify(() => chooser.opened && name.activeFocus)
        keyClick(Qt.Key_Return)
        tryVerify(() => check.opened)
        LeaveCheck.confirm(testCase, check)
        tryVerify(() => !backup.busy && backup.savedPath !== "", 20000)
        verify(backup.savedPath.endsWith("/Documents/my-backup.tidelinebackup"), backup.savedPath)
        verify(message.text.indexOf("Saved to " + backup.savedPath) === 0, message.text)
        verify(message.text.indexOf("encrypted") >= 0, message.text)
        verify(!message.concern)
        compare(first.entry.length, 0)   // the passphrase left the fields
        compare(second.entry.length, 0)

        // The same file again (as a chooser bypassed would hand it) replaces nothing.
        type(first, "quiet harbour lanterns")
        type(second, "quiet harbour lanterns")
        section.saveTo(backup.savedPath)
        LeaveCheck.confirm(testCase, check)
        tryVerify(() => message.text.indexOf("already a file") >= 0, 10000, message.text)
        verify(message.concern)

        // A phone-sized window: nothing of the section is wider than the window.
        home.width = 360
        tryVerify(() => section.width <= 360 && section.childrenRect.width <= section.width, 2000,
                  section.width + " / " + section.childrenRect.width)
        verify(findChild(section, "backupStart").width <= section.width)
    }
}
