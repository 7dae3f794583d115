import QtQuick
import QtTest
import Tideline
import Tideline.App

// Trends and Review on a vault with nothing recorded: calm words, no chart drawn, no zeros.
TestCase {
    id: testCase
    name: "TrendsEmpty"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }

    function test_emptyVault() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
        const home = createTemporaryObject(homePage, testCase)
        mouseClick(findChild(home, "navTrends"))
        tryVerify(() => findChild(home, "trendsPageLoader") !== null && findChild(home, "trendsPageLoader").item !== null)
        const page = findChild(home, "trendsPageLoader").item
        const summary = findChild(page, "chartSummary")
        verify(summary.text.indexOf("nothing recorded yet") > 0, summary.text)
        verify(summary.text.indexOf("never zero") > 0, summary.text)
        compare(findChild(page, "chartLoader").item, null)
        verify(findChild(page, "calendarSummary").text.indexOf("nothing recorded") > 0)
        verify(!findChild(page, "relationship_0"))
        mouseClick(findChild(page, "range_0"))
        verify(summary.text.indexOf("nothing recorded yet") > 0, summary.text)

        mouseClick(findChild(page, "compareButton"))
        tryVerify(() => findChild(home, "reviewModel") !== null)
        const review = findChild(home, "trendsPageLoader").item
        verify(findChild(review, "reviewEmpty").visible)
        verify(findChild(review, "reviewDays").text.indexOf("Check-ins on 0 of") === 0)
        verify(!findChild(review, "saveReflection").enabled, "nothing to save yet")
        mouseClick(findChild(review, "backToTrends"))
        tryVerify(() => findChild(home, "trendChartModel") !== null)
    }
}
