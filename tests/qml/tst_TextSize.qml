import QtQuick
import QtTest
import Tideline
import Tideline.App
import TidelineTest

// Text size (Settings → Text size, 85–200 %): the choice applies at once to the type and the
// controls, and a value between the choices goes to the nearest; at 200 % on a phone the safety
// controls (Quick exit, the support link) and the section tabs stay whole and inside the window.
TestCase {
    id: testCase
    name: "TextSize"
    width: 360
    height: 740
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    ThemedHost { id: host }
    LayoutCheck { id: layout; testCase: testCase }
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

    // At 200 % on a 360 px phone, Quick exit went 120 px past the window's edge and the six
    // section tabs cut their names: the safety controls share the top bar, and the tabs wrap
    // into rows. Every section is checked, since each has its own top bar actions.
    function test_3_safetyControlsAndTabsAt200PercentOnAPhone() {
        AppSettings.textScale = 200
        const found = []
        for (const [index, name] of [[0, "today"], [1, "journal"], [2, "trends"], [3, "safety"], [4, "share"],
                                     [5, "settings"]]) {
            const home = openSection(index)
            layout.settle(home)
            if (TestEnvironment.shotsFolder.length > 0)
                grabImage(testCase).save(TestEnvironment.shotsFolder + "/text-200-" + name + "-360.png")
            const exit = findChild(home, "quickExitButton")
            verify(exit && exit.visible, name)
            const r = exit.mapToItem(home, 0, 0)
            verify(r.x >= 0 && r.x + exit.width <= testCase.width + 1,
                   name + ": Quick exit at x " + r.x + ", " + exit.width + " wide")
            verify(!exit.contentItem.truncated, name + ": Quick exit's label is whole")
            for (const problem of layout.problemsOf(home, name)) {
                if (/quickExitButton|crisisLink|AbstractButton#nav/.test(problem))
                    found.push(problem)
            }
            home.destroy() // one page at a time in the window (and in its pictures)
            wait(0)
        }
        AppSettings.textScale = 100
        for (const problem of found)
            console.warn(problem)
        verify(found.length === 0, found.length + " problems; the first: " + found[0])
    }
}
