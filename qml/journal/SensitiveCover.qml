import QtQuick
import QtQuick.Controls
import Tideline

// Covers an entry's words until the person chooses to see them. Sits on top of the text it
// hides; the text underneath is not drawn while covered (the owner sets its opacity to 0), so
// a glance over a shoulder sees only this.
Rectangle {
    id: cover

    property bool revealed: false

    visible: !revealed
    color: Theme.cover
    radius: Theme.radius / 2
    // As tall as its link: the row it covers may be a title alone, the link two lines long at a
    // large text size; the row makes room for whichever is taller.
    implicitHeight: reveal.implicitHeight

    TextLink {
        id: reveal
        objectName: "revealSensitive"
        anchors.centerIn: parent
        // Wraps inside the row rather than spill past the window's side (a phone at 200 %).
        width: cover.width > 0 ? Math.min(implicitWidth, cover.width) : implicitWidth
        text: qsTr("Sensitive: show the words")
        Accessible.name: qsTr("Show this sensitive entry's text")
        onClicked: cover.revealed = true
    }
}
