import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// One file of a record or an entry: its picture (painted from memory) or its kind, its name,
// and quiet marks when it carries a location or is named like something else.
AbstractButton {
    id: tile

    required property var attachmentId
    required property string name
    required property string kind
    required property bool isPicture
    required property string size
    required property string position
    required property string details
    required property bool nameMismatch

    property int side: 112

    implicitWidth: side
    implicitHeight: column.implicitHeight
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: Words.fill(tile.isPicture ? qsTr("Picture %1, %2. Open it") : qsTr("%1, %2. Open it"),
                                [tile.name, tile.size])
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: ColumnLayout {
        id: column
        spacing: Theme.spaceXs
        AttachmentThumbnail {
            objectName: "attachmentThumbnail"
            Layout.preferredWidth: tile.side
            Layout.preferredHeight: tile.side
            attachmentId: tile.attachmentId
            label: tile.kind
            tileColor: Theme.surfaceRaised
            textColor: Theme.textMuted
            Rectangle {
                anchors.fill: parent
                radius: parent.width * 0.08
                color: "transparent"
                border.color: tile.visualFocus ? Theme.focusRing : Theme.border
                border.width: tile.visualFocus ? 3 : 1
            }
            BusyIndicator {
                anchors.centerIn: parent
                width: parent.width / 3
                height: width
                running: parent.loading
                visible: running
            }
            Rectangle {   // a quiet mark: this picture carries where it was taken
                visible: tile.position.length > 0 || tile.details.length > 0
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Theme.spaceXs
                width: markLabel.implicitWidth + Theme.spaceS
                height: markLabel.implicitHeight + 2
                radius: height / 2
                color: Theme.notice
                Label {
                    id: markLabel
                    anchors.centerIn: parent
                    text: tile.position.length > 0 ? qsTr("Location") : qsTr("Details")
                    color: Theme.textOnNotice
                    font.pixelSize: Theme.fontCaption - 1
                }
            }
        }
        Label {
            Layout.preferredWidth: tile.side
            text: tile.name
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontCaption
            elide: Text.ElideMiddle
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
