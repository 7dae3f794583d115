import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// The entry's tags as removable chips, and a field to add more (commas separate tags;
// spaces stay inside a tag, so "hard day" is one tag).
ColumnLayout {
    id: tagEditor

    required property JournalEditor editor

    spacing: Theme.spaceXs

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceXs
        visible: tagEditor.editor.tags.length > 0
        Repeater {
            model: tagEditor.editor.tags
            delegate: Button {
                required property string modelData
                objectName: "tagChip"
                text: modelData + "  ✕"
                flat: true
                font.pixelSize: Theme.fontCaption
                Accessible.name: qsTr("Remove tag %1").arg(modelData)
                onClicked: tagEditor.editor.removeTag(modelData)
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surfaceRaised
                    border.color: parent.visualFocus ? Theme.focusRing : Theme.border
                    border.width: parent.visualFocus ? 2 : 1
                }
            }
        }
    }
    TextField {
        id: input
        objectName: "tagInput"
        Layout.fillWidth: true
        placeholderText: qsTr("Add tags, separated by commas")
        Accessible.name: qsTr("Add tags, separated by commas")
        font.pixelSize: Theme.fontBody
        onAccepted: add()
        onTextEdited: if (text.indexOf(",") >= 0) add()
        onActiveFocusChanged: if (!activeFocus) add()
        function add() {
            if (text.trim().length > 0)
                tagEditor.editor.addTags(text)
            text = ""
        }
    }
}
