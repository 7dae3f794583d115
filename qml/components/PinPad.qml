import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Digits, "delete" and the confirm key, feeding a SecretEntry. The keys do not take focus,
// so typing on the keyboard keeps going to the field above; they are for mouse and touch.
GridLayout {
    id: pad

    property SecretEntry entry
    property string confirmText: qsTr("Open")
    property bool confirmEnabled: true
    property bool keysEnabled: true
    signal confirmed()

    columns: 3
    rowSpacing: Theme.spaceS
    columnSpacing: Theme.spaceS

    component PadKey: Button {
        Layout.fillWidth: true
        Layout.preferredWidth: 76
        Layout.preferredHeight: 52
        focusPolicy: Qt.NoFocus
        font.pixelSize: Theme.fontLarge
        enabled: pad.keysEnabled
        Accessible.name: text
        background: Rectangle {
            radius: Theme.radius
            color: parent.down ? Theme.border : Theme.surfaceRaised
        }
    }

    Repeater {
        model: [1, 2, 3, 4, 5, 6, 7, 8, 9]
        delegate: PadKey {
            required property int modelData
            objectName: "pinKey" + modelData
            text: modelData
            onClicked: pad.entry.appendDigit(modelData)
        }
    }
    PadKey {
        objectName: "pinKeyBackspace"
        text: "\u232B"
        Accessible.name: qsTr("Delete the last digit")
        onClicked: pad.entry.backspace()
    }
    PadKey {
        objectName: "pinKey0"
        text: "0"
        onClicked: pad.entry.appendDigit(0)
    }
    PadKey {
        objectName: "pinKeyConfirm"
        text: pad.confirmText
        enabled: pad.keysEnabled && pad.confirmEnabled
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        Accessible.name: pad.confirmText
        contentItem: Label {
            text: parent.text
            font: parent.font
            color: parent.enabled ? Theme.textOnAccent : Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            // A key a third of a phone wide: at a large text size the word shrinks to fit it.
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 13
        }
        background: Rectangle {
            radius: Theme.radius
            color: parent.enabled ? (parent.down ? Theme.accentHover : Theme.accent) : Theme.surfaceRaised
        }
        onClicked: pad.confirmed()
    }
}
