import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// "Am I getting better?": one metric over a chosen range with its rolling average, a year as
// a calendar, routines, and how the measures move together. Gaps stay gaps; every chart has a
// sentence that says what it shows, for screen readers and for anyone who prefers words.
Flickable {
    id: page

    readonly property string title: qsTr("Trends")
    signal compareRequested()
    signal choiceChanged(string metricKey, int rangeDays)

    function restoreChoice(metricKey, rangeDays) {
        // A measure turned off since then is simply not restored.
        if (trends.metrics.some(m => m.key === metricKey))
            trends.metricKey = metricKey
        trends.rangeDays = rangeDays
    }

    contentHeight: column.implicitHeight + 2 * Theme.spaceXl
    contentWidth: width // vertical only
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    // The chart owns the choice of measure and range; the year, the routines and the
    // relationships follow it.
    TrendChartModel {
        id: trends
        objectName: "trendChartModel"
        onSeriesChanged: page.choiceChanged(metricKey, rangeDays)
    }
    TrendCalendarModel { id: calendar; objectName: "trendCalendarModel"; metricKey: trends.metricKey }
    AdherenceModel { id: adherence; objectName: "adherenceModel"; rangeDays: trends.rangeDays }
    RelationshipModel {
        id: relationships
        objectName: "relationshipModel"
        metricKey: trends.metricKey
        rangeDays: trends.rangeDays
    }
    WhatHelpsModel {
        id: whatHelps
        objectName: "whatHelpsModel"
        metricKey: trends.metricKey
        rangeDays: trends.rangeDays
    }

    ColumnLayout {
        id: column
        x: Math.max(Theme.spaceL, (page.width - width) / 2)
        y: Theme.spaceXl
        width: Math.min(page.width - 2 * Theme.spaceL, 900)
        spacing: Theme.spaceM

        // The button goes under the title on a narrow window: a longer language needs the room.
        GridLayout {
            Layout.fillWidth: true
            columns: header.implicitWidth + compare.implicitWidth + Theme.spaceM > column.width ? 1 : 2
            columnSpacing: Theme.spaceM
            Heading { id: header; Layout.fillWidth: true; text: page.title }
            WrappingButton {
                id: compare
                objectName: "compareButton"
                text: qsTr("Compare two periods")
                Accessible.name: text
                onClicked: page.compareRequested()
            }
        }
        GentleMessage {
            Layout.fillWidth: true
            text: [trends.lastError, calendar.lastError, adherence.lastError, relationships.lastError,
                   whatHelps.lastError]
                  .filter(message => message.length > 0)[0] || ""
        }

        ChoiceBox {
            id: metricPicker
            objectName: "metricPicker"
            Layout.fillWidth: true
            Layout.maximumWidth: 360
            model: trends.metrics
            textRole: "label"
            valueRole: "key"
            Accessible.name: qsTr("Measure to show")
            labelFor: (value) => value.label
            currentIndex: trends.metrics.findIndex(m => m.key === trends.metricKey)
            onActivated: (index) => trends.metricKey = trends.metrics[index].key
        }
        RangeChoice {
            objectName: "rangeChoice"
            Layout.fillWidth: true
            namePrefix: "range"
            current: trends.rangeDays
            options: [
                { value: 7, label: qsTr("7 days") },
                { value: 30, label: qsTr("30 days") },
                { value: 90, label: qsTr("90 days") },
                { value: 365, label: qsTr("Year") },
                { value: 0, label: qsTr("All") }
            ]
            onPicked: (value) => trends.rangeDays = value
        }

        BodyText {
            objectName: "chartSummary"
            Layout.fillWidth: true
            text: trends.chartSummary
        }
        Loader {
            id: chartLoader
            // Built once the page is on screen, so switching sections stays quick.
            objectName: "chartLoader"
            Layout.fillWidth: true
            Layout.preferredHeight: page.width < 500 ? 240 : 320
            active: trends.hasData
            asynchronous: false
            sourceComponent: TrendChart { objectName: "trendChart"; model: trends }
        }
        Flow {
            objectName: "chartLegend"
            Layout.fillWidth: true
            visible: trends.hasData
            spacing: Theme.spaceL
            Row {
                spacing: Theme.spaceXs
                Rectangle { width: 18; height: 3; color: Theme.accent; anchors.verticalCenter: parent.verticalCenter }
                Label { color: Theme.textMuted; font.pixelSize: Theme.fontCaption; text: trends.pointsLabel }
            }
            Row {
                spacing: Theme.spaceXs
                Rectangle { width: 18; height: 3; color: Theme.textMuted; anchors.verticalCenter: parent.verticalCenter }
                Label { color: Theme.textMuted; font.pixelSize: Theme.fontCaption; text: trends.rollingLabel }
            }
        }

        BodyText {
            objectName: "chartPicked"
            Layout.fillWidth: true
            visible: trends.hasData
            muted: true
            text: chartLoader.item && chartLoader.item.picked.length > 0 ? chartLoader.item.picked
                                                                         : qsTr("Click or tap the chart to read a value.")
        }

        // Check-ups (PCL-5, PHQ-9, GAD-7, a therapist's own): totals over their bands.
        CheckupTrends { objectName: "checkupTrends"; Layout.fillWidth: true }

        Heading { Layout.fillWidth: true; Layout.topMargin: Theme.spaceL; text: qsTr("The year at a glance") }
        BodyText { objectName: "calendarSummary"; Layout.fillWidth: true; muted: true; text: calendar.summary }
        CalendarHeatmap { objectName: "calendarHeatmap"; Layout.fillWidth: true; model: calendar }

        Heading { Layout.fillWidth: true; Layout.topMargin: Theme.spaceL; text: qsTr("Routines") }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: qsTr("Days each was done in this range; the bars are the latest weeks.")
        }
        AdherenceList { objectName: "adherenceList"; Layout.fillWidth: true; model: adherence }

        Heading { Layout.fillWidth: true; Layout.topMargin: Theme.spaceL; text: qsTr("What seems to help") }
        WhatHelpsList {
            objectName: "whatHelpsList"
            Layout.fillWidth: true
            model: whatHelps
            scaleMin: trends.valueMin
            scaleMax: trends.valueMax
        }

        Heading { Layout.fillWidth: true; Layout.topMargin: Theme.spaceL; text: qsTr("What moves together") }
        RelationshipList { objectName: "relationshipList"; Layout.fillWidth: true; model: relationships }
    }
}
