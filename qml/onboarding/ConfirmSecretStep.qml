import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Type it again; then the vault is made (a second or so of key stretching).
FocusScope {
    id: step

    property SecretEntry first
    property int kind: Session.Pin
    property string problem
    readonly property bool busy: Session.state === Session.Busy
    signal back()

    implicitHeight: column.implicitHeight

    // Coming to this step (again): nothing typed, no word left from an earlier try, and the
    // keyboard in the field.
    function begin() {
        problem = ""
        input.entry.clear()
        input.forceActiveFocus()
    }

    function create() {
        if (!first.matches(input.entry)) {
            input.entry.clear()
            problem = qsTr("Those two didn't match. Type it once more, or go back to choose again.")
            input.forceActiveFocus()
            return
        }
        problem = ""
        input.entry.clear()
        Session.createVault(first, kind)
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spaceL

        Heading {
            Layout.fillWidth: true
            text: step.kind === Session.Pin ? qsTr("Type your PIN again") : qsTr("Type your passphrase again")
        }
        BodyText { Layout.fillWidth: true; muted: true; text: qsTr("Just to be sure it is the one you meant.") }
        SecretInput {
            id: input
            objectName: "confirmSecretInput"
            Layout.fillWidth: true
            focus: true
            kind: step.kind
            showPad: false
            inputEnabled: !step.busy
            accessibleName: qsTr("Type it again to confirm")
            placeholder: accessibleName
            onSubmitted: step.create()
        }
        GentleMessage {
            objectName: "confirmProblem"
            Layout.fillWidth: true
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
        ActionRow {
            id: confirmActions
            Layout.fillWidth: true
            Button {
                objectName: "confirmBack"
                Layout.fillWidth: !confirmActions.fits
                text: qsTr("Back")
                Accessible.name: text
                enabled: !step.busy
                onClicked: step.back()
            }
            Item { Layout.fillWidth: true; visible: confirmActions.fits }
            PrimaryButton {
                objectName: "createVault"
                Layout.fillWidth: !confirmActions.fits
                fitsParent: !confirmActions.fits
                text: qsTr("Set it up")
                enabled: !step.busy
                onClicked: step.create()
            }
        }
    }
}
