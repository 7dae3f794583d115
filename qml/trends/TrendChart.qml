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

    Connections {
        target: chart.model
        function onSeriesChanged() { chart.rebuild() }
    }
    Connections {
        target: Theme
        function onDarkChanged() { chart.rebuild() }
    }
    Component.onCompleted: rebuild()
}
