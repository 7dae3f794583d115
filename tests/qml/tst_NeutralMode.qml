import QtQuick
import QtTest
import Tideline
import Tideline.App

// Neutral mode: the window title and the lock screen say "Notes" and nothing about what the
// app is for; the support link stays, worded as plain "Help".
TestCase {
    id: testCase
    name: "NeutralMode"
    width: 400
    height: 400
    visible: true
    when: windowShown

    function cleanup() {
        AppSettings.neutralMode = false
    }

    function test_titleAndLockScreenFollowNeutralMode() {
        compare(Session.state, Session.Locked)
        const component = Qt.createComponent("qrc:/qt/qml/Tideline/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        const window = createTemporaryObject(component, testCase)
        verify(window)
        compare(window.title, "Tideline")
        const loader = findChild(window.contentItem, "pageLoader")
        tryVerify(() => loader.item !== null && findChild(loader.item, "unlockPrompt") !== null)
        verify(findChild(loader.item, "unlockPrompt").text.indexOf("Tideline") >= 0)

        AppSettings.neutralMode = true
        compare(window.title, "Notes")
        const prompt = findChild(loader.item, "unlockPrompt").text
        compare(prompt, "Enter your PIN to open Notes.")
        const link = findChild(loader.item, "crisisLink")
        compare(link.text, "Help")
        // Nothing on the lock screen names the app or what it is for.
        for (const word of ["Tideline", "journal", "trauma", "abuse", "violence"]) {
            verify(prompt.indexOf(word) < 0, word)
            verify(link.text.indexOf(word) < 0, word)
        }

        AppSettings.neutralMode = false
        compare(window.title, "Tideline")
        compare(link.text, "Need support now?")
        window.close()
    }
}
