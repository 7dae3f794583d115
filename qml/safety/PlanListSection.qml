import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// One list of the safety plan: a heading, a gentle hint, the lines, and a field to add one.
// Each change is saved into the vault at once.
ColumnLayout {
    id: section

    property alias sectionKey: planModel.section
    property string title
    property string hint
    property string placeholder
    readonly property alias model: planModel

    spacing: Theme.spaceS

    SafetyPlanSectionModel { id: planModel }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceM
        text: section.title
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    BodyText { Layout.fillWidth: true; muted: true; text: section.hint; visible: text.length > 0 }

    Repeater {
        objectName: "planItems_" + section.sectionKey
        model: planModel
        delegate: PlanItemRow {
            Layout.fillWidth: true
            checkable: planModel.checkable
            isFirst: index === 0
            isLast: index === planModel.count - 1
            onToggled: (checked) => planModel.setChecked(index, checked)
            onEdited: (text) => { if (planModel.edit(index, text)) editing = false }
            onMoved: (direction) => planModel.move(index, direction)
            onRemoved: planModel.remove(index)
        }
    }
    TextLink {
        objectName: "planMore_" + section.sectionKey
        visible: planModel.hasMore
        text: qsTr("Show more")
        onClicked: planModel.loadMore()
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        TextField {
            id: newLine
            objectName: "planAdd_" + section.sectionKey
            Layout.fillWidth: true
            placeholderText: section.placeholder
            Accessible.name: qsTr("Add to %1").arg(section.title)
            onAccepted: if (planModel.add(text)) clear()
        }
        Button {
            objectName: "planAddButton_" + section.sectionKey
            text: qsTr("Add")
            Accessible.name: qsTr("Add to %1").arg(section.title)
            onClicked: if (planModel.add(newLine.text)) newLine.clear()
        }
    }
    UndoBar {
        objectName: "planUndo_" + section.sectionKey
        Layout.fillWidth: true
        message: planModel.removedText.length > 0 ? qsTr("Removed “%1”.").arg(planModel.removedText) : ""
        undoDescription: qsTr("Put “%1” back").arg(planModel.removedText)
        undoObjectName: "undoRemove"
        onUndoRequested: planModel.undoRemove()
        onCloseRequested: planModel.forgetRemoved()
    }
    GentleMessage {
        objectName: "planError_" + section.sectionKey
        Layout.fillWidth: true
        text: planModel.lastError
        dismissible: true
        onDismissed: planModel.clearError()
    }
}
