import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// "Entry deleted. Undo" for a few seconds after a delete; quiet, never a pop-up.
Rectangle {
    id: bar

    property string message
    signal undoRequested()
    signal closeRequested()

    visible: message.length > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spaceS : 0
    radius: Theme.radius
    color: Theme.notice
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceL
        anchors.rightMargin: Theme.spaceS
        spacing: Theme.spaceS
        Label {
            Layout.fillWidth: true
            text: bar.message
            color: Theme.textOnNotice
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        TextLink {
            objectName: "undoDelete"
            text: qsTr("Undo")
            color: Theme.textOnNotice
            Accessible.name: qsTr("Undo the delete")
            onClicked: bar.undoRequested()
        }
        TextLink {
            objectName: "closeUndo"
            text: qsTr("Close")
            color: Theme.textOnNotice
            Accessible.name: qsTr("Close this message")
            onClicked: bar.closeRequested()
        }
    }
}
