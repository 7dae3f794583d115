import QtQuick
import QtQuick.Controls
import QtTest
import Tideline
import Tideline.App

// The Review page on a year of invented history: two periods in words with small bars, other
// periods and own dates (a bad date gets a message), and a reflection saved to the journal.
TestCase {
    id: testCase
    name: "ReviewPage"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }

    function test_review() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
        const home = createTemporaryObject(homePage, testCase)
        mouseClick(findChild(home, "navTrends"))
        tryVerify(() => findChild(home, "compareButton") !== null)
        mouseClick(findChild(home, "compareButton"))
        tryVerify(() => findChild(home, "reviewModel") !== null)
        const page = findChild(home, "trendsPageLoader").item
        const model = findChild(page, "reviewModel")

        verify(model.hasData)
        verify(findChild(page, "reviewTitle").text.indexOf("compared with") > 0)
        const first = findChild(page, "reviewMetric_0")
        verify(first)
        verify(/^Mood: [0-9.]+ → [0-9.]+ on average \((higher|lower|about the same)\), recorded on \d+ of \d+ days$/
               .test(first.Accessible.name), first.Accessible.name)

        mouseClick(findChild(page, "period_days30"))
        compare(model.period, "days30")
        verify(findChild(page, "reviewDays").text.indexOf("of 30 days") > 0)

        mouseClick(findChild(page, "period_custom"))
        const beforeFrom = findChild(page, "beforeFrom")
        verify(beforeFrom.visible)
        beforeFrom.text = "2026-02-30"
        findChild(page, "beforeTo").text = "2026-03-01"
        findChild(page, "afterFrom").text = "2026-03-02"
        findChild(page, "afterTo").text = "2026-03-03"
        mouseClick(findChild(page, "compareRanges"))
        verify(findChild(page, "reviewError").text.length > 0, "a clear message for a day that does not exist")

        const box = findChild(page, "reflectionBox")
        box.text = "Looking back, the walks helped 🌿"
        const save = findChild(page, "saveReflection")
        verify(save.enabled)
        save.clicked()
        verify(findChild(page, "reflectionSaved").text.indexOf("review") > 0)
        compare(box.text, "")
    }
}
