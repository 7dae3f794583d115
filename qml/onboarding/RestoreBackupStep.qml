import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// First start, the quiet other way in: a backup made by Tideline, its backup passphrase, and
// a new PIN or passphrase for this computer. Every secret goes into a SecretEntry; the restore
// itself (key stretching, checks, the new vault) is Session's, off the window's thread.
FocusScope {
    id: step

    property string problem
    // The backup file's absolute path, from the file chooser (already checked there).
    property string backupPath: ""
    readonly property bool busy: Session.state === Session.Busy
    readonly property int kind: kindChoice.kind
    signal back()

    implicitHeight: column.implicitHeight

    SecretEntry { id: backupPassphrase }
    SecretEntry { id: again; digitsOnly: kindChoice.kind === Session.Pin }
    Component.onDestruction: { backupPassphrase.clear(); again.clear(); newSecret.entry.clear() }

    function restore() {
        if (step.backupPath.length === 0) {
            problem = qsTr("Choose the backup file first.")
            chooseButton.forceActiveFocus()
            return
        }
        if (backupPassphrase.length === 0) {
            problem = qsTr("Type the backup passphrase that was chosen when the backup was made.")
            passphraseField.forceActiveFocus()
            return
        }
        problem = Session.secretProblem(newSecret.entry, kindChoice.kind)
        if (problem === "" && !newSecret.entry.matches(again))
            problem = qsTr("The new PIN or passphrase and its second typing are not the same yet.")
        if (problem !== "") {
            newSecret.forceActiveFocus()
            return
        }
        again.clear()
        Session.restoreFromBackup(step.backupPath, backupPassphrase, newSecret.entry, kindChoice.kind)
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spaceL

        Heading { Layout.fillWidth: true; text: qsTr("Restore from a backup") }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("Choose a backup that %1 made, and type the backup passphrase chosen for it. "
                       + "Then choose how you'll open %1 on this computer.").arg(AppSettings.appName)
        }
        WrappingButton {
            id: chooseButton
            objectName: "restoreBrowse"
            Layout.maximumWidth: Number.POSITIVE_INFINITY // fills the form, as before
            enabled: !step.busy
            text: step.backupPath.length > 0 ? qsTr("Choose another backup…") : qsTr("Choose the backup…")
            Accessible.name: qsTr("Choose the backup file to restore")
            onClicked: chooser.open()
        }
        BodyText {
            objectName: "restoreChosen"
            Layout.fillWidth: true
            muted: true
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            text: step.backupPath.length > 0 ? qsTr("Backup: %1").arg(step.backupPath)
                                             : qsTr("No backup chosen yet.")
        }
        SecretField {
            id: passphraseField
            objectName: "restorePassphrase"
            Layout.fillWidth: true
            entry: backupPassphrase
            enabledInput: !step.busy
            placeholder: qsTr("Backup passphrase")
            accessibleName: qsTr("The backup's passphrase")
            onSubmitted: newSecret.forceActiveFocus()
        }
        SecretKindChoice {
            id: kindChoice
            Layout.fillWidth: true
            onKindChanged: { step.problem = ""; again.clear() }
            onChosen: newSecret.forceActiveFocus()
        }
        SecretInput {
            id: newSecret
            objectName: "restoreNewSecret"
            Layout.fillWidth: true
            kind: kindChoice.kind
            showPad: false
            inputEnabled: !step.busy
            accessibleName: kind === Session.Pin ? qsTr("New PIN") : qsTr("New passphrase")
            placeholder: kind === Session.Pin ? qsTr("A new PIN of 6 or more digits")
                                              : qsTr("A new passphrase of 8 or more characters")
            onSubmitted: againField.forceActiveFocus()
        }
        SecretField {
            id: againField
            objectName: "restoreNewSecretAgain"
            Layout.fillWidth: true
            entry: again
            enabledInput: !step.busy
            placeholder: qsTr("The same again")
            accessibleName: kindChoice.kind === Session.Pin ? qsTr("New PIN, again") : qsTr("New passphrase, again")
            onSubmitted: step.restore()
        }
        GentleMessage {
            objectName: "restoreMessage"
            Layout.fillWidth: true
            concern: true
            text: step.problem !== "" ? step.problem
                  : (!step.busy && Session.errorCode !== Session.NoError ? Session.lastError : "")
        }
        BodyText {
            Layout.fillWidth: true
            visible: step.busy
            muted: true
            text: Session.busyMessage
        }
        TaskProgressBar {
            objectName: "restoreProgress"
            Layout.fillWidth: true
            task: Session.restoreProgress
            what: qsTr("Restoring your backup")
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Back")
                Accessible.name: text
                enabled: !step.busy
                onClicked: { Session.clearError(); step.problem = ""; step.back() }
            }
            Item { Layout.fillWidth: true }
            PrimaryButton {
                objectName: "restoreStart"
                text: qsTr("Restore")
                enabled: !step.busy
                onClicked: step.restore()
            }
        }
    }

    FileChooser {
        id: chooser
        objectName: "restoreFileChooser"
        mode: FileChooser.Open
        title: qsTr("Choose the backup")
        nameFilters: ["*.tidelinebackup"]
        onChosen: (path) => { step.backupPath = path; step.problem = ""; passphraseField.forceActiveFocus() }
    }
}
