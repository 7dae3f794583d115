import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tideline
import Tideline.App

// First start, the quiet other way in: a backup made by Tideline, its backup passphrase, and
// a new PIN or passphrase for this computer. Every secret goes into a SecretEntry; the restore
// itself (key stretching, checks, the new vault) is Session's, off the window's thread.
FocusScope {
    id: step

    property string problem
    // The backup file's local path: the folder (typed, or from the dialog) and the name.
    readonly property string backupPath: folderField.text.length > 0 && nameField.text.length > 0
                                         ? folderField.text.replace(/\/+$/, "") + "/" + nameField.text : ""
    property alias folder: folderField.text
    property alias fileName: nameField.text
    readonly property bool busy: Session.state === Session.Busy
    readonly property int kind: kindChoice.kind
    signal back()

    implicitHeight: column.implicitHeight

    SecretEntry { id: backupPassphrase }
    SecretEntry { id: again; digitsOnly: kindChoice.kind === Session.Pin }
    Component.onDestruction: { backupPassphrase.clear(); again.clear(); newSecret.entry.clear() }

    function restore() {
        if (step.backupPath.length === 0) {
            problem = qsTr("Choose the folder the backup is in, and type its name.")
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
            text: qsTr("Choose a backup that Tideline made, and type the backup passphrase chosen for it. "
                       + "Then choose how you'll open Tideline on this computer.")
        }
        // A folder from Qt's own folder dialog and a name typed here (ExportSection's pattern):
        // Qt 6.4's file dialog in open mode picked the wrong file after scrolling under Xvfb.
        GridLayout {
            Layout.fillWidth: true
            columns: width < 440 ? 1 : 2
            columnSpacing: Theme.spaceS
            rowSpacing: Theme.spaceS
            TextField {
                id: folderField
                objectName: "restoreFolder"
                Layout.fillWidth: true
                enabled: !step.busy
                placeholderText: qsTr("The folder the backup is in")
                Accessible.name: qsTr("The folder the backup is in")
            }
            Button {
                objectName: "restoreBrowse"
                enabled: !step.busy
                text: qsTr("Choose the folder…")
                Accessible.name: qsTr("Choose the folder the backup is in")
                onClicked: folderDialog.open()
            }
        }
        TextField {
            id: nameField
            objectName: "restoreFileName"
            Layout.fillWidth: true
            enabled: !step.busy
            text: "tideline-backup.tidelinebackup"
            Accessible.name: qsTr("The backup file's name")
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
        SecretKindChoice { id: kindChoice; Layout.fillWidth: true; onKindChanged: { step.problem = ""; again.clear() } }
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
        RowLayout {
            Layout.fillWidth: true
            visible: step.busy
            spacing: Theme.spaceS
            BusyIndicator { running: step.busy; implicitWidth: 32; implicitHeight: 32 }
            BodyText { Layout.fillWidth: true; muted: true; text: Session.busyMessage }
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

    FolderDialog {
        id: folderDialog
        objectName: "restoreFolderDialog"
        title: qsTr("Which folder is the backup in?")
        onAccepted: folderField.text = decodeURIComponent(selectedFolder.toString().replace(/^file:\/\//, ""))
    }
}
