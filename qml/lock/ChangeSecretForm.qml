import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Change the PIN or passphrase (or switch between them). The vault stays open meanwhile;
// only the key file is re-sealed.
ColumnLayout {
    id: form

    property bool open: false
    property string message

    spacing: Theme.spaceM

    function submit() {
        const issue = Session.secretProblem(newSecret.entry, kindChoice.kind)
        if (issue !== "")
            message = issue
        else if (!newSecret.entry.matches(confirmSecret.entry))
            message = qsTr("The new one and its confirmation didn't match. Please type both again.")
        else
            message = ""
        confirmSecret.entry.clear()
        if (message !== "") {
            newSecret.entry.clear()
            return
        }
        Session.changeSecret(current.entry, newSecret.entry, kindChoice.kind)
    }

    Button {
        objectName: "openChangeSecret"
        visible: !form.open
        text: Session.secretKind === Session.Pin ? qsTr("Change PIN…") : qsTr("Change passphrase…")
        Accessible.name: text
        onClicked: { form.message = ""; form.open = true; current.forceActiveFocus() }
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: form.open
        spacing: Theme.spaceM

        SecretInput {
            id: current
            objectName: "currentSecret"
            Layout.fillWidth: true
            kind: Session.secretKind
            showPad: false
            accessibleName: Session.secretKind === Session.Pin ? qsTr("Current PIN") : qsTr("Current passphrase")
            placeholder: accessibleName
            onSubmitted: newSecret.forceActiveFocus()
        }
        SecretKindChoice {
            id: kindChoice
            Layout.fillWidth: true
            kind: Session.secretKind
            onChosen: newSecret.forceActiveFocus()
        }
        SecretInput {
            id: newSecret
            objectName: "newSecret"
            Layout.fillWidth: true
            kind: kindChoice.kind
            showPad: false
            accessibleName: kind === Session.Pin ? qsTr("New PIN") : qsTr("New passphrase")
            placeholder: accessibleName
            onSubmitted: confirmSecret.forceActiveFocus()
        }
        PassphraseSuggestionBox {
            id: suggestion
            Layout.fillWidth: true
            visible: kindChoice.kind === Session.Passphrase
            entry: newSecret.entry
            onUsed: confirmSecret.forceActiveFocus()
        }
        SecretInput {
            id: confirmSecret
            objectName: "confirmSecret"
            Layout.fillWidth: true
            kind: kindChoice.kind
            showPad: false
            accessibleName: qsTr("Type the new one again")
            placeholder: accessibleName
            onSubmitted: form.submit()
        }
        // A Flow, not an ActionRow: this form's column is only as wide as what it holds, and a
        // row of buttons fixed side by side kept the whole Settings page wider than a phone.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spaceM
            WrappingButton {
                text: qsTr("Cancel")
                Accessible.name: text
                enabled: !Session.working
                onClicked: {
                    current.entry.clear(); newSecret.entry.clear(); confirmSecret.entry.clear()
                    suggestion.clear()
                    form.message = ""; form.open = false
                }
            }
            BusyIndicator { visible: Session.working; running: Session.working; implicitWidth: 32; implicitHeight: 32 }
            PrimaryButton {
                objectName: "saveNewSecret"
                fitsParent: true
                text: qsTr("Save the new one")
                enabled: !Session.working
                onClicked: form.submit()
            }
        }
    }
    GentleMessage { objectName: "changeSecretMessage"; Layout.fillWidth: true; text: form.message }

    Connections {
        target: Session
        function onSecretChangeFinished(changed) {
            form.message = changed ? qsTr("Done. Use the new one from now on.") : Session.lastError
            if (changed) {
                suggestion.clear()
                form.open = false
            }
        }
    }
}
