import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// "Entry deleted. Undo" / "Removed “…”. Undo": a quiet bar after something was removed, so
// a slip of the hand loses nothing. Never a pop-up; the page decides how long it stays.
Rectangle {
    id: bar

    property string message
    // What "Undo" does, for screen readers ("Undo the delete", "Put “…” back").
    property string undoDescription: qsTr("Undo")
    // For tests: the Undo link's objectName differs per page.
    property string undoObjectName: "undo"
    signal undoRequested()
    signal closeRequested()

    visible: message.length > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spaceS : 0
    radius: Theme.radius
    color: Theme.notice

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spaceS
        anchors.leftMargin: Theme.spaceL
        spacing: Theme.spaceS
        Label {
            Layout.fillWidth: true
            text: bar.message
            textFormat: Text.PlainText
            color: Theme.textOnNotice
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            maximumLineCount: 2
            elide: Text.ElideRight
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        TextLink {
            objectName: bar.undoObjectName
            text: qsTr("Undo")
            color: Theme.textOnNotice
            Accessible.name: bar.undoDescription
            onClicked: { passFocusBeyond(bar); bar.undoRequested() }
        }
        TextLink {
            objectName: "closeUndo"
            text: qsTr("Hide")
            color: Theme.textOnNotice
            Accessible.name: qsTr("Hide this message")
            onClicked: { passFocusBeyond(bar); bar.closeRequested() }
        }
    }
}
