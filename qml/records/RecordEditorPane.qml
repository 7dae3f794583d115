import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// One record: written or changed here, kept when the person saves. Shows when it was written
// and every time it was changed; its files; its history; and deleting it (two steps, with undo
// until Tideline locks). Dropping files anywhere on it adds them.
FocusScope {
    id: pane

    required property RecordEditor editor
    required property RecordActions actions
    property RecordKindModel kinds

    signal done()
    signal historyRequested(var recordId)
    signal deleted()

    AttachmentListModel {
        id: files
        objectName: "recordFiles"
        recordId: pane.editor.recordId
    }
    property alias files: files

    Shortcut {
        sequences: [StandardKey.Save]
        enabled: pane.visible
        onActivated: pane.editor.save()
    }

    DropArea {
        anchors.fill: parent
        enabled: pane.editor.recordId > 0
        onDropped: (drop) => { if (drop.hasUrls) { files.addFiles(drop.urls); drop.acceptProposedAction() } }
        Rectangle {
            anchors.fill: parent
            visible: parent.containsDrag
            color: Theme.accentSoft
            opacity: 0.6
            z: 2
            Label {
                anchors.centerIn: parent
                text: qsTr("Drop to keep it with this record")
                color: Theme.text
                font.pixelSize: Theme.fontLarge
            }
        }
    }

    Flickable {
        id: flick
        objectName: "recordFlick"
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

            ActionRow { // one above the other where they do not fit side by side (200 %, Spanish)
                id: headerActions
                Layout.fillWidth: true
                Button {
                    objectName: "recordBack"
                    Layout.fillWidth: !headerActions.fits
                    text: qsTr("‹ Records")
                    Accessible.name: pane.editor.unsaved ? qsTr("Back to the records; what you typed is kept as a draft")
                                                         : qsTr("Back to the records")
                    onClicked: { pane.editor.keepDraftNow(); pane.done() }
                }
                Item { Layout.fillWidth: true; visible: headerActions.fits }
                PrimaryButton {
                    objectName: "saveRecord"
                    Layout.fillWidth: !headerActions.fits
                    fitsParent: !headerActions.fits
                    text: pane.editor.recordId > 0 ? qsTr("Save changes") : qsTr("Save")
                    enabled: pane.editor.unsaved || pane.editor.recordId === 0
                    Accessible.name: qsTr("Save this record")
                    onClicked: pane.editor.save()
                }
            }

            Heading {
                Layout.fillWidth: true
                text: pane.editor.recordId > 0 ? qsTr("Record") : qsTr("A new record")
            }
            BodyText {
                objectName: "recordWritten"
                Layout.fillWidth: true
                muted: true
                visible: pane.editor.recordId > 0
                text: pane.editor.changedLabels.length === 0 ? pane.editor.writtenLabel
                      : pane.editor.changedLabels.length === 1
                        ? qsTr("%1; changed on %2").arg(pane.editor.writtenLabel).arg(pane.editor.changedLabels[0])
                        : qsTr("%1; changed %n times, last on %2", "", pane.editor.changedLabels.length).arg(pane.editor.writtenLabel)
                              .arg(pane.editor.changedLabels[pane.editor.changedLabels.length - 1])
            }
            BodyText {
                Layout.fillWidth: true
                muted: true
                visible: pane.editor.recordId === 0
                text: qsTr("Only the day is needed. Everything else is optional, and you can come back to it. What you type is kept safe as you go, and saved as a record when you choose Save.")
            }
            GentleMessage {
                objectName: "recordUnsaved"
                Layout.fillWidth: true
                text: pane.editor.unsaved && pane.editor.recordId > 0
                      ? qsTr("Changes not saved yet. They are kept as a draft until you save them or put them away.") : ""
            }
            TextLink {
                objectName: "discardRecordChanges"
                visible: pane.editor.unsaved && pane.editor.recordId > 0
                text: qsTr("Put these changes away")
                Accessible.name: qsTr("Put these changes away and show the record as last saved")
                onClicked: pane.editor.discardChanges()
            }
            GentleMessage {
                objectName: "recordError"
                Layout.fillWidth: true
                concern: true
                text: pane.editor.lastError
            }

            RecordFields {
                Layout.fillWidth: true
                editor: pane.editor
                kinds: pane.kinds
            }

            RecordFiles {
                objectName: "recordFilesSection"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spaceL
                model: files
                canAdd: pane.editor.recordId > 0
                cannotAddText: qsTr("Save the record first; then you can add pictures and other files to it.")
                onOpenRequested: (id) => viewer.attachmentId = id
            }

            Flow {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spaceL
                spacing: Theme.spaceM
                visible: pane.editor.recordId > 0
                TextLink {
                    objectName: "recordHistory"
                    text: qsTr("Every version of this record")
                    onClicked: pane.historyRequested(pane.editor.recordId)
                }
                TextLink {
                    objectName: "deleteRecord"
                    visible: !confirmDelete.visible
                    text: qsTr("Delete this record")
                    color: Theme.concern
                    onClicked: confirmDelete.visible = true
                }
            }
            Rectangle {
                id: confirmDelete
                objectName: "confirmDeleteRecord"
                Layout.fillWidth: true
                visible: false
                // The question appears below the link: once laid out, it is brought into view.
                onHeightChanged: if (visible && height > 0) Qt.callLater(() => flick.contentY = Math.max(flick.contentY,
                                     Math.min(column.y + confirmDelete.y + confirmDelete.height + Theme.spaceL - flick.height,
                                              flick.contentHeight - flick.height)))
                implicitHeight: confirmColumn.implicitHeight + 2 * Theme.spaceM
                radius: Theme.radius
                color: Theme.notice
                ColumnLayout {
                    id: confirmColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spaceM
                    BodyText {
                        Layout.fillWidth: true
                        color: Theme.textOnNotice
                        text: qsTr("Delete this record, with its history and its files? You can bring it back until %1 locks; after that it is gone for good.").arg(AppSettings.appName)
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spaceS
                        Button {
                            objectName: "confirmDelete"
                            text: qsTr("Delete it")
                            onClicked: {
                                confirmDelete.visible = false
                                if (pane.actions.deleteRecord(pane.editor.recordId)) {
                                    pane.editor.close()
                                    pane.deleted()
                                }
                            }
                        }
                        TextLink { text: qsTr("Keep it"); color: Theme.textOnNotice; onClicked: confirmDelete.visible = false }
                    }
                }
            }
        }
    }

    AttachmentViewerPane {
        id: viewer
        objectName: "attachmentViewerPane"
        anchors.fill: parent
        z: 5
        model: files
        onClosed: viewer.attachmentId = 0
    }
}
