import QtQuick
import QtQuick.Controls
import Tideline

// A word or a group of characters shown on its own, to be read and written down.
Rectangle {
    id: chip

    property alias text: label.text
    property bool monospace: false

    implicitWidth: label.implicitWidth + 2 * Theme.spaceM
    implicitHeight: label.implicitHeight + 2 * Theme.spaceS
    radius: Theme.radius
    color: Theme.surfaceRaised
    border.color: Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Label {
        id: label
        anchors.centerIn: parent
        color: Theme.text
        font.family: chip.monospace ? "monospace" : Qt.application.font.family
        font.pixelSize: Theme.fontLarge
        font.letterSpacing: chip.monospace ? 2 : 0
    }
}
