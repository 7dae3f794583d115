import QtQuick
import QtTest
import Tideline
import Tideline.App

// Layout: Trends (the chart, its legend, the year at a glance, routines and relationships in
// words) and the Review of two periods, on a year of invented history, at a phone, a laptop and
// a desktop size in light and dark (LayoutWalker.js).
TestCase {
    id: testCase
    name: "LayoutTrends"
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

    function openTrends() {
        const home = createTemporaryObject(homePage, host)
        home.openSection(2)
        tryVerify(() => findChild(home, "trendChartModel") !== null)
        return home
    }

    function test_1_trends() {
        const home = openTrends()
        const model = findChild(home, "trendChartModel")
        verify(findChild(home, "trendChart"))
        layout.verifyLayout("trends", home)
        // A year: weekly points, dated labels with the year.
        findChild(home, "range_365").clicked()
        compare(model.bucket, "week")
        layout.verifyLayout("trends-year", home)
        // Further down: the year at a glance, routines and relationships.
        const page = findChild(home, "trendsPageLoader").item
        layout.verifyLayout("trends-relationships", home, () => {
            page.contentY = Math.max(0, page.contentHeight - page.height)
        })
    }

    function test_2_review() {
        const home = openTrends()
        findChild(home, "compareButton").clicked()
        tryVerify(() => findChild(home, "reviewModel") !== null)
        layout.verifyLayout("review", home)
        const page = findChild(home, "trendsPageLoader").item
        layout.verifyLayout("review-reflection", home, () => {
            page.contentY = Math.max(0, page.contentHeight - page.height)
        })
    }
}
