import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// What became of words the journal could not save as Tideline locked (the disk was full): on
// the lock screen, that they wait in memory and how to save them; after unlocking, that they
// are saved now, or still not, with "Try again". Never the words themselves.
ColumnLayout {
    id: message

    // On the lock screen there is nothing to do but read it: no Hide, no Try again.
    property bool actions: true

    visible: held.text.length > 0
    spacing: Theme.spaceS

    HeldWordsNotice { id: held }

    GentleMessage {
        objectName: "heldWordsNotice"
        Layout.fillWidth: true
        text: held.text
        concern: held.concern
        dismissible: message.actions
        dismissText: held.concern ? qsTr("Hide") : qsTr("OK")
        dismissDescription: qsTr("Put this message about unsaved words away")
        onDismissed: held.dismiss()
    }
    Button {
        objectName: "heldWordsTryAgain"
        Layout.alignment: Qt.AlignRight
        visible: message.actions && held.canTryAgain
        text: qsTr("Try again")
        Accessible.name: qsTr("Try again to save the words kept from before the lock")
        onClicked: held.tryAgain()
    }
}
