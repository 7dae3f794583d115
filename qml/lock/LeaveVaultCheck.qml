import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Before a copy leaves the vault (an export, a backup, the therapist summary, the advocate's PDF):
// the PIN or passphrase once more, so that half a minute at an unlocked computer cannot copy
// everything. The check itself is the Session's (core counts a wrong try as at unlock); the
// writer refuses without it. Here: ask, then do what was waiting — or, on Cancel, nothing.
//     LeaveVaultCheck { id: check }
//     onChosen: (path) => check.ask(() => backup.backupTo(path, …))
CalmPopup {
    id: check

    // A short phrase for the button ("Save the copy" unless given).
    property string confirmText: qsTr("Save the copy")
    // Why it asks, in a sentence that fits what leaves (a backup is encrypted; other copies are not).
    property string explanation: qsTr("This copy will not be encrypted. Asking again means nobody else at your "
                                      + "open computer can take one.")
    property var pending: null
    property string message: ""

    objectName: "leaveVaultCheck"
    preferredWidth: 460

    function ask(action) {
        check.pending = action
        check.message = ""
        check.open()
        secret.forceActiveFocus()
    }

    function submit() {
        if (Session.working)
            return
        check.message = ""
        Session.confirmLeaving(secret.entry)
    }

    // Closed without the secret (Cancel, Escape, a press outside): nothing was saved.
    signal cancelled()

    onClosed: {
        secret.entry.clear()
        const waiting = check.pending !== null
        check.pending = null
        if (waiting)
            check.cancelled()
    }

    contentItem: Flickable {
        implicitHeight: column.implicitHeight
        contentHeight: column.implicitHeight
        contentWidth: width
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spaceM

            Heading {
                Layout.fillWidth: true
                text: Session.secretKind === Session.Pin ? qsTr("Your PIN, once more")
                                                         : qsTr("Your passphrase, once more")
            }
            BodyText {
                Layout.fillWidth: true
                muted: true
                text: check.explanation
            }
            SecretInput {
                id: secret
                objectName: "leaveVaultSecret"
                Layout.fillWidth: true
                kind: Session.secretKind
                showPad: false
                inputEnabled: !Session.working
                accessibleName: Session.secretKind === Session.Pin ? qsTr("Your PIN, to save this copy")
                                                                   : qsTr("Your passphrase, to save this copy")
                placeholder: Session.secretKind === Session.Pin ? qsTr("Your PIN") : qsTr("Your passphrase")
                onSubmitted: check.submit()
            }
            GentleMessage {
                objectName: "leaveVaultMessage"
                Layout.fillWidth: true
                concern: true
                text: check.message
            }
            // Side by side when there is room; stacked in a phone-sized window, the choice first.
            GridLayout {
                id: buttons
                readonly property bool narrow: column.width < 400
                Layout.fillWidth: true
                columns: narrow ? 1 : 3
                columnSpacing: Theme.spaceM
                rowSpacing: Theme.spaceS
                Button {
                    objectName: "leaveVaultCancel"
                    Layout.row: buttons.narrow ? 2 : 0
                    Layout.column: 0
                    Layout.fillWidth: buttons.narrow
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel: nothing is saved")
                    enabled: !Session.working
                    onClicked: check.close()
                }
                BusyIndicator {
                    Layout.row: buttons.narrow ? 1 : 0
                    Layout.column: buttons.narrow ? 0 : 1
                    Layout.fillWidth: !buttons.narrow
                    Layout.alignment: buttons.narrow ? Qt.AlignHCenter : Qt.AlignRight | Qt.AlignVCenter
                    Layout.preferredWidth: 32
                    Layout.preferredHeight: 32
                    visible: !buttons.narrow || Session.working
                    opacity: Session.working ? 1 : 0
                    running: Session.working
                    Accessible.name: qsTr("Checking…")
                    Accessible.ignored: !Session.working
                }
                PrimaryButton {
                    objectName: "leaveVaultConfirm"
                    Layout.row: 0
                    Layout.column: buttons.narrow ? 0 : 2
                    Layout.fillWidth: buttons.narrow
                    fitsParent: buttons.narrow // wraps "Save the summary" at 200 % instead of cutting it
                    text: check.confirmText
                    enabled: !Session.working
                    onClicked: check.submit()
                }
            }
        }
    }

    Connections {
        target: Session
        enabled: check.opened
        function onLeavingConfirmed(confirmed) {
            if (!confirmed) {
                check.message = Session.lastError
                secret.forceActiveFocus()
                return
            }
            const action = check.pending
            check.pending = null
            check.close()
            if (action)
                action()
        }
    }
}
