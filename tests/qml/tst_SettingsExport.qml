import QtQuick
import QtTest
import Tideline
import Tideline.App

// Settings → Export: the warning is there before anything is written, a file is saved where
// the person chose, and a second save under the same name replaces nothing.
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
        for (const name of ["exportCsv", "exportJson", "exportFileName"]) {
            const control = findChild(section, name)
            verify(control, name)
            verify(control.Accessible.name.length > 0, name)
        }

        // The folder dialog hands over a folder; the vault's own temporary folder stands in.
        const folder = "file://" + Session.dataDirectory
        findChild(section, "exportFileName").text = "my-checkins"
        section.pendingFormat = VaultExporter.Csv
        section.saveInto(folder)
        const message = findChild(section, "exportMessage")
        verify(message.text.indexOf("my-checkins.csv") >= 0, message.text)
        verify(message.text.indexOf("not encrypted") >= 0, message.text)

        section.saveInto(folder)
        verify(message.text.indexOf("already a file") >= 0, message.text)
        verify(message.concern)
    }
}
