import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// A PIN (field plus pad) or a passphrase (field only), with its own SecretEntry.
// Switching the kind forgets what was typed.
FocusScope {
    id: input

    property int kind: Session.Pin
    property bool showPad: kind === Session.Pin
    property string accessibleName: kind === Session.Pin ? qsTr("PIN") : qsTr("Passphrase")
    property string placeholder: kind === Session.Pin ? qsTr("Type your PIN") : qsTr("Type your passphrase")
    property string confirmText: qsTr("Open")
    property bool inputEnabled: true
    property alias field: field
    readonly property SecretEntry entry: SecretEntry {
        digitsOnly: input.kind === Session.Pin
    }
    signal submitted()

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight
    onKindChanged: entry.clear()
    Component.onDestruction: entry.clear()

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spaceM

        SecretField {
            id: field
            objectName: "secretField"
            Layout.fillWidth: true
            focus: true
            large: input.kind === Session.Pin
            entry: input.entry
            placeholder: input.placeholder
            accessibleName: input.accessibleName
            enabledInput: input.inputEnabled
            onSubmitted: input.submitted()
        }
        PinPad {
            Layout.alignment: Qt.AlignHCenter
            visible: input.showPad
            entry: input.entry
            confirmText: input.confirmText
            keysEnabled: input.inputEnabled
            onConfirmed: input.submitted()
        }
    }
}
