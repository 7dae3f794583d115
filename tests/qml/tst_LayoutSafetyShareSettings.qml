import QtQuick
import QtTest
import Tideline
import Tideline.App

// Layout: the Safety page, Share (the summary's form and its preview) and Settings, on a year
// of invented history, at a phone, a laptop and a desktop size in light and dark
// (LayoutWalker.js). Long pages are walked at their top and at their end.
TestCase {
    id: testCase
    name: "LayoutSafetyShareSettings"
    width: 1024
    height: 640
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    LayoutCheck { id: layout; testCase: testCase }
    ThemedHost { id: host }
    SecretEntry { id: typed }

    function initTestCase() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function openSection(index) {
        const home = createTemporaryObject(homePage, host)
        home.openSection(index)
        tryVerify(() => findChild(home, "sectionLoader").item !== null)
        return home
    }

    function walkTopAndEnd(name, home) {
        // The section's own scrolling page: the Flickable nearest below the section loader.
        const page = layout.flickableOf(findChild(home, "sectionLoader").item)
        verify(page, "a scrolling page in " + name)
        layout.verifyLayout(name, home, () => page.contentY = 0)
        layout.verifyLayout(name + "-end", home, () => {
            page.contentY = Math.max(0, page.contentHeight - page.height)
        })
    }

    function test_1_safety() {
        walkTopAndEnd("safety", openSection(3))
    }

    function test_2_share() {
        const home = openSection(4)
        findChild(home, "shareAgenda").text = "The nights, mostly.\nהשבוע בעבודה"
        findChild(home, "shareName").text = "Robin"
        walkTopAndEnd("share", home)
    }

    function test_3_settings() {
        walkTopAndEnd("settings", openSection(5))
    }
}
