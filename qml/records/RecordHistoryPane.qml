import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Every saved version of a record, newest first, each with when it was saved and what changed;
// any version opens to show its words as they were. Nothing here can be changed.
FocusScope {
    id: pane

    property var recordId: 0
    signal done()

    RecordHistoryModel {
        id: history
        objectName: "recordHistoryModel"
        recordId: pane.recordId
    }

    ColumnLayout {
        width: Math.min(parent.width - 2 * Theme.spaceL, Theme.contentMaxWidth)
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceS
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "historyBack"
                text: qsTr("‹ Record")
                Accessible.name: qsTr("Back to the record")
                onClicked: pane.done()
            }
        }
        Heading { Layout.fillWidth: true; text: qsTr("Every version") }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: qsTr("Each time the record was saved, it was kept as it was. Earlier versions cannot be changed, so the record shows honestly how it grew.")
        }
        ListView {
            id: list
            objectName: "historyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spaceS
            model: history
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: version
                required property string saved
                required property string changes
                required property string when
                required property string kinds
                required property string place
                required property string whatHappened
                required property string injuries
                required property string witnesses
                required property string told
                required property string files
                property bool open: false
                width: ListView.view.width
                padding: Theme.spaceM
                Accessible.name: qsTr("Saved %1. %2").arg(saved).arg(changes)
                onClicked: open = !open
                background: Rectangle {
                    color: version.hovered || version.visualFocus ? Theme.surfaceRaised : Theme.surface
                    radius: Theme.radius
                    border.color: version.visualFocus ? Theme.focusRing : Theme.border
                }
                contentItem: ColumnLayout {
                    spacing: Theme.spaceXs
                    Label {
                        Layout.fillWidth: true
                        text: version.saved
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                    }
                    BodyText { Layout.fillWidth: true; muted: true; text: version.changes }
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: version.open
                        spacing: Theme.spaceXs
                        Repeater {
                            model: [
                                { label: qsTr("When"), text: version.when },
                                { label: qsTr("Kind"), text: version.kinds },
                                { label: qsTr("Where"), text: version.place },
                                { label: qsTr("What happened"), text: version.whatHappened },
                                { label: qsTr("Injuries"), text: version.injuries },
                                { label: qsTr("Who was there"), text: version.witnesses },
                                { label: qsTr("Who you told"), text: version.told },
                                { label: qsTr("Files"), text: version.files }
                            ].filter(part => part.text.length > 0)
                            delegate: BodyText {
                                required property var modelData
                                Layout.fillWidth: true
                                textFormat: Text.PlainText
                                text: qsTr("%1: %2").arg(modelData.label).arg(modelData.text)
                            }
                        }
                    }
                    Label {
                        text: version.open ? qsTr("Hide its words") : qsTr("Show its words")
                        color: Theme.accent
                        font.pixelSize: Theme.fontCaption
                    }
                }
            }
        }
    }
}
