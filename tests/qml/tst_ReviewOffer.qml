import QtQuick
import QtQuick.Controls
import QtTest
import Tideline
import Tideline.App

// Today's monthly look back (issue 18, item 3), on a year of invented history ending today, by
// mouse: "Stop offering this" puts it away and Settings' switch brings it back; "Look back" opens
// the Review page and the offer is settled for the month. (Any action settles the month, so "Not
// this month" is left to core's MonthlyReviewTest; here its button is checked for a name.)
TestCase {
    id: testCase
    name: "ReviewOffer"
    width: 1000
    height: 1300 // the card and its buttons above the fold, without scrolling Today
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }

    function unlock() {
        if (Session.state === Session.Unlocked)
            return
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function offerOn(home) {
        const card = findChild(home, "reviewOfferCard")
        verify(card, "Today has the look-back card")
        return card
    }

    // Today's cards come in one after another (the check-up card above this one): click only
    // once the card has stayed where it is for a moment.
    function settled(item) {
        let lastY = NaN
        tryVerify(() => {
            const y = item.mapToItem(null, 0, 0).y
            const still = y === lastY
            lastY = y
            return still
        }, 5000)
        waitForRendering(item)
    }

    function test_1_stop_then_settings_then_look_back() {
        unlock()
        const home = createTemporaryObject(homePage, testCase)
        const card = offerOn(home)
        tryVerify(() => card.visible, 5000, "a year of history: the month just gone is offered")
        verify(card.Accessible.name.length > 0)
        for (const name of ["reviewOfferLook", "reviewOfferNotNow", "reviewOfferStop"])
            verify(findChild(card, name).Accessible.name.length > 0, name)

        const stop = findChild(card, "reviewOfferStop")
        settled(card)
        mouseClick(stop)
        tryVerify(() => !card.visible)
        mouseClick(findChild(home, "navSettings"))
        const toggle = findChild(home, "reviewOfferSwitch")
        tryVerify(() => toggle !== null && toggle.visible)
        verify(!toggle.checked, "Settings shows the offer as off")
        mouseClick(toggle)
        tryVerify(() => toggle.checked)

        // Back on: a new Today offers it again, and "Look back" opens the Review page.
        const again = createTemporaryObject(homePage, testCase)
        const card2 = offerOn(again)
        tryVerify(() => card2.visible)
        settled(card2)
        mouseClick(findChild(card2, "reviewOfferLook"))
        tryVerify(() => findChild(again, "reviewModel") !== null, 5000, "the Review page is open")

        // Taken up: not offered again this month.
        const later = createTemporaryObject(homePage, testCase)
        const card3 = offerOn(later)
        wait(200)
        verify(!card3.visible)
    }
}
