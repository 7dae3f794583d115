import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// While a long task runs (bringing in a file, an export, a backup, a restore): what is happening,
// how far along it is, and Stop. Stopping leaves nothing half-written; the task says so itself.
// Calm on purpose: no percentage race, no flashing; an unknown size shows a quiet moving bar.
ColumnLayout {
    id: bar

    // A TaskProgress (VaultImporter.progress, VaultExporter.progress, VaultBackup.progress, …).
    property TaskProgress task
    // What the task is, for the screen reader ("Bringing in your file").
    property string what: ""

    visible: task !== null && task.running
    // The unknown-size piece moves only while it can be seen, and never with reduced motion.
    readonly property bool drifting: task !== null && task.running && task.fraction < 0 && !AppSettings.reduceMotion
    spacing: Theme.spaceXs
    // A layout leaves a hidden item at the width it last gave it; a window made narrower since
    // would find the hidden bar wider than itself. The layout sizes it again when it shows.
    onVisibleChanged: if (!visible) width = 0

    BodyText {
        objectName: "taskStep"
        Layout.fillWidth: true
        muted: true
        text: !bar.task ? ""
            : bar.task.stopping ? qsTr("Stopping, and leaving everything as it was…")
            : bar.task.step.length > 0 ? (bar.task.fraction >= 0 ? qsTr("%1… %2 %").arg(bar.task.step)
                                                                              .arg(Math.round(bar.task.fraction * 100))
                                                                  : qsTr("%1…").arg(bar.task.step))
            : qsTr("Starting…")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        ProgressBar {
            id: taskBar
            objectName: "taskBar"
            Layout.fillWidth: true
            from: 0
            to: 1
            indeterminate: !bar.task || bar.task.fraction < 0
            value: bar.task && bar.task.fraction >= 0 ? bar.task.fraction : 0
            Accessible.name: bar.task && bar.task.fraction >= 0
                             ? qsTr("%1: %2 percent").arg(bar.what).arg(Math.round(bar.task.fraction * 100))
                             : bar.what

            background: Rectangle {
                implicitWidth: 160
                implicitHeight: 8
                radius: height / 2
                color: Theme.accentSoft
                border.color: Theme.border
            }
            contentItem: Item {
                implicitHeight: 8
                clip: true
                Rectangle {   // how far along
                    visible: !taskBar.indeterminate
                    width: taskBar.visualPosition * parent.width
                    height: parent.height
                    radius: height / 2
                    color: Theme.accent
                }
                Rectangle {   // size unknown: a short piece drifting slowly across, or still when motion is reduced
                    id: drift
                    visible: taskBar.indeterminate
                    width: parent.width / 4
                    height: parent.height
                    radius: height / 2
                    color: Theme.accent
                    opacity: 0.7
                    x: AppSettings.reduceMotion ? (parent.width - width) / 2 : 0
                    NumberAnimation on x {
                        running: bar.drifting
                        loops: Animation.Infinite
                        from: -drift.width
                        to: drift.parent ? drift.parent.width : 0
                        duration: 2400
                        easing.type: Easing.InOutSine
                    }
                }
            }
        }
        Button {
            objectName: "taskStop"
            text: qsTr("Stop")
            enabled: bar.task !== null && !bar.task.stopping
            Accessible.name: qsTr("Stop. Nothing half-done is kept.")
            onClicked: bar.task.stop()
        }
    }
}
