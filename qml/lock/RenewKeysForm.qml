import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Renew the keys: a new data key and a new recovery code, for when someone may know the PIN or
// the code. Asks the current PIN/passphrase (a wrong one counts as a try); on success the new
// code comes up as at first start (Onboarding), with the same "I have saved it".
ColumnLayout {
    id: form

    // Open at once (in the offer's dialog) instead of behind "Renew keys…".
    property bool open: false
    property string message
    // A heading of its own, in a dialog; Settings has its section title instead.
    property string title
    // Cancel was pressed (the dialog closes on it).
    signal cancelled()

    spacing: Theme.spaceM

    function submit() {
        form.message = ""
        Session.renewKeys(current.entry)
    }

    function begin() {
        form.message = ""
        form.open = true
        current.forceActiveFocus()
    }

    Heading {
        Layout.fillWidth: true
        visible: form.title !== ""
        text: form.title
    }
    BodyText {
        Layout.fillWidth: true
        muted: true
        text: Session.secretKind === Session.Pin
              ? qsTr("If someone may know your PIN or your recovery code, renew the keys. Your entries are locked "
                     + "again under a new key and you get a new recovery code; the old code stops working. Your PIN "
                     + "stays the same. Copies of the data folder made before now (backups, snapshots, synced "
                     + "copies) still open with the old PIN and code, but nothing you write from now on is in them.")
              : qsTr("If someone may know your passphrase or your recovery code, renew the keys. Your entries are "
                     + "locked again under a new key and you get a new recovery code; the old code stops working. "
                     + "Your passphrase stays the same. Copies of the data folder made before now (backups, "
                     + "snapshots, synced copies) still open with the old passphrase and code, but nothing you "
                     + "write from now on is in them.")
    }

    WrappingButton {
        objectName: "openRenewKeys"
        visible: !form.open
        text: qsTr("Renew keys…")
        Accessible.name: qsTr("Renew keys: a new data key and a new recovery code")
        onClicked: form.begin()
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: form.open
        spacing: Theme.spaceM

        SecretInput {
            id: current
            objectName: "renewCurrentSecret"
            Layout.fillWidth: true
            kind: Session.secretKind
            showPad: false
            accessibleName: Session.secretKind === Session.Pin ? qsTr("Your PIN, to renew the keys")
                                                               : qsTr("Your passphrase, to renew the keys")
            placeholder: Session.secretKind === Session.Pin ? qsTr("Current PIN") : qsTr("Current passphrase")
            onSubmitted: form.submit()
        }
        // A Flow, not an ActionRow: this form's column is only as wide as what it holds, and a
        // row of buttons fixed side by side kept the whole Settings page wider than a phone.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spaceM
            WrappingButton {
                objectName: "cancelRenewKeys"
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel renewing the keys")
                enabled: !Session.working
                onClicked: {
                    current.entry.clear()
                    form.message = ""
                    form.open = false
                    form.cancelled()
                }
            }
            BusyIndicator {
                visible: Session.working
                running: Session.working
                implicitWidth: 32
                implicitHeight: 32
                Accessible.name: qsTr("Renewing the keys…")
            }
            PrimaryButton {
                objectName: "renewKeysButton"
                fitsParent: true
                text: qsTr("Renew keys")
                enabled: !Session.working
                onClicked: form.submit()
            }
        }
    }
    GentleMessage { objectName: "renewKeysMessage"; Layout.fillWidth: true; text: form.message }

    Connections {
        target: Session
        function onRenewFinished(renewed) {
            form.message = renewed ? "" : Session.lastError
            if (renewed)
                form.open = false
        }
    }
}
