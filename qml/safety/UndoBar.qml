import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// "Removed “…”. Undo": a removal in the safety plan can be taken back until the next one
// (or until the vault locks), so a slip of the hand loses nothing.
Rectangle {
    id: bar

    property string removed
    signal undo()
    signal dismissed()

    visible: removed.length > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spaceS : 0
    radius: Theme.radius
    color: Theme.notice

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spaceS
        anchors.leftMargin: Theme.spaceL
        spacing: Theme.spaceS
        Label {
            Layout.fillWidth: true
            text: qsTr("Removed “%1”.").arg(bar.removed)
            textFormat: Text.PlainText
            color: Theme.textOnNotice
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            maximumLineCount: 2
            elide: Text.ElideRight
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        TextLink {
            objectName: "undoRemove"
            text: qsTr("Undo")
            color: Theme.textOnNotice
            Accessible.name: qsTr("Put “%1” back").arg(bar.removed)
            onClicked: bar.undo()
        }
        TextLink {
            text: qsTr("Hide")
            color: Theme.textOnNotice
            Accessible.name: qsTr("Hide this message")
            onClicked: bar.dismissed()
        }
    }
}
