import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// One line of a safety-plan list: its text (a tick for the emergency bag), and quiet actions
// to edit, move and remove it. Editing happens in place; Escape leaves the text as it was.
Rectangle {
    id: row

    required property int index
    required property string text
    required property bool checked
    property bool checkable: false
    property bool isFirst: false
    property bool isLast: false
    property bool editing: false

    signal toggled(bool checked)
    signal edited(string text)
    signal moved(int direction)
    signal removed()

    // On a phone-width window the actions move under the text, so long words never collide.
    readonly property bool narrow: width < 460

    implicitHeight: layout.implicitHeight + 2 * Theme.spaceS
    radius: Theme.radius
    color: Theme.surfaceRaised

    GridLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spaceS
        anchors.leftMargin: Theme.spaceM
        columns: row.narrow ? 2 : 3
        columnSpacing: Theme.spaceXs
        rowSpacing: 0

        CheckBox {
            objectName: "itemCheck"
            visible: row.checkable && !row.editing
            Layout.preferredWidth: visible ? implicitWidth : 0
            checked: row.checked
            Accessible.name: qsTr("Packed: %1").arg(row.text)
            onToggled: row.toggled(checked)
        }
        BodyText {
            objectName: "itemText"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            visible: !row.editing
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            text: row.text
            textFormat: Text.PlainText // the person's words, never markup
        }
        TextField {
            id: editor
            objectName: "itemEditor"
            Layout.fillWidth: true
            visible: row.editing
            Accessible.name: qsTr("Change this line")
            onAccepted: row.edited(text)
            Keys.onEscapePressed: row.editing = false
        }
        RowLayout {
            Layout.columnSpan: row.narrow ? 2 : 1
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spaceXs
            ToolButton {
                objectName: "itemSave"
                visible: row.editing
                text: qsTr("Save")
                Accessible.name: qsTr("Save this line")
                onClicked: row.edited(editor.text)
            }
            ToolButton {
                objectName: "itemEdit"
                visible: !row.editing
                text: qsTr("Edit")
                Accessible.name: qsTr("Edit: %1").arg(row.text)
                onClicked: { editor.text = row.text; row.editing = true; editor.forceActiveFocus() }
            }
            ToolButton {
                objectName: "itemUp"
                visible: !row.editing
                enabled: !row.isFirst
                text: "↑"
                Accessible.name: qsTr("Move up: %1").arg(row.text)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Move up")
                onClicked: row.moved(-1)
            }
            ToolButton {
                objectName: "itemDown"
                visible: !row.editing
                enabled: !row.isLast
                text: "↓"
                Accessible.name: qsTr("Move down: %1").arg(row.text)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Move down")
                onClicked: row.moved(1)
            }
            ToolButton {
                objectName: "itemRemove"
                visible: !row.editing
                text: "✕"
                Accessible.name: qsTr("Remove: %1").arg(row.text)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Remove")
                onClicked: row.removed()
            }
        }
    }
}
