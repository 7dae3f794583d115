import QtQuick
import QtQuick.Controls
import Tideline
import Tideline.App

// A field for a PIN, passphrase or recovery code that never holds the secret itself: each
// keystroke goes straight into a SecretEntry (guarded memory), and the field only draws dots.
// No clipboard, no undo history, no input-method preedit: deliberately plain.
FocusScope {
    id: field

    property SecretEntry entry
    property string placeholder
    property string accessibleName
    property bool large: false
    property bool enabledInput: true
    signal submitted()

    implicitWidth: 320
    implicitHeight: large ? 56 : Theme.controlHeight
    activeFocusOnTab: true

    Accessible.role: Accessible.EditableText
    Accessible.passwordEdit: true
    Accessible.name: accessibleName
    Accessible.description: qsTr("Characters typed: %1").arg(entry ? entry.length : 0)
    Accessible.focusable: true

    Keys.onPressed: (event) => {
        if (!field.enabledInput || !field.entry)
            return
        if (event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete) {
            field.entry.backspace()
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            field.submitted()
            event.accepted = true
        } else if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier)) {
            event.accepted = false   // shortcuts pass through
        } else if (event.text.length > 0 && field.entry.appendText(event.text)) {
            event.accepted = true
        }
    }

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.surface
        border.width: field.activeFocus ? 2 : 1
        border.color: field.activeFocus ? Theme.focusRing : Theme.border
    }

    Label {
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceL
        anchors.rightMargin: Theme.spaceL
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: field.large ? Text.AlignHCenter : Text.AlignLeft
        visible: !field.entry || field.entry.length === 0
        text: field.placeholder
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        elide: Text.ElideRight
    }

    Label {
        id: dots
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceL
        anchors.rightMargin: Theme.spaceL
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: field.large ? Text.AlignHCenter : Text.AlignLeft
        visible: field.entry && field.entry.length > 0
        text: field.entry ? "\u25CF".repeat(Math.min(field.entry.length, 64)) : ""
        color: Theme.text
        font.pixelSize: field.large ? Theme.fontLarge : Theme.fontBody
        font.letterSpacing: field.large ? 6 : 2
        elide: Text.ElideLeft
    }

    MouseArea {
        anchors.fill: parent
        cursorShape: Qt.IBeamCursor
        onClicked: field.forceActiveFocus()
    }
}
