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
        delegate: ChoiceButton {
            required property var modelData
            objectName: choice.namePrefix + "_" + modelData.value
            text: modelData.label
            // The owner decides what is current (a click on "Choose dates" only opens a form).
            chosen: choice.current === modelData.value
            onClicked: choice.picked(modelData.value)
        }
    }
}
