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

    TextLink {
        objectName: "revealSensitive"
        anchors.centerIn: parent
        text: qsTr("Sensitive: show the words")
        Accessible.name: qsTr("Show this sensitive entry's text")
        onClicked: cover.revealed = true
    }
}
