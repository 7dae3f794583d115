import QtQuick
import QtTest
import Tideline
import Tideline.App

// Text size (Settings → Text size, 85–200 %): the choice applies at once to the type and the
// controls, and a value between the choices goes to the nearest.
TestCase {
    id: testCase
    name: "TextSize"
    width: 360
    height: 740
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    ThemedHost { id: host }
    SecretEntry { id: typed }

    function initTestCase() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function cleanupTestCase() {
        AppSettings.textScale = 100
    }

    function openSection(index) {
        const home = createTemporaryObject(homePage, host)
        home.openSection(index)
        tryVerify(() => findChild(home, "sectionLoader").item !== null)
        return home
    }

    function test_1_choiceAppliesAtOnce() {
        AppSettings.textScale = 100
        const home = openSection(5)
        const choice = findChild(home, "textScaleChoice")
        verify(choice, "Settings has the text size")
        compare(choice.count, AppSettings.textScaleChoices.length)
        compare(AppSettings.textScaleChoices[0], 85)
        compare(AppSettings.textScaleChoices[AppSettings.textScaleChoices.length - 1], 200)
        const usual = Theme.fontBody
        choice.activated(AppSettings.textScaleChoices.indexOf(200))
        compare(AppSettings.textScale, 200)
        compare(Theme.fontBody, usual * 2)
        verify(Theme.controlHeight >= 88)
        choice.activated(0)
        compare(AppSettings.textScale, 85)
        verify(Theme.fontBody < usual)
        compare(Theme.controlHeight, 44) // controls never shrink below a comfortable size
        // A value between the choices goes to the nearest one.
        AppSettings.textScale = 140
        compare(AppSettings.textScale, 130)
        AppSettings.textScale = 100
    }
}
