import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// A row of choices of which one is picked (ranges, periods): wraps on a narrow window.
Flow {
    id: choice

    // [{ value, label }]
    property var options: []
    property var current
    property string namePrefix: "range"

    signal picked(var value)

    spacing: Theme.spaceS

    Repeater {
        model: choice.options
        delegate: Button {
            required property var modelData
            objectName: choice.namePrefix + "_" + modelData.value
            text: modelData.label
            // Not checkable: a click must not flip the state by itself, the owner decides
            // what is current (a click on "Choose dates" only opens a form).
            readonly property bool chosen: choice.current === modelData.value
            Accessible.checkable: true
            Accessible.checked: chosen
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.controlHeight - 6
            Accessible.name: text
            Accessible.role: Accessible.RadioButton
            onClicked: choice.picked(modelData.value)
            contentItem: Label {
                text: parent.text
                font: parent.font
                color: parent.chosen ? Theme.textOnAccent : Theme.text
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: Theme.radius
                color: parent.chosen ? Theme.accent : (parent.hovered ? Theme.accentSoft : Theme.surface)
                border.color: parent.visualFocus ? Theme.focusRing : Theme.border
                border.width: parent.visualFocus ? 2 : 1
            }
        }
    }
}
