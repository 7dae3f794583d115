import QtQuick
import QtTest
import Tideline
import Tideline.App
import TidelineTest

// Settings → Export: the warning is there before anything is written, a file is saved where
// the person chose in Tideline's own chooser (keyboard only), the vault's own folder is refused
// with a plain reason, and a second save under the same name replaces nothing.
TestCase {
    id: testCase
    name: "SettingsExport"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }

    function test_exportFromSettings() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)

        const home = createTemporaryObject(homePage, testCase)
        verify(home)
        mouseClick(findChild(home, "navSettings"))
        tryVerify(() => findChild(home, "exportSection") !== null)
        const section = findChild(home, "exportSection")
        const warning = findChild(section, "exportWarning")
        verify(warning.visible)
        verify(warning.text.indexOf("not encrypted") >= 0, warning.text)
        for (const name of ["exportCsv", "exportJson"]) {
            const control = findChild(section, name)
            verify(control, name)
            verify(control.Accessible.name.length > 0, name)
        }

        // Keyboard only: the CSV button, then the chooser opens in Documents with its name field
        // ready; Return saves there.
        const csv = findChild(section, "exportCsv")
        const page = findChild(home, "sectionLoader").item
        page.contentY = Math.min(csv.mapToItem(page.contentItem, 0, 0).y - 200, page.contentHeight - page.height)
        csv.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        const chooser = findChild(section, "exportFileChooser")
        tryVerify(() => chooser.opened)
        const name = findChild(chooser.contentItem, "fileChooserName")
        tryVerify(() => name.activeFocus)
        compare(name.text, "my-checkins.csv")
        compare(name.selectedText, "my-checkins")   // ready to be typed over
        keyClick(Qt.Key_Return)
        tryVerify(() => !chooser.visible)
        const exporter = findChild(section, "vaultExporter")
        // Before anything leaves: the PIN once more, its field ready. A wrong one saves nothing
        // and says so; the right one saves.
        const check = findChild(section, "exportLeaveCheck")
        tryVerify(() => check.opened)
        const secret = findChild(check.contentItem, "leaveVaultSecret")
        tryVerify(() => findChild(secret, "secretField").activeFocus)
        for (const c of "000000")
            keyClick(c)
        keyClick(Qt.Key_Return)
        const refusal = findChild(check.contentItem, "leaveVaultMessage")
        tryVerify(() => refusal.text.indexOf("nothing left the vault") >= 0, 10000, refusal.text)
        verify(check.opened)
        compare(exporter.savedPath, "")
        if (TestEnvironment.shotsFolder.length > 0) // the window with its overlay, as a person sees it
            grabImage(check.parent.parent).save(TestEnvironment.shotsFolder + "/leave-check-export-1000.png")
        for (const c of "246810")
            keyClick(c)
        keyClick(Qt.Key_Return)
        tryVerify(() => !check.opened, 10000)
        tryVerify(() => exporter.savedPath.endsWith("/Documents/my-checkins.csv"), 10000, exporter.savedPath)
        const message = findChild(section, "exportMessage")
        verify(message.text.indexOf("Saved to " + exporter.savedPath) === 0, message.text)
        verify(message.text.indexOf("not encrypted") >= 0, message.text)

        // The vault's own folder, typed into the path bar: a plain reason at once, and Save here
        // is refused there too. Nothing is written beside the vault.
        csv.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        tryVerify(() => chooser.opened && name.activeFocus)
        const path = findChild(chooser.contentItem, "fileChooserPath")
        path.forceActiveFocus()
        path.selectAll()
        for (const c of Session.dataDirectory)
            keyClick(c)
        keyClick(Qt.Key_Return)
        tryCompare(chooser, "folder", Session.dataDirectory)
        const note = findChild(chooser.contentItem, "fileChooserMessage")
        verify(note.visible)
        verify(note.text.indexOf("keeps your encrypted vault") >= 0, note.text)
        verify(!findChild(chooser.contentItem, "fileChooserAccept").enabled)
        compare(findChild(chooser.contentItem, "fileChooserWhere").text, "Nothing can be saved in this folder.")
        name.forceActiveFocus()
        keyClick(Qt.Key_Return) // Return in the name field is refused the same way
        verify(chooser.visible)
        verify(note.text.indexOf("keeps your encrypted vault") >= 0, note.text)
        verify(exporter.savedPath.indexOf(Session.dataDirectory) < 0)

        // Back to Documents by its shortcut; the same name again replaces nothing.
        // The places row is a Flow laid out at the next polish: clicking before it is laid out
        // hits whichever button still sits at x = 0 (seen as a stray trip to Desktop).
        const places = findChild(chooser.contentItem, "fileChooserPlaces")
        tryVerify(() => !isPolishScheduled(places))
        mouseClick(findChild(places, "place_documents_Documents"))
        tryVerify(() => chooser.folder.endsWith("/Documents"))
        name.forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(() => note.text.indexOf("already a file") >= 0, 2000, note.text)
        verify(chooser.visible)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !chooser.visible)
    }
}
