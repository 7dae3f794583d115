import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// People, professionals and lines the person can call, each with an optional number and note.
// They also appear under "Need support now?", marked as the person's own.
ColumnLayout {
    id: section

    readonly property var kinds: [
        { key: "person", name: qsTr("Someone I trust") },
        { key: "professional", name: qsTr("A professional") },
        { key: "hotline", name: qsTr("A helpline") }
    ]
    property int editingRow: -1

    spacing: Theme.spaceS

    SafetyContactModel { id: contacts; objectName: "contactModel" }

    function kindName(key) {
        const found = kinds.find(k => k.key === key)
        return found ? found.name : kinds[0].name
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceM
        text: qsTr("People and lines I can reach")
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
        text: qsTr("Friends, family, a counsellor, a helpline. A number and a note are optional.")
    }

    Repeater {
        objectName: "contactItems"
        model: contacts
        delegate: Rectangle {
            id: contactRow
            required property int index
            required property string name
            required property string phone
            required property string note
            required property string kind
            Layout.fillWidth: true
            implicitHeight: contactLayout.implicitHeight + 2 * Theme.spaceS
            radius: Theme.radius
            color: Theme.surfaceRaised

            // The buttons go under the contact where they would leave its words too little room
            // (a phone at a large text size squeezed "Maya" into 64 px).
            GridLayout {
                id: contactLayout
                anchors.fill: parent
                anchors.margins: Theme.spaceS
                anchors.leftMargin: Theme.spaceM
                columns: width < contactButtons.implicitWidth + 8 * Theme.fontBody ? 1 : 2
                columnSpacing: Theme.spaceXs
                rowSpacing: 0
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    BodyText { Layout.fillWidth: true; text: contactRow.name; font.weight: Font.DemiBold; textFormat: Text.PlainText }
                    BodyText {
                        Layout.fillWidth: true
                        text: contactRow.phone
                        textFormat: Text.PlainText
                        visible: text.length > 0
                    }
                    BodyText {
                        Layout.fillWidth: true
                        muted: true
                        font.pixelSize: Theme.fontCaption
                        textFormat: Text.PlainText
                        text: contactRow.note.length > 0
                              ? qsTr("%1 · %2", "the kind of contact, then the person's note").arg(section.kindName(contactRow.kind)).arg(contactRow.note)
                              : section.kindName(contactRow.kind)
                    }
                }
                RowLayout {
                    id: contactButtons
                    Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                    spacing: Theme.spaceXs
                    ToolButton {
                        objectName: "contactEdit"
                        text: qsTr("Edit")
                        Accessible.name: qsTr("Edit %1").arg(contactRow.name)
                        onClicked: {
                            section.editingRow = contactRow.index
                            form.fill(contactRow.name, contactRow.phone, contactRow.note, contactRow.kind)
                        }
                    }
                    ToolButton {
                        text: "↑"
                        enabled: contactRow.index > 0
                        Accessible.name: qsTr("Move up: %1").arg(contactRow.name)
                        onClicked: contacts.move(contactRow.index, -1)
                    }
                    ToolButton {
                        text: "↓"
                        enabled: contactRow.index < contacts.count - 1
                        Accessible.name: qsTr("Move down: %1").arg(contactRow.name)
                        onClicked: contacts.move(contactRow.index, 1)
                    }
                    ToolButton {
                        objectName: "contactRemove"
                        text: "✕"
                        Accessible.name: qsTr("Remove %1").arg(contactRow.name)
                        onClicked: { section.editingRow = -1; contacts.remove(contactRow.index) }
                    }
                }
            }
        }
    }
    TextLink {
        visible: contacts.hasMore
        text: qsTr("Show more")
        onClicked: contacts.loadMore()
    }

    ContactForm {
        id: form
        Layout.fillWidth: true
        kinds: section.kinds
        editing: section.editingRow >= 0
        onSubmitted: (name, phone, note, kind) => {
            const saved = section.editingRow >= 0 ? contacts.edit(section.editingRow, name, phone, note, kind)
                                                  : contacts.add(name, phone, note, kind)
            if (saved) {
                section.editingRow = -1
                form.fill("", "", "", "person")
            }
        }
        onCancelled: { section.editingRow = -1; form.fill("", "", "", "person"); contacts.clearError() }
    }
    UndoBar {
        objectName: "contactUndo"
        Layout.fillWidth: true
        message: contacts.removedName.length > 0 ? qsTr("Removed “%1”.").arg(contacts.removedName) : ""
        undoDescription: qsTr("Put “%1” back").arg(contacts.removedName)
        undoObjectName: "undoRemove"
        onUndoRequested: contacts.undoRemove()
        onCloseRequested: contacts.forgetRemoved()
    }
    GentleMessage {
        objectName: "contactError"
        Layout.fillWidth: true
        text: contacts.lastError
        dismissible: true
        onDismissed: contacts.clearError()
    }
}
