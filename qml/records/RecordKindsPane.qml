import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// The kinds a record can be marked with: rename any, hide the ones that do not fit, add your own.
FocusScope {
    id: pane

    signal done()

    RecordKindModel {
        id: kinds
        objectName: "recordKindsEditable"
        includeHidden: true
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spaceXl
        contentWidth: width
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.spaceL, (flick.width - width) / 2)
            y: Theme.spaceL
            width: Math.min(flick.width - 2 * Theme.spaceL, Theme.contentMaxWidth)
            spacing: Theme.spaceS

            Button {
                objectName: "kindsBack"
                text: qsTr("‹ Records")
                onClicked: pane.done()
            }
            Heading { Layout.fillWidth: true; text: qsTr("Kinds of things") }
            BodyText {
                Layout.fillWidth: true
                muted: true
                text: qsTr("Use your own words. Hidden kinds stay on the records that have them.")
            }
            Repeater {
                model: kinds
                delegate: RowLayout {
                    required property var kindId
                    required property string label
                    required property bool builtin
                    required property bool hidden
                    Layout.fillWidth: true
                    spacing: Theme.spaceS
                    TextField {
                        Layout.fillWidth: true
                        text: label
                        opacity: hidden ? 0.6 : 1
                        Accessible.name: qsTr("Name of the kind %1").arg(label)
                        onEditingFinished: if (text.trim() !== label) kinds.rename(kindId, text)
                    }
                    Button {
                        text: hidden ? qsTr("Show") : qsTr("Hide")
                        Accessible.name: hidden ? qsTr("Offer %1 again").arg(label) : qsTr("Stop offering %1").arg(label)
                        onClicked: kinds.setHidden(kindId, !hidden)
                    }
                    Button {
                        visible: !builtin
                        text: qsTr("Delete")
                        Accessible.name: qsTr("Delete the kind %1").arg(label)
                        onClicked: kinds.remove(kindId)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spaceM
                TextField {
                    id: newKind
                    objectName: "newKindName"
                    Layout.fillWidth: true
                    placeholderText: qsTr("A kind of your own")
                    Accessible.name: qsTr("Name of a new kind")
                    onAccepted: if (kinds.add(text)) text = ""
                }
                Button {
                    objectName: "addKind"
                    text: qsTr("Add")
                    enabled: newKind.text.trim().length > 0
                    onClicked: if (kinds.add(newKind.text)) newKind.text = ""
                }
            }
            GentleMessage { Layout.fillWidth: true; concern: true; text: kinds.lastError }
        }
    }
}
