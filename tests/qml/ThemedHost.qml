import QtQuick
import QtQuick.Controls
import Tideline

// Holds a page under test with the window's font and palette (Main.qml gives them to the whole
// app; a TestCase's window has neither), so the layout tests measure the sizes the app draws.
Control {
    id: host

    anchors.fill: parent
    font.pixelSize: Theme.fontBody
    background: Rectangle { color: Theme.background }
    Component.onCompleted: Theme.paint(host.palette)
    Connections {
        target: Theme
        function onDarkChanged() { Theme.paint(host.palette) }
    }
}
