import QtQuick
import QtTest
import Tideline
import Tideline.App
import "PageWalker.js" as Walker

// Spanish chosen in Settings applies at once, on every page, with no English left, and nothing
// runs off the window at phone width (360 px) nor at a large desktop's (1440 px).
TestCase {
    id: testCase
    name: "LanguageSpanish"
    width: 1440
    height: 900
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { anchors.fill: parent } }
    Component { id: lockPage; LockPage { anchors.fill: parent } }
    SecretEntry { id: typed }

    function unlock() {
        typed.clear()
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function checkEverySection(home, size) {
        const english = []
        const clipped = []
        for (let index = 0; index < 6; ++index) {
            home.current = index
            const loader = findChild(home, "sectionLoader")
            tryVerify(() => loader.item !== null && loader.status === Loader.Ready, 10000)
            wait(50) // let lazily loaded parts (Trends' charts) settle
            const shown = Walker.texts(home, testCase)
            verify(shown.length > 3, "section " + index + " shows text")
            for (const t of shown) {
                if (Walker.looksEnglish(t.text))
                    english.push("section " + index + ": “" + t.text + "”")
                if (t.clipped)
                    clipped.push("section " + index + ": “" + t.text + "”")
            }
        }
        compare(english.join("\n"), "", "English left at " + size)
        compare(clipped.join("\n"), "", "text cut off at " + size)
    }

    // The lock screen, in Spanish from the start (the language at start follows the settings).
    function test_lockScreenInSpanish() {
        AppSettings.language = "es"
        for (const size of [[1440, 900], [360, 740]]) {
            testCase.width = size[0]
            testCase.height = size[1]
            const lock = createTemporaryObject(lockPage, testCase)
            wait(50)
            const shown = Walker.texts(lock, testCase)
            verify(shown.some(t => t.text === "Hola de nuevo"), "the lock screen speaks Spanish")
            const problems = shown.filter(t => Walker.looksEnglish(t.text) || t.clipped).map(t => t.text)
            compare(problems.join("\n"), "", "English or cut text on the lock screen at " + size[0] + " px")
        }
        AppSettings.language = ""
        testCase.width = 1440
        testCase.height = 900
    }

    function test_spanishEverywhere() {
        AppSettings.language = ""
        verify(Qt.locale().name.substring(0, 2) !== "es", Qt.locale().name)
        unlock()
        const home = createTemporaryObject(homePage, testCase)
        home.current = 5 // Settings
        tryVerify(() => findChild(home, "languageChoice") !== null)
        const choice = findChild(home, "languageChoice")
        compare(choice.model.length, 2)
        compare(choice.model[0], "English")
        compare(choice.model[1], "Español")
        choice.activated(1)
        compare(AppSettings.language, "es")
        compare(AppSettings.languageInUse, "es")
        // At once: the navigation, dates and numbers follow without a restart.
        tryVerify(() => findChild(home, "languageChoice") !== null)
        compare(home.sections[0].title, "Hoy")
        compare(Qt.locale().name.substring(0, 2), "es")
        compare(Qt.locale().firstDayOfWeek, Locale.Monday)

        checkEverySection(home, "1440 px")
        testCase.width = 360
        testCase.height = 740
        checkEverySection(home, "360 px")

        // And back: English again at once.
        home.current = 5
        tryVerify(() => findChild(home, "languageChoice") !== null)
        findChild(home, "languageChoice").activated(0)
        compare(home.sections[0].title, "Today")
        AppSettings.language = ""
    }
}
