import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// One file, full size: a picture to look at closely (zoom, turn, move; all in the app, from
// memory), or any file's facts. Its SHA-256, what it carries besides pixels, a copy to save
// (without hidden details unless the person keeps them), and removing it (two steps).
Rectangle {
    id: pane

    required property AttachmentListModel model
    property var attachmentId: 0
    readonly property var file: attachmentId > 0 ? model.file(attachmentId) : ({})
    readonly property bool wide: width >= 760

    signal closed()

    color: Theme.background
    visible: attachmentId > 0
    Keys.onEscapePressed: pane.closed()
    onAttachmentIdChanged: { saving.visible = false; confirmRemove.visible = false; pane.model.clearMessage() }

    // Refreshed when the list changes (a file removed: the pane closes).
    Connections {
        target: pane.model
        function onCountChanged() { if (pane.model.indexOf(pane.attachmentId) < 0) pane.closed() }
    }

    RowLayout {
        id: top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spaceM
        spacing: Theme.spaceS
        Button {
            objectName: "viewerBack"
            text: qsTr("‹ Back")
            Accessible.name: qsTr("Close the file and go back")
            onClicked: pane.closed()
        }
        Label {
            Layout.fillWidth: true
            text: pane.file.name || ""
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            elide: Text.ElideMiddle
        }
    }

    GridLayout {
        anchors.top: top.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spaceM
        columns: pane.wide ? 2 : 1
        columnSpacing: Theme.spaceL
        rowSpacing: Theme.spaceM

        // The picture, or the file's kind on a quiet tile.
        Rectangle {
            Layout.fillWidth: true
            // Side by side on wide windows; on narrow ones the picture on top, its facts below.
            Layout.fillHeight: pane.wide
            Layout.minimumHeight: 160
            Layout.preferredHeight: pane.wide ? -1 : Math.min(pane.height * 0.4, pane.width)
            radius: Theme.radius
            color: Theme.surfaceRaised
            clip: true

            AttachmentViewer {
                id: viewer
                objectName: "attachmentViewer"
                anchors.fill: parent
                anchors.margins: Theme.spaceS
                visible: pane.file.isPicture === true && !failed
                attachmentId: pane.file.isPicture === true ? pane.attachmentId : 0
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("The picture %1").arg(pane.file.name || "")

                DragHandler {
                    target: null
                    enabled: viewer.zoom > 1
                    property point start
                    onActiveChanged: if (active) start = Qt.point(viewer.panX, viewer.panY)
                    onTranslationChanged: { viewer.panX = start.x + translation.x; viewer.panY = start.y + translation.y }
                }
                PinchHandler {
                    target: null
                    onActiveScaleChanged: viewer.zoom = Math.max(1, Math.min(8, viewer.zoom * activeScale / (lastScale || 1)))
                    property real lastScale: 1
                    onActiveChanged: lastScale = 1
                }
                WheelHandler {
                    onWheel: (event) => { if (event.angleDelta.y > 0) viewer.zoomIn(); else viewer.zoomOut() }
                }
                BusyIndicator { anchors.centerIn: parent; running: viewer.loading; visible: running }
            }
            BodyText {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spaceL
                horizontalAlignment: Text.AlignHCenter
                visible: pane.file.isPicture !== true || viewer.failed
                text: viewer.failed
                      ? qsTr("This picture cannot be shown here (it may be damaged or of a kind %1 cannot read). The file is kept exactly as it came in.").arg(AppSettings.appName)
                      : qsTr("A %1 is kept as it came in. To open it in another program, save a copy.").arg(pane.file.kind || "")
            }
        }

        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: pane.wide ? 360 : -1
            Layout.maximumWidth: pane.wide ? 420 : 100000
            contentHeight: side.implicitHeight
            contentWidth: width
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: side
                width: parent.width
                spacing: Theme.spaceS

                Flow {
                    Layout.fillWidth: true
                    visible: viewer.visible
                    spacing: Theme.spaceXs
                    Button { objectName: "zoomIn"; text: qsTr("Zoom in"); Accessible.name: qsTr("Zoom in on the picture"); onClicked: viewer.zoomIn() }
                    Button { objectName: "zoomOut"; text: qsTr("Zoom out"); Accessible.name: qsTr("Zoom out"); enabled: viewer.zoom > 1; onClicked: viewer.zoomOut() }
                    Button { objectName: "turnLeft"; text: qsTr("Turn left"); Accessible.name: qsTr("Turn the picture a quarter to the left"); onClicked: viewer.rotateLeft() }
                    Button { objectName: "turnRight"; text: qsTr("Turn right"); Accessible.name: qsTr("Turn the picture a quarter to the right"); onClicked: viewer.rotateRight() }
                    Button { objectName: "fitPicture"; text: qsTr("Fit"); Accessible.name: qsTr("Show the whole picture, upright"); onClicked: viewer.resetView() }
                }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2 · added %3").arg(pane.file.kind || "").arg(pane.file.size || "").arg(pane.file.added || "")
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: pane.file.nameMismatch === true
                    text: qsTr("Its name suggests another kind of file, but it is a %1 (%2). %3 keeps it as what it is.")
                          .arg(pane.file.kind || "").arg(pane.file.mime || "").arg(AppSettings.appName)
                }
                Label {
                    text: qsTr("Fingerprint (SHA-256) when it came in")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                }
                TextEdit {
                    objectName: "attachmentHash"
                    Layout.fillWidth: true
                    text: pane.file.sha256 || ""
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.WrapAnywhere
                    color: Theme.text
                    font.family: "monospace"
                    font.pixelSize: Theme.fontCaption
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("SHA-256: %1").arg(text)
                }
                GentleMessage {
                    objectName: "pictureDetailsNotice"
                    Layout.fillWidth: true
                    text: !pane.file.details ? ""
                          : pane.file.position
                            ? qsTr("This picture carries hidden details: %1. It says it was taken at %2. The original keeps them; copies you save leave them out unless you choose otherwise.")
                                  .arg(pane.file.details).arg(pane.file.position)
                            : qsTr("This file carries hidden details: %1. The original keeps them; copies you save leave them out unless you choose otherwise.")
                                  .arg(pane.file.details)
                }

                Button {
                    objectName: "saveCopy"
                    visible: !saving.visible
                    text: qsTr("Save a copy…")
                    Accessible.name: qsTr("Save a copy of this file outside %1, not encrypted").arg(AppSettings.appName)
                    onClicked: saving.visible = true
                }
                // The warning and the choice about hidden details come first, where they can be
                // read; then Tideline's own file chooser asks where.
                ColumnLayout {
                    id: saving
                    objectName: "saveCopyChoices"
                    Layout.fillWidth: true
                    visible: false
                    spacing: Theme.spaceS
                    BodyText {
                        Layout.fillWidth: true
                        muted: true
                        text: qsTr("A copy outside %1 is not encrypted: anyone who can open that folder can see it.").arg(AppSettings.appName)
                    }
                    CheckBox {
                        id: strip
                        objectName: "stripDetails"
                        visible: pane.file.strippable === true
                        checked: true
                        text: qsTr("Leave out hidden details such as the location (recommended)")
                        Accessible.name: text
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spaceS
                        PrimaryButton {
                            objectName: "saveCopyChoose"
                            text: qsTr("Choose where…")
                            Accessible.name: qsTr("Choose where to save the copy")
                            onClicked: savePicker.open()
                        }
                        Button {
                            objectName: "saveCopyCancel"
                            text: qsTr("Cancel")
                            Accessible.name: qsTr("Do not save a copy")
                            onClicked: saving.visible = false
                        }
                    }
                    FileChooser {
                        id: savePicker
                        objectName: "savePicker"
                        mode: FileChooser.Save
                        title: qsTr("Save a copy")
                        suggestedName: pane.model.suggestedSaveName(pane.file.name || "")
                        onChosen: (path) => { if (pane.model.saveCopy(pane.attachmentId, path, strip.visible && strip.checked)) saving.visible = false }
                    }
                }
                GentleMessage {
                    objectName: "viewerMessage"
                    Layout.fillWidth: true
                    concern: pane.model.messageIsProblem
                    text: pane.model.message
                }

                TextLink {
                    objectName: "removeFile"
                    visible: !confirmRemove.visible
                    text: qsTr("Remove from %1").arg(AppSettings.appName)
                    color: Theme.concern
                    Accessible.name: qsTr("Remove this file from %1").arg(AppSettings.appName)
                    onClicked: confirmRemove.visible = true
                }
                ColumnLayout {
                    id: confirmRemove
                    Layout.fillWidth: true
                    visible: false
                    BodyText {
                        Layout.fillWidth: true
                        text: Words.fill(qsTr("Remove “%1” from %2 for good? A record keeps its name and fingerprint in its history."),
                                         [pane.file.name || "", AppSettings.appName])
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spaceS
                        Button {
                            objectName: "confirmRemoveFile"
                            text: qsTr("Remove it")
                            onClicked: pane.model.removeFile(pane.attachmentId)
                        }
                        TextLink { text: qsTr("Keep it"); onClicked: confirmRemove.visible = false }
                    }
                }
            }
        }
    }
}
