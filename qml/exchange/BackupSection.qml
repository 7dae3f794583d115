import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Settings → Backup: an encrypted copy of everything, under a backup passphrase chosen here
// and typed twice into SecretEntry objects (the passphrase never becomes text in QML). The
// person names the file and picks the folder in Tideline's own file chooser, as Export does.
// There is no "show" toggle: showing the passphrase would put it into a text item; the
// suggested words (shown as chips, as in onboarding) serve the person who wants to see it.
ColumnLayout {
    id: section

    property string problem: ""
    // The last backup was stopped, as asked (no file was made).
    property bool stopped: false

    spacing: Theme.spaceS

    VaultBackup {
        id: backup
        objectName: "vaultBackup"
        onFinished: (saved) => section.stopped = !saved && backup.lastError.length === 0
    }
    SecretEntry { id: first }
    SecretEntry { id: second }
    Component.onDestruction: { first.clear(); second.clear() }

    function saveTo(path) {
        section.problem = ""
        section.stopped = false
        leaveCheck.ask(() => backup.backupTo(path, first, second))
    }

    function choose() {
        section.problem = backup.passphraseProblem(first, second)
        if (section.problem !== "")
            return
        chooser.open()
    }

    BodyText {
        Layout.fillWidth: true
        text: qsTr("Make a copy of everything you keep here, to put somewhere other than this computer, "
                   + "such as a USB stick. You can restore it into a new %1 later.").arg(AppSettings.appName)
    }
    BodyText {
        objectName: "backupEncryptedNote"
        Layout.fillWidth: true
        muted: true
        text: qsTr("The backup is encrypted with a backup passphrase you choose now. Without that passphrase "
                   + "nobody can open the backup, not even you, so keep it somewhere safe.")
    }
    SecretField {
        id: firstField
        objectName: "backupPassphrase"
        Layout.fillWidth: true
        entry: first
        enabledInput: !backup.busy
        placeholder: qsTr("Backup passphrase, 8 or more characters")
        accessibleName: qsTr("Backup passphrase")
        onSubmitted: secondField.forceActiveFocus()
    }
    SecretField {
        id: secondField
        objectName: "backupPassphraseAgain"
        Layout.fillWidth: true
        entry: second
        enabledInput: !backup.busy
        placeholder: qsTr("The same backup passphrase again")
        accessibleName: qsTr("Backup passphrase, again")
        onSubmitted: section.choose()
    }
    PassphraseSuggestionBox {
        Layout.fillWidth: true
        entry: first
        onUsed: { section.problem = ""; secondField.forceActiveFocus() }
    }
    GentleMessage {
        objectName: "backupMessage"
        Layout.fillWidth: true
        concern: section.problem.length > 0 || backup.lastError.length > 0
        text: section.problem.length > 0 ? section.problem
            : backup.lastError.length > 0 ? backup.lastError
            : backup.busy ? ""
            : section.stopped ? qsTr("Stopped. No backup file was made.")
            : backup.savedPath.length === 0 ? ""
            : qsTr("Saved to %1. It is encrypted; keep the backup passphrase somewhere safe.").arg(backup.savedPath)
    }
    Button {
        objectName: "backupStart"
        Layout.fillWidth: true
        enabled: !backup.busy
        text: qsTr("Back up…")
        Accessible.name: qsTr("Choose where to save an encrypted backup")
        onClicked: section.choose()
    }
    TaskProgressBar {
        objectName: "backupProgress"
        Layout.fillWidth: true
        task: backup.progress
        what: qsTr("Making the backup")
    }

    FileChooser {
        id: chooser
        objectName: "backupFileChooser"
        mode: FileChooser.Save
        title: qsTr("Save the backup")
        suggestedName: qsTr("my-backup.tidelinebackup")
        nameFilters: ["*.tidelinebackup"]
        onChosen: (path) => section.saveTo(path)
    }
    LeaveVaultCheck {
        id: leaveCheck
        objectName: "backupLeaveCheck"
        confirmText: qsTr("Save the backup")
        explanation: qsTr("The backup is locked with its own passphrase. Asking for yours again means nobody "
                          + "else at your open computer can take a copy of everything.")
    }
}
