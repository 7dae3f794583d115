import QtQuick
import QtCharts
import Tideline
import Tideline.App

// One check-up's totals as points (never joined across the weeks between them) over the form's
// bands, each band a light shade (named under the chart).
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
        const bands = chart.model.bands
        const from = xAxis.min.getTime()
        const to = xAxis.max.getTime()
        for (let b = 0; b < bands.length; ++b) {
            const upper = chart.createSeries(ChartView.SeriesTypeLine, "bandTop" + b, xAxis, yAxis)
            upper.append(from, bands[b].max + (b === bands.length - 1 ? 0 : 0.5))
            upper.append(to, bands[b].max + (b === bands.length - 1 ? 0 : 0.5))
            upper.visible = false
            const lower = chart.createSeries(ChartView.SeriesTypeLine, "bandBottom" + b, xAxis, yAxis)
            lower.append(from, bands[b].min - (b === 0 ? 0 : 0.5))
            lower.append(to, bands[b].min - (b === 0 ? 0 : 0.5))
            lower.visible = false
            const area = chart.createSeries(ChartView.SeriesTypeArea, "band" + b, xAxis, yAxis)
            area.upperSeries = upper
            area.lowerSeries = lower
            const shade = b % 2 === 0 ? Theme.accent : Theme.textMuted
            area.color = Qt.rgba(shade.r, shade.g, shade.b, Theme.dark ? 0.16 : 0.09)
            area.borderColor = "transparent"
            area.borderWidth = 0
        }
        const dots = chart.createSeries(ChartView.SeriesTypeScatter, "totals", xAxis, yAxis)
        dots.color = Theme.accent
        dots.borderColor = Theme.accent
        dots.markerSize = 9
        const points = chart.model.points
        for (let i = 0; i < points.length; ++i)
            dots.append(points[i].x, points[i].y)
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
