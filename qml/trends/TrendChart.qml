import QtQuick
import QtQuick.Controls
import QtCharts
import Tideline
import Tideline.App

// The series of one metric with its rolling mean. Each run of consecutive recorded days is its
// own line, so a gap is drawn as a gap (a LineSeries would join across it); days on their own
// show as dots.
ChartView {
    id: chart

    property TrendsModel model
    // The point last tapped, in words ("Tuesday 3 November 2026: 6"); empty until then.
    property string picked: ""

    antialiasing: true
    legend.visible: false
    backgroundColor: Theme.surface
    plotAreaColor: Theme.surface
    backgroundRoundness: Theme.radius
    margins.left: 4
    margins.right: 4
    margins.top: 4
    margins.bottom: 4
    animationOptions: ChartView.NoAnimation
    // Month names on the time axis and numbers on the value axis in the language in use.
    locale: Qt.locale()
    localizeNumbers: true
    Accessible.role: Accessible.Chart
    Accessible.name: model ? model.chartSummary : ""

    DateTimeAxis {
        id: xAxis
        min: chart.model ? chart.model.axisFrom : new Date()
        max: chart.model ? chart.model.axisTo : new Date()
        format: chart.model && chart.model.totalDays > 120 ? "MMM yyyy" : "d MMM"
        tickCount: chart.width < 500 ? 4 : 6
        labelsColor: Theme.textMuted
        gridLineColor: Theme.border
        color: Theme.border
        titleText: !chart.model ? "" : chart.model.bucket === "week" ? qsTr("week")
                 : chart.model.bucket === "month" ? qsTr("month") : qsTr("day")
        titleBrush: Theme.textMuted
        labelsFont.pixelSize: Theme.fontCaption
        titleFont.pixelSize: Theme.fontCaption
    }
    ValueAxis {
        id: yAxis
        min: chart.model ? chart.model.valueMin : 0
        max: chart.model ? chart.model.valueMax : 10
        tickCount: 6
        labelFormat: "%.3g"
        labelsColor: Theme.textMuted
        gridLineColor: Theme.border
        color: Theme.border
        titleText: chart.model ? chart.model.valueAxisTitle : ""
        titleBrush: Theme.textMuted
        labelsFont.pixelSize: Theme.fontCaption
        titleFont.pixelSize: Theme.fontCaption
    }

    function rebuild() {
        chart.removeAllSeries()
        if (!chart.model)
            return
        const dots = chart.createSeries(ChartView.SeriesTypeScatter, "dots", xAxis, yAxis)
        dots.color = Theme.accent
        dots.borderColor = Theme.accent
        dots.markerSize = chart.model.totalDays > 120 ? 4 : 6
        const runsOfValues = chart.model.valueRuns
        for (let r = 0; r < runsOfValues.length; ++r) {
            const run = runsOfValues[r]
            if (run.length === 1) {
                dots.append(run[0].x, run[0].y)
                continue
            }
            const line = chart.createSeries(ChartView.SeriesTypeLine, "values" + r, xAxis, yAxis)
            line.color = Theme.accent
            line.width = 2
            for (let i = 0; i < run.length; ++i)
                line.append(run[i].x, run[i].y)
        }
        const runsOfMeans = chart.model.rollingRuns
        for (let m = 0; m < runsOfMeans.length; ++m) {
            const mean = chart.createSeries(ChartView.SeriesTypeLine, "mean" + m, xAxis, yAxis)
            mean.color = Theme.textMuted
            mean.width = 3
            mean.style = Qt.DashLine
            const points = runsOfMeans[m]
            for (let j = 0; j < points.length; ++j)
                mean.append(points[j].x, points[j].y)
        }
    }

    // Tap (or click) anywhere on the plot to read the nearest value drawn.
    MouseArea {
        anchors.fill: parent
        onClicked: (mouse) => {
            if (!chart.model || chart.count === 0)
                return
            const at = chart.mapToValue(Qt.point(mouse.x, mouse.y), chart.series(0))
            let nearest = null
            const runsOfValues = chart.model.valueRuns
            for (let r = 0; r < runsOfValues.length; ++r) {
                for (const p of runsOfValues[r]) {
                    if (nearest === null || Math.abs(p.x - at.x) < Math.abs(nearest.x - at.x))
                        nearest = p
                }
            }
            if (nearest === null)
                return
            const value = Math.round(nearest.y * 10) / 10
            const day = new Date(nearest.x)
            chart.picked = chart.model.bucket === "day"
                    ? qsTr("%1: %2").arg(Qt.formatDate(day, qsTranslate("DateFormat", "dddd d MMMM yyyy", "QLocale format of a day with its weekday"))).arg(value)
                    : chart.model.bucket === "week"
                      ? qsTr("The week around %1: %2 on average").arg(Qt.formatDate(day, qsTranslate("DateFormat", "d MMMM yyyy", "QLocale format of a day"))).arg(value)
                      : qsTr("%1: %2 on average").arg(Qt.formatDate(day, qsTranslate("DateFormat", "MMMM yyyy", "QLocale format of a month"))).arg(value)
        }
    }

    Connections {
        target: chart.model
        function onSeriesChanged() {
            chart.picked = ""
            chart.rebuild()
        }
    }
    Connections {
        target: Theme
        function onDarkChanged() { chart.rebuild() }
    }
    Component.onCompleted: rebuild()
}
