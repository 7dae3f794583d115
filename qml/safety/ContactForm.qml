import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// The small form that adds or changes one contact of the safety plan.
GridLayout {
    id: form

    property var kinds: []
    property bool editing: false

    signal submitted(string name, string phone, string note, string kind)
    signal cancelled()

    function fill(name, phone, note, kind) {
        nameField.text = name
        phoneField.text = phone
        noteField.text = note
        kindChoice.currentIndex = Math.max(0, kinds.findIndex(k => k.key === kind))
        if (editing)
            nameField.forceActiveFocus()
    }
    function submit() {
        form.submitted(nameField.text, phoneField.text, noteField.text, kinds[kindChoice.currentIndex].key)
    }

    columns: width > 520 ? 2 : 1
    columnSpacing: Theme.spaceS
    rowSpacing: Theme.spaceS

    TextField {
        id: nameField
        objectName: "contactName"
        Layout.fillWidth: true
        placeholderText: qsTr("Name")
        Accessible.name: qsTr("Name of the person or line")
        onAccepted: form.submit()
    }
    TextField {
        id: phoneField
        objectName: "contactPhone"
        Layout.fillWidth: true
        placeholderText: qsTr("Phone (optional)")
        inputMethodHints: Qt.ImhDialableCharactersOnly
        Accessible.name: qsTr("Phone number, optional")
        onAccepted: form.submit()
    }
    TextField {
        id: noteField
        objectName: "contactNote"
        Layout.fillWidth: true
        placeholderText: qsTr("Note (optional)")
        Accessible.name: qsTr("Note, optional")
        onAccepted: form.submit()
    }
    ChoiceBox {
        id: kindChoice
        objectName: "contactKind"
        Layout.fillWidth: true
        model: form.kinds
        labelFor: (kind) => kind.name
        displayText: form.kinds.length > 0 ? form.kinds[currentIndex].name : ""
        Accessible.name: qsTr("Who this is")
    }
    RowLayout {
        Layout.columnSpan: form.columns
        spacing: Theme.spaceS
        Button {
            objectName: "contactSave"
            text: form.editing ? qsTr("Save changes") : qsTr("Add contact")
            Accessible.name: text
            onClicked: form.submit()
        }
        Button {
            visible: form.editing
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel the change")
            onClicked: form.cancelled()
        }
    }
}
