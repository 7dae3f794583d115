import QtQuick
import QtQuick.Controls
import QtCharts
import Tideline
import Tideline.App

// The series of one metric with its rolling mean. Each run of consecutive recorded days is its
// own line, so a gap is drawn as a gap (a LineSeries would join across it); days on their own
// show as dots. The date axis is labelled where the model says (whole days, today last, never
// after today); the view only tells it how many labels fit.
ChartView {
    id: chart

    property TrendChartModel model
    // The point last chosen, in words ("Tuesday 3 November 2026: 6"); empty until then.
    property string picked: ""

    antialiasing: true
    legend.visible: false
    backgroundColor: Theme.surface
    plotAreaColor: Theme.surface
    backgroundRoundness: Theme.radius
    margins.left: 4
    // Today's label sits under the last day, near the right end: room for its second half.
    margins.right: Math.ceil(tickMetrics.advanceWidth / 2) + 4
    margins.top: 4
    margins.bottom: 4
    animationOptions: ChartView.NoAnimation
    // Month names on the time axis and numbers on the value axis in the language in use.
    locale: Qt.locale()
    localizeNumbers: true
    Accessible.role: Accessible.Chart
    Accessible.name: model ? model.chartSummary : ""

    // How wide the widest date label is, so the model can leave room between labels.
    TextMetrics {
        id: tickMetrics
        font.pixelSize: Theme.fontCaption
        text: chart.model ? chart.model.tickLabelSample : ""
    }
    Binding {
        target: chart.model
        property: "tickRoom"
        value: Math.max(2, Math.floor(chart.plotArea.width / (tickMetrics.advanceWidth + Theme.spaceL)))
        when: chart.model !== null && chart.plotArea.width > 0
    }

    // A value axis in milliseconds with a label on each of the model's days: a DateTimeAxis
    // spreads its ticks evenly between its ends, which puts them between days.
    CategoryAxis {
        id: xAxis
        min: chart.model ? chart.model.axisFrom : 0
        max: chart.model ? chart.model.axisTo : 1
        startValue: min
        labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
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

    function placeTicks() {
        // categoriesLabels is read afresh on each access: take the first until none is left.
        while (xAxis.count > 0)
            xAxis.remove(xAxis.categoriesLabels[0])
        if (!chart.model)
            return
        for (const tick of chart.model.ticks)
            xAxis.append(tick.label, tick.x)
    }

    function rebuild() {
        chart.removeAllSeries()
        placeTicks()
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

    // Click (or tap) anywhere on the plot to read the nearest value drawn.
    MouseArea {
        anchors.fill: parent
        onClicked: (mouse) => {
            if (!chart.model || chart.count === 0)
                return
            const at = chart.mapToValue(Qt.point(mouse.x, mouse.y), chart.series(0))
            chart.picked = chart.model.describeNearest(at.x)
        }
    }

    Connections {
        target: chart.model
        function onSeriesChanged() {
            chart.picked = ""
            chart.rebuild()
        }
        function onTicksChanged() { chart.placeTicks() }
    }
    Connections {
        target: Theme
        function onDarkChanged() { chart.rebuild() }
    }
    Component.onCompleted: rebuild()
}
