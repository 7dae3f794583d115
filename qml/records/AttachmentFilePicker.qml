import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// Every place Tideline asks for a file to bring in, or for where to save a copy, goes through
// this one component. Today it is a field for a path (files can also be dropped onto a record or
// an entry). When Tideline's own file chooser lands (the finish issue's FileChooser, never
// QtQuick.Dialogs, which would leak into the desktop's recent files), replace the field here and
// only here:
//     FileChooser {
//         id: chooser
//         mode: picker.saving ? FileChooser.Save : FileChooser.Open
//         title: picker.title
//         suggestedName: picker.suggestedName
//         nameFilters: picker.nameFilters
//         onChosen: (path) => picker.chosen(path)
//         onCancelled: picker.cancelled()
//     }
// and call chooser.open() from open(). The signals below stay as they are.
ColumnLayout {
    id: picker

    property bool saving: false
    property string title
    // Save: the full path offered at first (Documents folder and a calm name).
    property string suggestedPath
    property string suggestedName
    property var nameFilters: []
    property string actionText: saving ? qsTr("Save here") : qsTr("Add")
    property string fieldName: saving ? qsTr("Where to save the copy: a folder and a file name")
                                      : qsTr("The file to add: its folder and name")

    // A local path as typed, or several lines of them.
    signal chosen(string path)
    signal cancelled()

    function open() {
        field.text = picker.saving ? picker.suggestedPath : ""
        field.forceActiveFocus()
        field.selectAll()
    }

    spacing: Theme.spaceS

    Label {
        Layout.fillWidth: true
        visible: picker.title.length > 0
        text: picker.title
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }
    TextField {
        id: field
        objectName: "filePickerPath"
        Layout.fillWidth: true
        placeholderText: picker.saving ? qsTr("For example ~/Documents/%1").arg(picker.suggestedName)
                                       : qsTr("For example ~/Pictures/photo.jpg")
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        Accessible.name: picker.fieldName
        onAccepted: if (text.trim().length > 0) picker.chosen(text)
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        PrimaryButton {
            objectName: "filePickerChoose"
            text: picker.actionText
            enabled: field.text.trim().length > 0
            onClicked: picker.chosen(field.text)
        }
        Button {
            objectName: "filePickerCancel"
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel choosing a file")
            onClicked: picker.cancelled()
        }
    }
    BodyText {
        Layout.fillWidth: true
        visible: !picker.saving
        muted: true
        font.pixelSize: Theme.fontCaption
        text: qsTr("You can also drag files from your file manager and drop them here.")
    }
}
