import QtQuick
import QtTest
import Tideline
import Tideline.App

// Settings → Renew keys: the plain explanation, a wrong PIN told gently (a counted try), the new
// recovery code shown as at first start with its "I have saved it"; and a code that went with a
// lock offered again, calmly and skippably, on Home after the next unlock.
TestCase {
    id: testCase
    name: "RenewKeys"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    Component { id: onboardingPage; OnboardingPage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }
    SignalSpy { id: finished; target: Session; signalName: "renewFinished" }

    function type(field, text) {
        field.forceActiveFocus()
        for (const c of text)
            field.entry.appendText(c)
    }

    function unlock() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function renewFrom(form, pin) {
        finished.clear()
        type(findChild(form, "renewCurrentSecret"), pin)
        findChild(form, "renewKeysButton").clicked()
        tryCompare(finished, "count", 1, 20000)
        verify(!Session.working)
        return finished.signalArguments[0][0]
    }

    function test_1_renewFromSettings() {
        unlock()
        verify(!Session.renewalOffered) // the fixture's code was written down
        const home = createTemporaryObject(homePage, testCase)
        mouseClick(findChild(home, "navSettings"))
        tryVerify(() => findChild(home, "renewKeysForm") !== null)
        const form = findChild(home, "renewKeysForm")
        const open = findChild(form, "openRenewKeys")
        verify(open.visible)
        verify(open.Accessible.name.length > 0)
        open.clicked()
        verify(findChild(form, "renewCurrentSecret").visible)
        verify(findChild(form, "renewCurrentSecret").accessibleName.length > 0)

        // Wrong PIN: nothing renewed, the gentle wrong-try words, the field emptied.
        verify(!renewFrom(form, "135799"))
        const message = findChild(form, "renewKeysMessage")
        verify(message.text.indexOf("That didn't open it.") === 0, message.text)
        compare(findChild(form, "renewCurrentSecret").entry.length, 0)
        verify(!Onboarding.showingCode)
        compare(Session.state, Session.Unlocked)

        // The right PIN: a new code, drawn by onboarding's last step.
        verify(renewFrom(form, "246810"))
        compare(message.text, "")
        verify(!findChild(form, "renewCurrentSecret").visible)
        verify(Onboarding.active)
        compare(Onboarding.recoveryGroupCount, 7)

        const page = createTemporaryObject(onboardingPage, testCase)
        const groups = findChild(page, "recoveryCodeGroups")
        tryVerify(() => groups.visible)
        const continueButton = findChild(page, "recoveryContinue")
        verify(!continueButton.enabled)
        findChild(page, "savedCheck").checked = true
        waitForRendering(page) // the groups are laid out for the width once the page is drawn
        mouseClick(continueButton)
        verify(!Onboarding.showingCode)
        verify(!Onboarding.active)
    }

    function test_2_codeGoneWithALockIsOfferedAgain() {
        compare(Session.state, Session.Unlocked)
        const home = createTemporaryObject(homePage, testCase)
        mouseClick(findChild(home, "navSettings"))
        tryVerify(() => findChild(home, "renewKeysForm") !== null)
        const form = findChild(home, "renewKeysForm")
        findChild(form, "openRenewKeys").clicked()
        verify(renewFrom(form, "246810"))
        verify(Onboarding.showingCode)
        home.destroy()

        // The vault locks while the new code is on screen: it goes from memory, unconfirmed.
        Session.lock()
        verify(!Onboarding.showingCode)
        unlock()
        verify(Session.renewalOffered)

        const again = createTemporaryObject(homePage, testCase)
        const offer = findChild(again, "renewalOffer")
        tryVerify(() => offer.visible)
        verify(offer.text.indexOf("before you said you had written it down") >= 0, offer.text)

        // "Make a new code": the dialog asks the PIN and shows the new code as at first start.
        mouseClick(findChild(again, "renewalOfferAccept"))
        const dialog = findChild(again, "renewalDialog")
        tryVerify(() => dialog.opened)
        const dialogForm = findChild(dialog.contentItem, "offerRenewKeysForm")
        verify(findChild(dialogForm, "renewCurrentSecret").visible)
        verify(renewFrom(dialogForm, "246810"))
        tryVerify(() => !dialog.visible)
        verify(!Session.renewalOffered)
        verify(Onboarding.active)
        Onboarding.acknowledgeRecoveryCode()

        // Said to be saved this time: the next unlock offers nothing.
        Session.lock()
        unlock()
        verify(!Session.renewalOffered)
    }

    function test_3_notNow() {
        const home = createTemporaryObject(homePage, testCase)
        mouseClick(findChild(home, "navSettings"))
        tryVerify(() => findChild(home, "renewKeysForm") !== null)
        const form = findChild(home, "renewKeysForm")
        findChild(form, "openRenewKeys").clicked()
        verify(renewFrom(form, "246810"))
        home.destroy()
        Session.lock()
        unlock()
        const again = createTemporaryObject(homePage, testCase)
        const offer = findChild(again, "renewalOffer")
        tryVerify(() => offer.visible)
        mouseClick(findChild(again, "renewalOfferLater"))
        tryVerify(() => !offer.visible)
        verify(!Session.renewalOffered)
        compare(Session.state, Session.Unlocked)
    }
}
