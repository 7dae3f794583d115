import QtQuick
import QtQuick.Controls
import Tideline

// A calm message box for things the person should notice (a wrong try, a wait, damage).
// Soft sand colour, never alarm red; read out by screen readers when it appears.
Rectangle {
    id: box

    property alias text: label.text
    property bool concern: false

    visible: text.length > 0
    implicitHeight: label.implicitHeight + 2 * Theme.spaceM
    implicitWidth: label.implicitWidth + 2 * Theme.spaceL
    radius: Theme.radius
    color: Theme.notice

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spaceM
        anchors.leftMargin: Theme.spaceL
        anchors.rightMargin: Theme.spaceL
        color: box.concern ? Theme.concern : Theme.textOnNotice
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }
}
