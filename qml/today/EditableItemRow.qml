import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// One measure or routine item in the Today settings: on/off Today, rename, move, put away.
ColumnLayout {
    id: item

    required property int index
    required property string label
    property string itemName
    property string detail
    property bool canArchive: false
    property bool isArchived: false
    property bool shown: true
    // A measure of one's own can change its kind and range (built-ins keep theirs).
    property bool canReshape: false
    property string itemKind: "scale"
    property real itemMin: 0
    property real itemMax: 10
    property var kindLabelFor: (kind) => kind

    signal shownToggled(bool shown)
    signal reshaped(string kind, real minValue, real maxValue)
    signal renamed(string text)
    signal moved(int direction)
    signal archiveToggled(bool archive)

    spacing: Theme.spaceXs

    // The buttons go under the item where they would leave its name too little room (200 %).
    GridLayout {
        Layout.fillWidth: true
        columns: width < itemButtons.implicitWidth + 8 * Theme.fontBody ? 1 : 2
        columnSpacing: Theme.spaceXs
        rowSpacing: 0
        CheckBox {
            objectName: item.itemName + "Shown_" + item.index
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            Layout.preferredWidth: 0 // a long name wraps instead of widening the row
            checked: item.shown
            enabled: !item.isArchived
            text: item.label
            Accessible.name: qsTr("Show %1 on Today").arg(item.label)
            onToggled: item.shownToggled(checked)
            contentItem: ColumnLayout {
                spacing: 0
                BodyText {
                    Layout.fillWidth: true
                    leftPadding: parent.parent.indicator.width + parent.parent.spacing
                    text: item.label
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: item.detail.length > 0
                    leftPadding: parent.parent.indicator.width + parent.parent.spacing
                    text: item.detail
                    muted: true
                    font.pixelSize: Theme.fontCaption
                }
            }
        }
        RowLayout {
            id: itemButtons
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            spacing: Theme.spaceXs
            Button {
                text: "↑"
                implicitWidth: 36
                Accessible.name: qsTr("Move %1 up").arg(item.label)
                onClicked: item.moved(-1)
            }
            Button {
                text: "↓"
                implicitWidth: 36
                Accessible.name: qsTr("Move %1 down").arg(item.label)
                onClicked: item.moved(1)
            }
            Button {
                objectName: item.itemName + "Edit_" + item.index
                text: qsTr("Edit")
                Accessible.name: qsTr("Rename or put away %1").arg(item.label)
                onClicked: editor.visible = !editor.visible
            }
        }
    }
    // The name over its buttons where both would not fit on one line.
    GridLayout {
        id: editor
        visible: false
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spaceXl
        columns: width < editorButtons.implicitWidth + 8 * Theme.fontBody ? 1 : 2
        columnSpacing: Theme.spaceS
        rowSpacing: Theme.spaceXs
        TextField {
            id: nameField
            objectName: item.itemName + "Name_" + item.index
            Layout.fillWidth: true
            text: item.label
            Accessible.name: qsTr("New name for %1").arg(item.label)
            onAccepted: renameButton.clicked()
        }
        RowLayout {
            id: editorButtons
            spacing: Theme.spaceS
            Button {
                id: renameButton
                objectName: item.itemName + "Rename_" + item.index
                text: qsTr("Rename")
                onClicked: { item.renamed(nameField.text); editor.visible = false }
            }
            Button {
                objectName: item.itemName + "Archive_" + item.index
                visible: item.canArchive
                text: item.isArchived ? qsTr("Bring back") : qsTr("Put away")
                Accessible.name: item.isArchived ? qsTr("Bring %1 back").arg(item.label)
                                                 : qsTr("Put %1 away, keeping its history").arg(item.label)
                onClicked: { item.archiveToggled(!item.isArchived); editor.visible = false }
            }
        }
    }
    Flow {
        visible: editor.visible && item.canReshape
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spaceXl
        spacing: Theme.spaceS
        ChoiceBox {
            id: kindChoice
            objectName: item.itemName + "Kind_" + item.index
            width: Math.min(parent.width, Math.max(130, implicitWidth))
            model: ["scale", "count", "hours", "boolean"]
            currentIndex: model.indexOf(item.itemKind)
            labelFor: item.kindLabelFor
            displayText: labelFor(currentValue)
            Accessible.name: qsTr("Kind of %1").arg(item.label)
        }
        SpinBox {
            id: minField
            objectName: item.itemName + "Min_" + item.index
            visible: kindChoice.currentValue !== "boolean"
            width: 120
            from: 0; to: 1000; editable: true
            value: item.itemMin
            Accessible.name: qsTr("Lowest value of %1").arg(item.label)
        }
        SpinBox {
            id: maxField
            objectName: item.itemName + "Max_" + item.index
            visible: kindChoice.currentValue !== "boolean"
            width: 120
            from: 1; to: kindChoice.currentValue === "hours" ? 24 : 1000; editable: true
            value: item.itemMax
            Accessible.name: qsTr("Highest value of %1").arg(item.label)
        }
        Button {
            objectName: item.itemName + "Reshape_" + item.index
            text: qsTr("Change")
            Accessible.name: qsTr("Change the kind and range of %1").arg(item.label)
            onClicked: {
                const yesNo = kindChoice.currentValue === "boolean"
                item.reshaped(kindChoice.currentValue, yesNo ? 0 : minField.value, yesNo ? 1 : maxField.value)
                editor.visible = false
            }
        }
    }
}
