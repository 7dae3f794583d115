import QtQuick
import QtQuick.Controls
import QtTest
import Tideline
import Tideline.App

// The keyboard is never lost: after the support numbers on the lock screen the PIN field has it
// (digits go in, Return opens, it does not bring the numbers back); onboarding's "Back" leaves
// no stale "didn't match" and puts the keyboard in the field; after "That was me" (or "Hide") on
// a banner Tab still moves; links show a focus ring; choosing PIN or passphrase moves into the field.
TestCase {
    id: testCase
    name: "FocusAfterDialogs"
    width: 420
    height: 820
    visible: true
    when: windowShown

    Component { id: lockPage; LockPage { width: testCase.width; height: testCase.height } }
    Component { id: onboardingPage; OnboardingPage { width: testCase.width; height: testCase.height } }
    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }

    function typeKeys(text) {
        for (const c of text)
            keyClick(c)
    }
    function focused() {
        return testCase.Window.activeFocusItem
    }

    function test_1_linksShowAFocusRing() {
        compare(Session.state, Session.Locked)
        const page = createTemporaryObject(lockPage, testCase)
        page.forceActiveFocus() // as Main does with the page it shows
        const field = findChild(findChild(page, "unlockInput"), "secretField")
        tryVerify(() => field.activeFocus)
        const link = findChild(page, "useRecoveryCode")
        for (let i = 0; i < 20 && focused() !== link; ++i)
            keyClick(Qt.Key_Tab)
        compare(focused(), link)
        verify(link.visualFocus)
        verify(link.background.border.width >= 2)
        compare(String(link.background.border.color), String(Theme.focusRing))
        const support = findChild(page, "crisisLink")
        for (let i = 0; i < 20 && focused() !== support; ++i)
            keyClick(Qt.Key_Tab)
        compare(focused(), support)
        verify(support.background.border.width >= 2)
    }

    function test_2_supportOnTheLockScreenGivesTheFieldBack() {
        const page = createTemporaryObject(lockPage, testCase)
        page.forceActiveFocus() // as Main does with the page it shows
        const field = findChild(findChild(page, "unlockInput"), "secretField")
        tryVerify(() => field.activeFocus)
        const loader = findChild(page, "crisisDialogLoader")

        // By mouse: the link does not take the keyboard, and closing gives it back to the field.
        mouseClick(findChild(page, "crisisLink"))
        tryVerify(() => loader.item !== null && loader.item.opened)
        keyClick(Qt.Key_Escape)
        tryVerify(() => loader.item === null)
        verify(field.activeFocus)

        // By keyboard: Tab to the link, Return opens, Escape closes: the field again.
        const link = findChild(page, "crisisLink")
        for (let i = 0; i < 20 && focused() !== link; ++i)
            keyClick(Qt.Key_Tab)
        keyClick(Qt.Key_Return)
        tryVerify(() => loader.item !== null && loader.item.opened)
        mouseClick(findChild(loader.item.contentItem, "closeSupport"))
        tryVerify(() => loader.item === null)
        verify(field.activeFocus, String(focused()))

        // Digits go into the field, and Return opens the vault instead of the numbers.
        typeKeys("246810")
        compare(field.entry.length, 6)
        keyClick(Qt.Key_Return)
        compare(loader.active, false)
        tryCompare(Session, "state", Session.Unlocked, 10000)
        Session.lock()
    }

    function test_3_onboardingBackLeavesNoStaleWords() {
        const page = createTemporaryObject(onboardingPage, testCase)
        mouseClick(findChild(page, "welcomeContinue"))
        const choose = findChild(page, "chooseStep")
        tryVerify(() => choose !== null && findChild(choose, "secretField").activeFocus)
        typeKeys("135790")
        keyClick(Qt.Key_Return)
        const confirm = findChild(page, "confirmStep")
        const confirmField = findChild(confirm, "secretField")
        tryVerify(() => confirmField.activeFocus)
        typeKeys("111111")
        keyClick(Qt.Key_Return)
        const problem = findChild(confirm, "confirmProblem")
        verify(problem.text.indexOf("didn't match") >= 0, problem.text)

        // Back (by mouse, which gives the button the keyboard within its step).
        mouseClick(findChild(confirm, "confirmBack"))
        const chooseField = findChild(choose, "secretField")
        tryVerify(() => chooseField.activeFocus)
        compare(chooseField.entry.length, 0)
        typeKeys("135790")
        compare(chooseField.entry.length, 6)
        keyClick(Qt.Key_Return)
        // The confirm step again: nothing typed, no word from before, the keyboard in its field.
        tryVerify(() => confirmField.activeFocus)
        compare(problem.text, "")
        verify(!problem.visible)
        compare(confirmField.entry.length, 0)
    }

    function test_4_choosingAKindMovesIntoTheField() {
        const page = createTemporaryObject(onboardingPage, testCase)
        mouseClick(findChild(page, "welcomeContinue"))
        const choose = findChild(page, "chooseStep")
        const field = findChild(choose, "secretField")
        tryVerify(() => field.activeFocus)
        mouseClick(findChild(choose, "choosePassphrase"))
        tryVerify(() => field.activeFocus)
        typeKeys("calm words")
        compare(field.entry.length, 10)
        mouseClick(findChild(choose, "choosePin"))
        tryVerify(() => field.activeFocus)
        compare(field.entry.length, 0) // switching the kind forgets what was typed
        // From the keyboard: Space on a radio does the same.
        const radio = findChild(choose, "choosePassphrase")
        radio.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        tryVerify(() => field.activeFocus)
    }

    function test_5_tabStillMovesAfterABannerIsPutAway() {
        typed.clear()
        for (const c of "999999")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "errorCode", Session.WrongSecret, 10000)
        tryCompare(Session, "state", Session.Locked, 10000)
        typed.clear()
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
        const home = createTemporaryObject(homePage, testCase)
        const notice = findChild(home, "unlockNotice")
        verify(notice.visible)
        const wasMe = findChild(notice, "hideMessage")
        compare(wasMe.text, "That was me")

        // From the keyboard: Tab to "That was me", Space puts the notice away, Tab moves on.
        home.forceActiveFocus()
        for (let i = 0; i < 60 && focused() !== wasMe; ++i)
            keyClick(Qt.Key_Tab)
        compare(focused(), wasMe)
        keyClick(Qt.Key_Space)
        verify(!notice.visible)
        compare(Session.unlockNotice, "")
        const after = focused()
        verify(after !== null && after !== wasMe && after.visible, String(after))
        keyClick(Qt.Key_Tab)
        const next = focused()
        verify(next !== null && next !== after && next.visible, String(next))
        Session.lock()
    }

    Component {
        id: bannerAndButtons
        FocusScope {
            width: testCase.width
            height: 300
            Column {
                Button { objectName: "before"; text: "Before" }
                GentleMessage {
                    id: banner
                    objectName: "banner"
                    width: 300
                    dismissible: true
                    text: "Something to notice"
                    onDismissed: text = ""
                }
                Button { objectName: "after"; text: "After" }
            }
        }
    }

    function test_6_hideByMouseLeavesTabWorking() {
        const scope = createTemporaryObject(bannerAndButtons, testCase)
        scope.forceActiveFocus()
        const banner = findChild(scope, "banner")
        mouseClick(findChild(banner, "hideMessage"))
        verify(!banner.visible)
        const now = focused()
        verify(now !== null && now.visible, String(now))
        keyClick(Qt.Key_Tab)
        verify(focused() !== null && focused().visible, String(focused()))
        verify(findChild(scope, "before").activeFocus || findChild(scope, "after").activeFocus, String(focused()))
    }
}
