import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// The recovery code, shown this once. Its characters never reach QML: each group is drawn by a
// RecoveryCodeGroupView straight from Onboarding's guarded memory, so nothing can select, copy
// or keep it (secrets never go to the clipboard). Moving on needs an explicit "I have saved it".
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
        // All groups in one row when they fit, else rows as even as they can be (4 and 3, never
        // 6 and a lonely 1), each row centred.
        Item {
            id: codeGroups
            objectName: "recoveryCodeGroups"
            readonly property int count: Onboarding.recoveryGroupCount
            readonly property real gap: Theme.spaceS
            readonly property real chipWidth: probe.implicitWidth + 2 * Theme.spaceS
            readonly property int fitting: Math.max(1, Math.floor((width + gap) / (chipWidth + gap)))
            readonly property int rows: count > 0 ? Math.ceil(count / Math.min(fitting, count)) : 0
            readonly property int columns: rows > 0 ? Math.ceil(count / rows) : 0
            Layout.fillWidth: true
            implicitHeight: rowColumn.implicitHeight
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Recovery code, in %n groups", "", count)

            // Measures a group for the layout; never shown.
            RecoveryCodeGroupView {
                id: probe
                visible: false
                onboarding: Onboarding
                font.family: "monospace"
                font.pixelSize: Theme.fontLarge
                letterGap: 3
                Accessible.ignored: true
            }

            Column {
                id: rowColumn
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: codeGroups.gap
                Repeater {
                    model: codeGroups.rows
                    delegate: Row {
                        id: codeRow
                        required property int index
                        readonly property int first: index * codeGroups.columns
                        anchors.horizontalCenter: parent.horizontalCenter
                        spacing: codeGroups.gap
                        Repeater {
                            model: Math.max(0, Math.min(codeGroups.columns, codeGroups.count - codeRow.first))
                            // The chip's frame, without its label: the view inside draws the
                            // characters and is what a screen reader stops on.
                            delegate: Chip {
                                id: chip
                                required property int index
                                width: codeGroups.chipWidth
                                height: view.implicitHeight + 2 * Theme.spaceM
                                border.width: view.activeFocus ? 2 : 1
                                border.color: view.activeFocus ? Theme.focusRing : Theme.border
                                Accessible.ignored: true

                                RecoveryCodeGroupView {
                                    id: view
                                    objectName: "recoveryCodeGroup" + group
                                    anchors.fill: parent
                                    onboarding: Onboarding
                                    group: codeRow.first + chip.index
                                    font.family: "monospace"
                                    font.pixelSize: Theme.fontLarge
                                    letterGap: 3
                                    color: Theme.text
                                    // The name is written by the view itself (see its header):
                                    // the characters only while focused with a screen reader on.
                                    Accessible.role: Accessible.StaticText
                                    Accessible.focusable: true
                                }
                            }
                        }
                    }
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
