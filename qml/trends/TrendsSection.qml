import QtQuick
import Tideline

// The Trends section: the charts, or the review of two periods. Both pages are loaded by URL
// when the person opens them, so Qt Charts is never loaded before Trends is opened (the lock
// screen's first frame and unlock stay fast).
Item {
    id: section

    property bool reviewing: false

    Loader {
        id: pageLoader
        objectName: "trendsPageLoader"
        anchors.fill: parent
        source: section.reviewing ? "ReviewPage.qml" : "TrendsPage.qml"
    }
    Connections {
        target: pageLoader.item
        ignoreUnknownSignals: true
        function onCompareRequested() { section.reviewing = true }
        function onBackRequested() { section.reviewing = false }
    }
}
