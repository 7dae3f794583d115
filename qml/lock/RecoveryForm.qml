import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Opening with the recovery code, which always sets a new PIN or passphrase.
FocusScope {
    id: form

    property string problem
    readonly property bool busy: Session.state === Session.Busy
    signal cancelled()

    implicitHeight: column.implicitHeight
    SecretEntry { id: codeEntry; maxLength: 64 }
    Component.onDestruction: codeEntry.clear()

    function submit() {
        const issue = Session.secretProblem(newSecret.entry, kindChoice.kind)
        if (codeEntry.length === 0)
            problem = qsTr("Type your recovery code first.")
        else if (issue !== "")
            problem = issue
        else if (!newSecret.entry.matches(confirmSecret.entry))
            problem = qsTr("The new one and its confirmation didn't match. Please type both again.")
        else
            problem = ""
        if (problem !== "") {
            newSecret.entry.clear(); confirmSecret.entry.clear()
            return
        }
        confirmSecret.entry.clear()
        suggestion.clear()
        Session.recover(codeEntry, newSecret.entry, kindChoice.kind)
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spaceL

        Heading { Layout.fillWidth: true; text: qsTr("Open with your recovery code") }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: qsTr("Type the code you wrote down when you set up %1. Capitals, spaces and dashes "
                       + "don't matter. Then choose a new PIN or passphrase.").arg(AppSettings.appName)
        }
        SecretField {
            id: codeField
            objectName: "recoveryCodeField"
            Layout.fillWidth: true
            focus: true
            entry: codeEntry
            placeholder: qsTr("Recovery code")
            accessibleName: qsTr("Recovery code")
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
            Layout.fillWidth: true
            kind: kindChoice.kind
            showPad: false
            accessibleName: kind === Session.Pin ? qsTr("New PIN") : qsTr("New passphrase")
            placeholder: kind === Session.Pin ? qsTr("New PIN") : qsTr("New passphrase")
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
            Layout.fillWidth: true
            kind: kindChoice.kind
            showPad: false
            accessibleName: qsTr("Type it again to confirm")
            placeholder: qsTr("Type it again to confirm")
            onSubmitted: form.submit()
        }
        GentleMessage {
            Layout.fillWidth: true
            text: form.problem !== "" ? form.problem
                  : (Session.errorCode !== Session.NoError && !form.busy ? Session.lastError : "")
        }
        GentleMessage {
            Layout.fillWidth: true
            text: Lockout.secondsUntilNextTry > 0
                  ? qsTr("You can try again in %1.").arg(Lockout.nextTryCountdown) : ""
        }
        ActionRow {
            id: actions
            Layout.fillWidth: true
            Button {
                Layout.fillWidth: !actions.fits
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the lock screen")
                enabled: !form.busy
                onClicked: form.cancelled()
            }
            Item { Layout.fillWidth: true; visible: actions.fits }
            BusyIndicator { visible: form.busy; running: form.busy; implicitWidth: 32; implicitHeight: 32 }
            PrimaryButton {
                objectName: "recoveryOpen"
                Layout.fillWidth: !actions.fits
                fitsParent: !actions.fits
                text: qsTr("Open and save")
                enabled: !form.busy && Lockout.secondsUntilNextTry === 0
                onClicked: form.submit()
            }
        }
    }
}
