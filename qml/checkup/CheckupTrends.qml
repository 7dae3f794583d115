import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// The Trends page's check-ups: each one's totals over time as points over its bands, lightly
// shaded, with a sentence that says what the chart shows. The chart (Qt Charts) is loaded by
// URL only when there is something to draw, as TrendsSection loads its pages.
ColumnLayout {
    id: section

    visible: trend.forms.length > 0
    spacing: Theme.spaceM

    CheckupTrendModel { id: trend; objectName: "checkupTrend" }

    Heading { Layout.fillWidth: true; Layout.topMargin: Theme.spaceL; text: qsTr("Check-ups") }
    RangeChoice {
        objectName: "checkupTrendForm"
        Layout.fillWidth: true
        namePrefix: "checkupTrend"
        current: trend.formKey
        options: trend.forms.map(f => ({ value: f.key, label: f.name }))
        onPicked: (value) => trend.formKey = value
    }
    BodyText { objectName: "checkupTrendSummary"; Layout.fillWidth: true; text: trend.summary }
    Loader {
        objectName: "checkupChartLoader"
        Layout.fillWidth: true
        Layout.preferredHeight: section.width < 500 ? 220 : 280
        active: trend.hasData
        source: "CheckupChart.qml"
        onLoaded: item.model = trend
    }
    BodyText {
        objectName: "checkupBands"
        Layout.fillWidth: true
        visible: trend.hasData
        muted: true
        font.pixelSize: Theme.fontCaption
        text: qsTr("Shaded from the bottom: %1. A score is not a diagnosis.")
              .arg(trend.bands.map(b => qsTr("%1–%2 %3", "a band of scores: lowest, highest, its name")
                                             .arg(b.min).arg(b.max).arg(b.label)).join(qsTr(" · ", "between bands of scores")))
    }
}
