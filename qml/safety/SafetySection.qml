import QtQuick
import Tideline

// The Safety section: the safety plan page, or the page that explains what sexual violence by a
// partner is, opened only when the person asks for it ("never shown unasked"). Back returns to
// the plan where it was left.
Item {
    id: section

    property bool understanding: false
    property real planScroll: 0

    Loader {
        id: pageLoader
        objectName: "safetyPageLoader"
        anchors.fill: parent
        focus: true
        source: section.understanding ? "UnderstandingPage.qml" : "SafetyPage.qml"
        onLoaded: {
            if (!section.understanding)
                item.contentY = section.planScroll
        }
    }
    Connections {
        target: pageLoader.item
        ignoreUnknownSignals: true
        function onUnderstandingRequested() {
            section.planScroll = pageLoader.item.contentY
            section.understanding = true
        }
        function onBackRequested() { section.understanding = false }
    }
}
