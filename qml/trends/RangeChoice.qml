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
            checkable: true
            checked: choice.current === modelData.value
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.controlHeight - 6
            Accessible.name: text
            Accessible.role: Accessible.RadioButton
            onClicked: choice.picked(modelData.value)
            contentItem: Label {
                text: parent.text
                font: parent.font
                color: parent.checked ? Theme.textOnAccent : Theme.text
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: Theme.radius
                color: parent.checked ? Theme.accent : (parent.hovered ? Theme.accentSoft : Theme.surface)
                border.color: parent.visualFocus ? Theme.focusRing : Theme.border
                border.width: parent.visualFocus ? 2 : 1
            }
        }
    }
}
