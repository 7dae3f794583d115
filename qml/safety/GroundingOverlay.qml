import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// Runs one grounding tool over the whole window. It can be left at any moment: "Stop" at the
// top, Escape, or the tool's own last step. Nothing of a tool survives closing it (notes are
// kept only when the person asked, inside the tool).
Popup {
    id: overlay

    // "breathing", "senses" or "bodyscan"; "" while closed.
    property string tool: ""
    // Phone-width: the bar keeps its actions and the tool's name moves into the page.
    readonly property bool compact: width < 560

    function start(name) {
        tool = name
        open()
    }

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 400
    height: parent ? parent.height : 600
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape
    onClosed: tool = ""

    background: Rectangle { color: Theme.background }

    contentItem: Item {
        // The same bar as every page's: Stop, then support and Quick exit, which stay within reach
        // over the exercise too and keep their room on a phone at a large text size.
        TopBar {
            id: bar
            objectName: "groundingBar"
            anchors.left: parent.left
            anchors.right: parent.right
            title: toolLoader.item ? toolLoader.item.title : ""
            BarButton {
                objectName: "groundingStop"
                inCompactBar: bar.compact
                text: qsTr("Stop")
                Accessible.name: qsTr("Stop and close this exercise")
                onClicked: overlay.close()
            }
        }

        Flickable {
            anchors.top: bar.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            contentWidth: width
            contentHeight: column.implicitHeight + 2 * Theme.spaceXl
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            Column {
                id: column
                x: Math.max(Theme.spaceL, (parent.width - width) / 2)
                y: Theme.spaceXl
                width: Math.min(overlay.width - 2 * Theme.spaceL, Theme.contentMaxWidth)
                spacing: Theme.spaceL

                Heading {
                    width: parent.width
                    visible: overlay.compact
                    text: toolLoader.item ? toolLoader.item.title : ""
                }
                Loader {
                    id: toolLoader
                    objectName: "groundingToolLoader"
                    width: parent.width
                    source: overlay.tool === "breathing" ? "BreathingTool.qml"
                          : overlay.tool === "senses" ? "SensesTool.qml"
                          : overlay.tool === "bodyscan" ? "BodyScanTool.qml" : ""
                    onLoaded: if (item.done) item.done.connect(overlay.close)
                }
            }
        }
    }
}
