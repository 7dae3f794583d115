import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// The way into Records from the Safety page: a quiet card, named as neutral mode names things.
Rectangle {
    id: card

    signal openRequested()

    implicitHeight: column.implicitHeight + 2 * Theme.spaceL
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceS
        Label {
            Layout.fillWidth: true
            text: AppSettings.neutralMode ? qsTr("Documents") : qsTr("Records of what happened")
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: AppSettings.neutralMode
                  ? qsTr("Dated notes and files, kept encrypted.")
                  : qsTr("Dated notes of things that happened, with pictures or screenshots, kept encrypted. Advocates and courts ask for them; you decide if and when to share.")
        }
        Button {
            objectName: "openRecords"
            text: AppSettings.neutralMode ? qsTr("Open documents") : qsTr("Open records")
            Accessible.name: text
            onClicked: card.openRequested()
        }
    }
}
