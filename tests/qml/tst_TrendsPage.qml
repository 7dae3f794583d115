import QtQuick
import QtTest
import Tideline
import Tideline.App

// The Trends page on a year of invented history: the chart draws runs and dots, every range
// can be chosen, the calendar, routines and relationships show, and each chart has a summary
// in words. Then the same at phone size.
TestCase {
    id: testCase
    name: "TrendsPage"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }

    function unlock() {
        typed.clear()
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function openTrends(home) {
        home.openSection(2) // the side bar or the bottom bar, whichever the width shows
        tryVerify(() => findChild(home, "trendsPageLoader") !== null && findChild(home, "trendsPageLoader").item !== null)
        return findChild(home, "trendsPageLoader").item
    }

    function test_1_chartsWithData() {
        unlock()
        const home = createTemporaryObject(homePage, testCase)
        const page = openTrends(home)
        const model = findChild(page, "trendChartModel")
        verify(model.hasData)
        compare(model.metricKey, "mood")
        const summary = findChild(page, "chartSummary")
        verify(summary.text.indexOf("Mood over the last 30 days: recorded on ") === 0, summary.text)
        const chart = findChild(page, "trendChart")
        verify(chart, "the chart is built when there is data")
        verify(chart.count >= 2, "value runs and the rolling mean: " + chart.count)
        compare(chart.Accessible.name, model.chartSummary)

        // A click reads the nearest value in words.
        mouseClick(chart, chart.width - 40, chart.height / 2)
        verify(/: \d+(\.\d)?$/.test(findChild(page, "chartPicked").text), findChild(page, "chartPicked").text)

        mouseClick(findChild(page, "range_7"))
        compare(model.rangeDays, 7)
        verify(summary.text.indexOf("over the last 7 days") > 0, summary.text)
        // The date axis shows the model's days, today last, each at its day's noon.
        const axis = chart.axisX(chart.series(0))
        const ticks = model.ticks
        verify(ticks.length >= 2 && ticks.length <= model.tickRoom, ticks.length + " of " + model.tickRoom)
        compare(axis.categoriesLabels, ticks.map(t => t.label))
        verify(ticks[ticks.length - 1].x < model.axisTo, "no tick after today")
        mouseClick(findChild(page, "range_365"))
        compare(model.bucket, "week")
        verify(summary.text.indexOf("Each point is a week's average.") > 0, summary.text)
        mouseClick(findChild(page, "range_0"))
        compare(model.rangeDays, 0)
        verify(summary.text.indexOf("since the first check-in") > 0, summary.text)

        const picker = findChild(page, "metricPicker")
        const sleepIndex = model.metrics.findIndex(m => m.key === "sleep_hours")
        verify(sleepIndex >= 0)
        picker.activated(sleepIndex)
        compare(model.metricKey, "sleep_hours")
        verify(summary.text.indexOf("Hours of sleep") === 0, summary.text)
        verify(model.metrics.findIndex(m => m.key === "self_harm_thoughts") < 0, "off unless turned on")

        verify(findChild(page, "trendCalendarModel").count > 0)
        verify(findChild(page, "calendarSummary").text.indexOf("Monthly averages") > 0)
        verify(findChild(page, "adherence_0"))
        verify(findChild(page, "relationshipCaution").text.indexOf("does not mean one causes the other") >= 0)
        verify(findChild(page, "relationship_0"))
        // Said in words first; the number is there too.
        verify(findChild(findChild(page, "relationship_0"), "relationshipMeaning").text.indexOf(" link") > 0)
        verify(findChild(findChild(page, "relationship_0"), "relationshipFigures").text.indexOf("ρ = ") > 0)

        // Light and dark both draw (the chart is rebuilt in the new colours).
        AppSettings.theme = AppSettings.Dark
        verify(chart.count >= 2)
        AppSettings.theme = AppSettings.Light

        // The review and back: the charts come back as they were left.
        mouseClick(findChild(page, "compareButton"))
        tryVerify(() => findChild(home, "reviewModel") !== null)
        mouseClick(findChild(home, "backToTrends"))
        tryVerify(() => findChild(home, "trendChartModel") !== null)
        compare(findChild(home, "trendChartModel").metricKey, "sleep_hours")
        compare(findChild(home, "trendChartModel").rangeDays, 0)
    }

    function test_2_phoneSize() {
        testCase.width = 360
        testCase.height = 740
        const home = createTemporaryObject(homePage, testCase)
        const page = openTrends(home)
        const chart = findChild(page, "trendChart")
        verify(chart)
        verify(chart.width <= 360, chart.width)
        // What seems to help: its sentences wrap and its bars stay inside the row.
        const helps = findChild(page, "whatHelpsList")
        verify(helps)
        verify(helps.x + helps.width <= page.width, helps.width)
        const picker = findChild(page, "compareButton")
        verify(picker.x + picker.width <= page.width, "the compare button fits")
        testCase.width = 1000
        testCase.height = 760
    }
}
