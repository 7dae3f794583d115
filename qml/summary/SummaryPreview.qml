import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// A PDF's pages (the summary's, the records PDF's) as they will be printed, one under the other.
// Shown from memory only.
Item {
    id: pane

    // A SummaryMaker or a RecordsPdfMaker: previewPages, busy, progress, lastError, cancel().
    property QtObject maker
    // Words that name what is previewed, for the buttons and screen readers.
    property string backText: qsTr("‹ Back to the choices")
    property string backDescription: qsTr("Back to what goes in the summary")
    property string saveDescription: qsTr("Choose where to save the summary as a PDF, which is not encrypted")
    property string pageDescription: qsTr("Page %1 of the summary")
    property string message: "" // "Saved to …", shown here too so a save from the preview is answered

    signal back()
    signal saveRequested()

    Keys.onEscapePressed: pane.back()

    RowLayout {
        id: actions
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spaceM
        spacing: Theme.spaceS

        Button {
            objectName: "previewBack"
            text: pane.backText
            Accessible.name: pane.backDescription
            onClicked: pane.back()
        }
        Label {
            Layout.fillWidth: true
            text: pane.maker ? (pane.maker.previewPages === 1 ? qsTr("1 page")
                                      : qsTr("%n pages", "", pane.maker.previewPages)) : ""
            color: Theme.textMuted
            font.pixelSize: Theme.fontCaption
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
        }
        PrimaryButton {
            objectName: "previewSave"
            text: qsTr("Save as PDF…")
            enabled: pane.maker && !pane.maker.busy
            Accessible.name: pane.saveDescription
            onClicked: pane.saveRequested()
        }
    }

    ColumnLayout {
        id: status
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: actions.bottom
        anchors.leftMargin: Theme.spaceM
        anchors.rightMargin: Theme.spaceM
        anchors.topMargin: visible ? Theme.spaceS : 0
        // From the texts, not the children's `visible`: a child of a hidden item reads as hidden
        // too, so a message arriving while this was hidden (a save from here) never showed.
        visible: feedback.text.length > 0 || (pane.maker !== null && pane.maker.busy)
        spacing: Theme.spaceS
        GentleMessage {
            id: feedback
            objectName: "previewMessage"
            Layout.fillWidth: true
            concern: pane.maker && pane.maker.lastError.length > 0
            text: pane.maker && pane.maker.lastError.length > 0 ? pane.maker.lastError : pane.message
        }
        SummaryProgress { id: progress; Layout.fillWidth: true; maker: pane.maker }
    }

    ListView {
        id: pages
        objectName: "previewPages"
        anchors.top: status.visible ? status.bottom : actions.bottom
        anchors.topMargin: Theme.spaceM
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        spacing: Theme.spaceL
        model: pane.maker ? pane.maker.previewPages : 0
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        delegate: Column {
            required property int index
            width: ListView.view.width
            spacing: Theme.spaceXs
            SummaryPageView {
                id: pageView
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width - 2 * Theme.spaceL, 720)
                height: width * aspectRatio
                maker: pane.maker
                page: index
                Accessible.role: Accessible.Graphic
                Accessible.name: pane.pageDescription.arg(index + 1)
                Rectangle { anchors.fill: parent; color: "transparent"; border.color: Theme.border }
            }
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Page %1 of %2").arg(index + 1).arg(pages.count)
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
            }
        }
    }
}
