import QtQuick
import Tideline

// The Trends section: the charts, or the review of two periods. Both pages are loaded by URL
// when the person opens them, so Qt Charts is never loaded before Trends is opened (the lock
// screen's first frame and unlock stay fast).
Item {
    id: section

    property bool reviewing: false
    // The period the review opens on when it is asked for from elsewhere ("lastMonth" from the
    // monthly offer on Today); "" keeps the review's own default.
    property string reviewPeriod: ""
    // What the charts showed, so coming back from the review finds them as they were.
    property string metricKey: ""
    property int rangeDays: 30

    Loader {
        id: pageLoader
        objectName: "trendsPageLoader"
        anchors.fill: parent
        source: section.reviewing ? "ReviewPage.qml" : "TrendsPage.qml"
        onLoaded: {
            if (!section.reviewing)
                item.restoreChoice(section.metricKey, section.rangeDays)
            else if (section.reviewPeriod.length > 0) {
                item.showPeriod(section.reviewPeriod)
                section.reviewPeriod = "" // once: "Compare two periods" later opens as usual
            }
        }
    }
    Connections {
        target: pageLoader.item
        ignoreUnknownSignals: true
        function onCompareRequested() { section.reviewing = true }
        function onChoiceChanged(metricKey, rangeDays) {
            section.metricKey = metricKey
            section.rangeDays = rangeDays
        }
        function onBackRequested() { section.reviewing = false }
    }
}
