import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// The lock screen: PIN pad or passphrase field, the gentle wrong-try message, the visible
// wait after too many tries, and the way in with the recovery code.
FocusScope {
    id: page

    property bool recovering: false
    readonly property bool waiting: Lockout.secondsUntilNextTry > 0
    readonly property bool busy: Session.state === Session.Busy

    TopBar {
        id: topBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: AppSettings.appName // "Notes" in neutral mode
        // Back to typing after looking at the numbers: digits go into the field, and Return
        // tries them instead of opening the numbers again.
        onSupportClosed: page.focusEntry()
    }

    function focusEntry() {
        if (page.recovering) {
            if (recoveryLoader.item)
                recoveryLoader.item.forceActiveFocus()
        } else {
            secret.forceActiveFocus()
        }
    }

    Flickable {
        anchors.top: topBar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        // The recovery form, shown instead of the PIN, may be the taller (a large text size).
        contentHeight: Math.max(height, (page.recovering ? recoveryLoader.height : content.implicitHeight)
                                        + 2 * Theme.spaceXl)
        contentWidth: width // vertical only: children size themselves to the window, never wider
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: content
            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(Theme.spaceXl, (parent.height - implicitHeight) / 2)
            width: Math.min(parent.width - 2 * Theme.spaceL, 400)
            spacing: Theme.spaceL
            visible: !page.recovering

            Heading {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Welcome back")
            }
            BodyText {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                muted: true
                objectName: "unlockPrompt"
                text: Session.secretKind === Session.Pin ? qsTr("Enter your PIN to open %1.").arg(AppSettings.appName)
                                                         : qsTr("Enter your passphrase to open %1.").arg(AppSettings.appName)
            }
            SecretInput {
                id: secret
                objectName: "unlockInput"
                Layout.fillWidth: true
                focus: !page.recovering
                kind: Session.secretKind
                confirmText: qsTr("Open")
                inputEnabled: !page.busy && !page.waiting
                onSubmitted: Session.unlock(secret.entry)
            }
            PrimaryButton {
                objectName: "unlockButton"
                Layout.fillWidth: true
                visible: Session.secretKind === Session.Passphrase
                text: qsTr("Open")
                enabled: !page.busy && !page.waiting
                onClicked: Session.unlock(secret.entry)
            }
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                visible: page.busy
                spacing: Theme.spaceS
                BusyIndicator { running: page.busy; implicitWidth: 32; implicitHeight: 32 }
                BodyText { text: Session.busyMessage; muted: true }
            }
            HeldWordsMessage {
                Layout.fillWidth: true
                actions: false
            }
            GentleMessage {
                objectName: "waitMessage"
                Layout.fillWidth: true
                text: page.waiting
                      ? qsTr("You can try again in %1. There's no rush; take a slow breath.").arg(Lockout.nextTryCountdown)
                      : ""
            }
            GentleMessage {
                objectName: "unlockError"
                Layout.fillWidth: true
                concern: Session.errorCode !== Session.WrongSecret && Session.errorCode !== Session.InvalidInput
                text: !page.waiting && !page.busy && Session.errorCode !== Session.NoError ? Session.lastError : ""
            }
            TextLink {
                objectName: "useRecoveryCode"
                Layout.alignment: Qt.AlignHCenter
                // Wraps rather than widening the column when a language's words run longer.
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                text: qsTr("Forgot it? Use your recovery code")
                enabled: !page.busy
                onClicked: { Session.clearError(); page.recovering = true }
            }
        }

        Loader {
            id: recoveryLoader
            active: page.recovering
            anchors.horizontalCenter: parent.horizontalCenter
            y: Theme.spaceXl
            width: Math.min(parent.width - 2 * Theme.spaceL, 440)
            sourceComponent: RecoveryForm {
                onCancelled: { Session.clearError(); page.recovering = false }
            }
            onLoaded: item.forceActiveFocus()
        }
    }

    // Give the field the keyboard back after each try, so the next one can be typed at once.
    Connections {
        target: Session
        function onStateChanged() {
            if (Session.state === Session.Locked && !page.recovering)
                secret.forceActiveFocus()
        }
    }
}
