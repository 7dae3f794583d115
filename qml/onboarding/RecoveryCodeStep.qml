import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// The recovery code, shown this once. It cannot be selected or copied: secrets never go to
// the clipboard. Moving on needs an explicit "I have saved it".
FocusScope {
    id: step

    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spaceL

        Heading { Layout.fillWidth: true; text: qsTr("Your recovery code") }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("If you ever forget your PIN or passphrase, this code is the only way back in. "
                       + "Write it on paper and keep it somewhere safe and private. It is shown only this once.")
        }
        // One row when it fits, else two rows of four and three: never a lonely last group.
        // On a phone-sized window four groups fit only with a narrower gap.
        Grid {
            id: codeGrid
            objectName: "recoveryCodeGroups"
            readonly property real chipWidth: groups.count > 0 ? groups.itemAt(0).implicitWidth : 0
            Layout.fillWidth: true
            spacing: chipWidth * 4 + Theme.spaceS * 3 <= width ? Theme.spaceS : Theme.spaceXs
            columns: groups.count > 0 && (groups.itemAt(0).implicitWidth + spacing) * groups.count <= width + spacing
                     ? groups.count : 4
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Recovery code: %1").arg(Onboarding.recoveryCode.split("-").join(", "))

            Repeater {
                id: groups
                model: Onboarding.recoveryCode.split("-")
                delegate: Chip {
                    required property string modelData
                    text: modelData
                    monospace: true
                }
            }
        }
        CheckBox {
            id: saved
            objectName: "savedCheck"
            focus: true
            text: qsTr("I have saved it somewhere safe")
            Accessible.name: text
        }
        PrimaryButton {
            objectName: "recoveryContinue"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Continue")
            enabled: saved.checked
            onClicked: Onboarding.acknowledgeRecoveryCode()
        }
    }
}
