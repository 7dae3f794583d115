import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Choose a PIN or a passphrase and type it once.
FocusScope {
    id: step

    property alias kind: kindChoice.kind
    readonly property SecretEntry entry: input.entry
    property string problem
    signal back()
    signal next()

    implicitHeight: column.implicitHeight

    // The keyboard goes to the field, whatever had it last in this step (a radio, a button).
    function focusField() {
        input.forceActiveFocus()
    }

    function tryNext() {
        problem = Session.secretProblem(input.entry, kindChoice.kind)
        if (problem === "") {
            suggestion.clear()
            step.next()
        }
        else
            input.forceActiveFocus()   // so the next keystrokes go where they are needed
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spaceL

        Heading { Layout.fillWidth: true; text: qsTr("Choose how you'll open %1").arg(AppSettings.appName) }
        SecretKindChoice {
            id: kindChoice
            objectName: "chooseKind"
            Layout.fillWidth: true
            onKindChanged: step.problem = ""
            onChosen: input.forceActiveFocus()
        }
        SecretInput {
            id: input
            objectName: "newSecretInput"
            Layout.fillWidth: true
            focus: true
            kind: kindChoice.kind
            showPad: false
            placeholder: kind === Session.Pin ? qsTr("Type a PIN of 6 or more digits")
                                              : qsTr("Type a passphrase of 8 or more characters")
            onSubmitted: step.tryNext()
        }
        PassphraseSuggestionBox {
            id: suggestion
            Layout.fillWidth: true
            visible: kindChoice.kind === Session.Passphrase
            entry: input.entry
            onUsed: { step.problem = ""; input.forceActiveFocus() }
        }
        GentleMessage { Layout.fillWidth: true; text: step.problem }
        ActionRow {
            id: chooseActions
            Layout.fillWidth: true
            Button { Layout.fillWidth: !chooseActions.fits; text: qsTr("Back"); Accessible.name: text; onClicked: step.back() }
            Item { Layout.fillWidth: true; visible: chooseActions.fits }
            PrimaryButton {
                objectName: "chooseNext"
                Layout.fillWidth: !chooseActions.fits
                fitsParent: !chooseActions.fits
                text: qsTr("Next")
                onClicked: step.tryNext()
            }
        }
    }
}
