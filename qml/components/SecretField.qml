import QtQuick
import QtQuick.Controls
import Tideline
import Tideline.App

// A field for a PIN, passphrase or recovery code that never holds the secret itself: each
// keystroke goes straight into a SecretEntry (guarded memory), and the field only draws dots.
// Paste works (Ctrl+V, Shift+Insert: password managers), straight from the clipboard's bytes
// into the entry; Ctrl+A selects everything, so Backspace, a key or a paste replaces it all.
// Nothing is ever copied out; no undo history, no input-method preedit: deliberately plain.
FocusScope {
    id: field

    property SecretEntry entry
    property string placeholder
    property string accessibleName
    property bool large: false
    property bool enabledInput: true
    // Ctrl+A was pressed: the next Backspace, key or paste replaces everything.
    property bool allSelected: false
    signal submitted()

    implicitWidth: 320
    implicitHeight: large ? 56 : Theme.controlHeight
    activeFocusOnTab: true

    Accessible.role: Accessible.EditableText
    Accessible.passwordEdit: true
    Accessible.name: accessibleName
    Accessible.description: allSelected ? qsTr("Characters typed: %1, all selected").arg(entry ? entry.length : 0)
                                        : qsTr("Characters typed: %1").arg(entry ? entry.length : 0)
    Accessible.focusable: true

    onActiveFocusChanged: if (!activeFocus) allSelected = false
    Connections {
        target: field.entry
        // The pad or the form changed it: a selection no longer stands for what is there.
        function onLengthChanged() { if (field.entry.length === 0) field.allSelected = false }
    }

    Keys.onPressed: (event) => {
        if (!field.enabledInput || !field.entry)
            return
        const replacing = field.allSelected
        if (event.matches(StandardKey.SelectAll)) {
            field.allSelected = field.entry.length > 0
            event.accepted = true
        } else if (event.matches(StandardKey.Paste)) {
            if (replacing)
                field.entry.clear()
            field.allSelected = false
            field.entry.pasteFromClipboard()
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete) {
            if (replacing)
                field.entry.clear()
            else
                field.entry.backspace()
            field.allSelected = false
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            field.allSelected = false
            field.submitted()
            event.accepted = true
        } else if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier)) {
            event.accepted = false   // shortcuts pass through
        } else if (event.text.length > 0 && event.text.charCodeAt(0) >= 0x20 && event.text.charCodeAt(0) !== 0x7f) {
            // A character (Tab, Escape and the like are keys and leave the selection alone).
            if (replacing)
                field.entry.clear()
            field.allSelected = false
            event.accepted = field.entry.appendText(event.text)
        } else if (event.key === Qt.Key_Left || event.key === Qt.Key_Right || event.key === Qt.Key_Home
                   || event.key === Qt.Key_End) {
            field.allSelected = false
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

    Rectangle {
        objectName: "secretSelection"
        visible: field.allSelected
        anchors.verticalCenter: dots.verticalCenter
        x: dots.x + (field.large ? (dots.width - width) / 2 : 0)
        width: Math.min(dots.contentWidth, dots.width) + Theme.spaceXs
        height: dots.contentHeight + Theme.spaceXs
        radius: Theme.radius / 2
        color: Theme.accentSoft
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
