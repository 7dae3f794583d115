import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// Offers the draft left by a quick exit, a lock or a crash: continue it, keep it as it is, or
// leave it for now. Nothing is thrown away from here.
Rectangle {
    id: offer

    signal continueRequested()
    signal keepRequested()
    signal laterRequested()

    implicitHeight: column.implicitHeight + 2 * Theme.spaceM
    radius: Theme.radius
    color: Theme.notice
    Accessible.role: Accessible.Grouping
    Accessible.name: message.text

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spaceM
        spacing: Theme.spaceS
        Label {
            id: message
            Layout.fillWidth: true
            text: qsTr("Something you were writing was kept safe. You can carry on, save it as it is, "
                       + "or leave it for later.")
            color: Theme.textOnNotice
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            PrimaryButton {
                objectName: "continueDraft"
                text: qsTr("Continue writing")
                onClicked: offer.continueRequested()
            }
            TextLink {
                objectName: "keepDraft"
                text: qsTr("Save it as it is")
                color: Theme.textOnNotice
                onClicked: { passFocusBeyond(offer); offer.keepRequested() }
            }
            TextLink {
                objectName: "laterDraft"
                text: qsTr("Not now")
                color: Theme.textOnNotice
                Accessible.name: qsTr("Not now; keep the draft for later")
                onClicked: { passFocusBeyond(offer); offer.laterRequested() }
            }
        }
    }
}
