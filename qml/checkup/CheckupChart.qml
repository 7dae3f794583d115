import QtQuick
import QtCharts
import Tideline
import Tideline.App

// One check-up's totals as points (never joined across the weeks between them) over the form's
// bands, each a light shade named at its right edge (and under the chart).
ChartView {
    id: chart

    property CheckupTrendModel model

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
    Accessible.name: model ? model.summary : ""

    DateTimeAxis {
        id: xAxis
        min: chart.model ? chart.model.axisFrom : new Date()
        max: chart.model ? chart.model.axisTo : new Date()
        format: "d MMM yy"
        tickCount: chart.width < 500 ? 3 : 5
        labelsColor: Theme.textMuted
        gridLineColor: Theme.border
        color: Theme.border
        labelsFont.pixelSize: Theme.fontCaption
    }
    ValueAxis {
        id: yAxis
        min: chart.model ? chart.model.scoreMin : 0
        max: chart.model ? chart.model.scoreMax : 10
        tickCount: 5
        labelFormat: "%d"
        labelsColor: Theme.textMuted
        gridLineColor: Theme.border
        color: Theme.border
        labelsFont.pixelSize: Theme.fontCaption
    }

    function rebuild() {
        chart.removeAllSeries()
        if (!chart.model)
            return
        const dots = chart.createSeries(ChartView.SeriesTypeScatter, "totals", xAxis, yAxis)
        dots.color = Theme.accent
        dots.borderColor = Theme.accent
        dots.markerSize = 9
        const points = chart.model.points
        for (let i = 0; i < points.length; ++i)
            dots.append(points[i].x, points[i].y)
    }

    // The bands, lightly shaded in turn over the plot, each named at its right edge when tall enough.
    Repeater {
        model: chart.model ? chart.model.bands : []
        delegate: Rectangle {
            required property var modelData
            required property int index
            readonly property real span: Math.max(1, yAxis.max - yAxis.min)
            readonly property real low: index === 0 ? modelData.min : modelData.min - 0.5
            readonly property real high: chart.model && index === chart.model.bands.length - 1 ? modelData.max : modelData.max + 0.5
            x: chart.plotArea.x
            width: chart.plotArea.width
            y: chart.plotArea.y + (yAxis.max - high) / span * chart.plotArea.height
            height: (high - low) / span * chart.plotArea.height
            color: index % 2 === 0 ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, Theme.dark ? 0.16 : 0.10)
                                   : Qt.rgba(Theme.textMuted.r, Theme.textMuted.g, Theme.textMuted.b, Theme.dark ? 0.14 : 0.08)
            Text {
                anchors.right: parent.right
                anchors.rightMargin: 6
                anchors.verticalCenter: parent.verticalCenter
                visible: parent.height > font.pixelSize * 1.3
                text: parent.modelData.label
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
            }
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
    onModelChanged: rebuild()
}
