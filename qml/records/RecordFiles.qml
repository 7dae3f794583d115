import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// The files of a record or a journal entry: their pictures, adding more (Tideline's own file
// chooser, or dropped onto the page), and after adding, the offer to delete the originals where
// they came from.
ColumnLayout {
    id: files

    required property AttachmentListModel model
    // False until the record or entry is saved: files need something to belong to.
    property bool canAdd: true
    property string cannotAddText: qsTr("Save first; then you can add pictures and other files.")
    property int tileSide: 104

    signal openRequested(var attachmentId)

    spacing: Theme.spaceS

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        Label {
            Layout.fillWidth: true
            text: files.model.count === 0 ? qsTr("Files") : qsTr("Files (%1)").arg(files.model.count)
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Button {
            objectName: "addFiles"
            visible: files.canAdd
            text: qsTr("Add a file…")
            Accessible.name: qsTr("Add a picture, a screenshot, a PDF or a recording")
            onClicked: picker.open()
        }
    }
    BodyText {
        Layout.fillWidth: true
        visible: !files.canAdd
        muted: true
        text: files.cannotAddText
    }
    BodyText {
        Layout.fillWidth: true
        visible: files.canAdd && files.model.count === 0
        muted: true
        text: qsTr("Pictures, screenshots of messages, PDFs or recordings can be kept here, encrypted, each with a "
                   + "fingerprint (SHA-256) of how it was when it came in. The file where it is now stays there.")
    }
    BodyText {
        Layout.fillWidth: true
        visible: files.canAdd
        muted: true
        font.pixelSize: Theme.fontCaption
        text: qsTr("You can also drag files from your file manager and drop them here.")
    }
    Flow {
        objectName: "attachmentTiles"
        Layout.fillWidth: true
        visible: files.model.count > 0
        spacing: Theme.spaceM
        Repeater {
            model: files.model
            delegate: AttachmentTile {
                side: files.tileSide
                onClicked: files.openRequested(attachmentId)
            }
        }
    }
    FileChooser {
        id: picker
        objectName: "attachmentPicker"
        mode: FileChooser.Open
        title: qsTr("Add a file")
        onChosen: (path) => files.model.addFiles(path)
    }
    GentleMessage {
        objectName: "filesMessage"
        Layout.fillWidth: true
        concern: files.model.messageIsProblem
        text: files.model.message
        dismissible: true
        onDismissed: files.model.clearMessage()
    }
    GentleMessage {
        Layout.fillWidth: true
        text: files.model.sizeWarning
    }
    // The original outside stays unless the person chooses; and deleting is not a promise.
    Rectangle {
        objectName: "deleteOriginalOffer"
        Layout.fillWidth: true
        visible: files.model.addedOriginals.length > 0
        implicitHeight: offer.implicitHeight + 2 * Theme.spaceM
        radius: Theme.radius
        color: Theme.surfaceRaised
        border.color: Theme.border
        ColumnLayout {
            id: offer
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spaceM
            spacing: Theme.spaceS
            BodyText {
                objectName: "deleteOriginalsText"
                Layout.fillWidth: true
                text: files.model.addedOriginals.length === 1
                      ? Words.fill(qsTr("The original is still at %1. You can leave it there, or delete it now that %2 keeps a copy."),
                                   [files.model.addedOriginals[0], AppSettings.appName])
                      : qsTr("The %n originals are still where they were. You can leave them there, or delete them now that %1 keeps copies.", "", files.model.addedOriginals.length)
                            .arg(AppSettings.appName)
            }
            BodyText {
                Layout.fillWidth: true
                muted: true
                font.pixelSize: Theme.fontCaption
                text: files.model.addedOriginals.length === 1
                      ? qsTr("Deleting cannot promise the file is gone everywhere: SSDs, cloud-synced folders, phones and "
                             + "backups may keep copies.")
                      : qsTr("Deleting cannot promise the files are gone everywhere: SSDs, cloud-synced folders, phones "
                             + "and backups may keep copies.")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spaceS
                Button {
                    objectName: "deleteOriginals"
                    text: files.model.addedOriginals.length === 1 ? qsTr("Delete the original") : qsTr("Delete the originals")
                    onClicked: files.model.deleteAddedOriginals()
                }
                TextLink {
                    objectName: "keepOriginals"
                    text: files.model.addedOriginals.length === 1 ? qsTr("Leave it where it is")
                                                                  : qsTr("Leave them where they are")
                    onClicked: files.model.keepAddedOriginals()
                }
            }
        }
    }
}
