import QtQuick
import QtQuick.Controls
import Tideline
import Tideline.App

// The files of a journal entry (pictures, screenshots, …): a small hook in the journal editor.
// Files can also be dropped anywhere on `dropTarget`; a file opens full size over `viewerParent`.
RecordFiles {
    id: hook

    property var entryId: 0
    property Item dropTarget
    property Item viewerParent

    model: AttachmentListModel { objectName: "entryFiles"; entryId: hook.entryId }
    canAdd: hook.entryId > 0
    cannotAddText: qsTr("Write a few words first; then you can add pictures and other files to this entry.")
    tileSide: 80
    onOpenRequested: (id) => viewer.attachmentId = id

    DropArea {
        parent: hook.dropTarget
        anchors.fill: parent
        enabled: hook.entryId > 0
        onDropped: (drop) => { if (drop.hasUrls) { hook.model.addFiles(drop.urls); drop.acceptProposedAction() } }
    }
    AttachmentViewerPane {
        id: viewer
        objectName: "entryAttachmentViewer"
        parent: hook.viewerParent
        anchors.fill: parent
        z: 5
        model: hook.model
        onClosed: viewer.attachmentId = 0
    }
}
