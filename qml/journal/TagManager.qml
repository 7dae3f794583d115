import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Looking after tags: rename one, join one into another, or remove one from every entry.
// Entries themselves are never deleted from here.
CalmPopup {
    id: dialog

    required property JournalActions actions

    preferredWidth: 520
    // Tall enough for a good list, whatever the tags; CalmPopup keeps it under the top bar.
    implicitHeight: 600
    onOpened: dialog.actions.refreshTags()

    contentItem: ColumnLayout {
        spacing: Theme.spaceS

        Heading { Layout.fillWidth: true; text: qsTr("Your tags") }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: dialog.actions.tagNames.length === 0
                  ? qsTr("No tags yet. Tags you add to entries show up here.")
                  : qsTr("Renaming a tag to the name of another joins the two.")
        }
        GentleMessage {
            objectName: "tagError"
            Layout.fillWidth: true
            text: dialog.actions.lastError
            concern: true
        }
        ListView {
            id: list
            objectName: "tagList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spaceS
            model: dialog.actions.tagNames
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: row
                required property string modelData
                property bool renaming: false
                width: ListView.view.width
                implicitHeight: rowLayout.implicitHeight + 2 * Theme.spaceS
                radius: Theme.radius
                color: Theme.surfaceRaised

                ColumnLayout {
                    id: rowLayout
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.margins: Theme.spaceS
                    Label {
                        visible: !row.renaming
                        Layout.fillWidth: true
                        text: row.modelData
                        textFormat: Text.PlainText
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        elide: Text.ElideRight
                    }
                    TextField {
                        id: newName
                        objectName: "renameField"
                        visible: row.renaming
                        Layout.fillWidth: true
                        text: row.modelData
                        Accessible.name: qsTr("New name for the tag %1").arg(row.modelData)
                        onAccepted: if (dialog.actions.renameTag(row.modelData, text)) row.renaming = false
                        Keys.onEscapePressed: row.renaming = false
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spaceS
                        TextLink {
                            objectName: "renameTag"
                            text: row.renaming ? qsTr("Save name") : qsTr("Rename")
                            Accessible.name: row.renaming ? qsTr("Save the new name") : qsTr("Rename the tag %1").arg(row.modelData)
                            onClicked: {
                                if (!row.renaming) {
                                    row.renaming = true
                                    newName.forceActiveFocus()
                                } else if (dialog.actions.renameTag(row.modelData, newName.text)) {
                                    row.renaming = false
                                }
                            }
                        }
                        ChoiceBox {
                            objectName: "mergeTagChoice"
                            visible: dialog.actions.tagNames.length > 1
                            width: 180
                            model: dialog.actions.tagNames.filter(name => name !== row.modelData)
                            displayText: qsTr("Join into…")
                            Accessible.name: qsTr("Join the tag %1 into another tag").arg(row.modelData)
                            onActivated: (index) => dialog.actions.mergeTag(row.modelData, model[index])
                        }
                        TextLink {
                            objectName: "deleteTag"
                            text: qsTr("Remove")
                            color: Theme.concern
                            Accessible.name: qsTr("Remove the tag %1 from every entry; the entries stay").arg(row.modelData)
                            onClicked: dialog.actions.deleteTag(row.modelData)
                        }
                    }
                }
            }
        }
        Button {
            objectName: "closeTagManager"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Close")
            Accessible.name: text
            onClicked: dialog.close()
        }
    }
}
