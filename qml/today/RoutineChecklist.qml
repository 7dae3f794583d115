import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// Today's healing routines: tick what you did; nothing is counted against you.
ColumnLayout {
    id: list

    required property var model // a RoutineChecklistModel

    spacing: Theme.spaceXs

    BodyText {
        objectName: "routineNudge"
        Layout.fillWidth: true
        visible: text.length > 0
        muted: true
        text: list.model.nudge
    }
    Repeater {
        model: list.model
        delegate: CheckBox {
            required property int index
            required property string label
            required property bool done
            objectName: "routine_" + index
            Layout.fillWidth: true
            text: label
            checked: done
            Accessible.name: label
            onToggled: list.model.setDone(index, checked)
            contentItem: BodyText {
                text: parent.text
                leftPadding: parent.indicator.width + parent.spacing
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
    GentleMessage {
        Layout.fillWidth: true
        concern: true
        text: list.model.lastError
    }
}
