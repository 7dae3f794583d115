import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// One metric of the check-in: a slider for scales, a stepper for counts and hours, yes/no
// buttons for yes-or-no. A control never touched means "not recorded", shown as such.
// Keyboard: Tab moves on; arrows or a number set the value; Delete clears it.
ColumnLayout {
    id: row

    required property int index
    required property string key
    required property string label
    required property string kind
    required property real minValue
    required property real maxValue
    required property real step
    required property bool recorded
    required property real value
    required property string valueText
    required property string previousText
    required property int momentFloor
    property string previousDayName: qsTr("Yesterday")

    signal commit(real value)
    signal clear()

    spacing: Theme.spaceXs

    // The measure's name, then its value and Clear; at a large text size the value goes under
    // the name, so the name keeps the width it needs. (Decided by the text size, not by this
    // row's own width: a width-driven switch here made the Today page's layout loop.)
    GridLayout {
        Layout.fillWidth: true
        columns: Theme.fontScale >= 1.5 ? 1 : 2
        columnSpacing: Theme.spaceS
        rowSpacing: 0
        Label {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            text: row.label
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere // a word longer than the row still fits
        }
        RowLayout {
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spaceS
            Label {
                objectName: "value_" + row.key
                Layout.alignment: Qt.AlignTop
                text: row.valueText
                color: row.recorded ? Theme.text : Theme.textMuted
                font.pixelSize: Theme.fontBody
            }
            TextLink {
                objectName: "clear_" + row.key
                visible: row.recorded
                text: qsTr("Clear")
                // Out of the Tab order so the check-in stays quick; Delete clears from the keyboard.
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Clear %1, back to not recorded").arg(row.label)
                onClicked: row.clear()
            }
        }
    }

    Loader {
        id: control
        // Sliders use the width; steppers and yes/no keep a comfortable size of their own.
        Layout.fillWidth: row.kind === "scale"
        Layout.preferredWidth: row.kind === "scale" ? -1 : Math.min(240, row.width)
        sourceComponent: row.kind === "scale" ? scaleControl
                       : row.kind === "boolean" ? yesNoControl : stepperControl
    }

    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: {
            const parts = []
            if (row.previousText.length > 0)
                parts.push(qsTr("%1: %2").arg(row.previousDayName).arg(row.previousText))
            if (row.momentFloor > 0)
                parts.push(qsTr("%n logged as moments", "", row.momentFloor))
            return parts.length === 2 ? qsTr("%1 · %2", "yesterday's value, then moments logged").arg(parts[0]).arg(parts[1])
                                      : parts.join("")
        }
        color: Theme.textMuted
        font.pixelSize: Theme.fontCaption
        wrapMode: Text.WordWrap
    }

    // Typing "1" then "0" quickly gives 10 on a 0–10 scale.
    property int pendingDigit: -1
    Timer { id: digitTimer; interval: 700; onTriggered: row.pendingDigit = -1 }
    function typeDigit(digit) {
        let v = digit
        if (row.pendingDigit >= 0 && digitTimer.running && row.pendingDigit * 10 + digit <= row.maxValue)
            v = row.pendingDigit * 10 + digit
        row.pendingDigit = v
        digitTimer.restart()
        if (v >= row.minValue && v <= row.maxValue)
            row.commit(v)
    }

    Component {
        id: scaleControl
        CalmSlider {
            objectName: "control_" + row.key
            from: row.minValue
            to: row.maxValue
            stepSize: row.step
            recorded: row.recorded
            value: row.recorded ? row.value : row.minValue
            Accessible.name: qsTr("%1, %2", "a check-in item and its value, read aloud").arg(row.label).arg(row.valueText)
            Accessible.description: qsTr("Arrow keys or a number set it; Delete clears it")
            onMoved: row.commit(value)
            Keys.onPressed: (event) => {
                if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
                    row.typeDigit(event.key - Qt.Key_0)
                    event.accepted = true
                } else if (event.key === Qt.Key_Delete || event.key === Qt.Key_Backspace) {
                    row.clear()
                    event.accepted = true
                } else if (!row.recorded && (event.key === Qt.Key_Left || event.key === Qt.Key_Down
                                             || event.key === Qt.Key_Home)) {
                    row.commit(row.minValue) // the lowest is a real answer, not "untouched"
                    event.accepted = true
                }
            }
        }
    }

    Component {
        id: stepperControl
        SpinBox {
            id: spin
            objectName: "control_" + row.key
            // Whole steps inside: hours count in half hours.
            readonly property real factor: 1 / row.step
            from: Math.round(Math.max(row.minValue, row.momentFloor) * factor)
            to: Math.round(row.maxValue * factor)
            value: row.recorded ? Math.round(row.value * factor) : from
            // Typing is handled here, not by the SpinBox, which would quietly clamp 30 hours to 24.
            editable: false
            Accessible.name: qsTr("%1, %2", "a check-in item and its value, read aloud").arg(row.label).arg(row.valueText)
            Accessible.description: qsTr("Type a number or use the arrow keys; leave it empty for not recorded")
            textFromValue: (v, locale) => String(v / factor)
            valueFromText: (text, locale) => Math.round(Number(text.replace(",", ".")) * factor)
            validator: RegularExpressionValidator { regularExpression: /^\d{0,5}([.,]\d?)?$/ }
            onValueModified: row.commit(value / factor)
            // A number typed but not yet confirmed is saved if the vault locks meanwhile.
            Connections {
                target: Session
                function onAboutToLock() {
                    if (input.activeFocus)
                        input.editingFinished()
                }
            }
            contentItem: TextInput {
                id: input
                objectName: "input_" + row.key
                // The text field is what takes focus, so it carries the name a screen reader reads.
                Accessible.role: Accessible.SpinBox
                Accessible.name: qsTr("%1, %2", "a check-in item and its value, read aloud").arg(row.label).arg(row.valueText)
                Accessible.description: spin.Accessible.description
                text: row.recorded ? spin.textFromValue(spin.value, spin.locale) : ""
                font.pixelSize: Theme.fontBody
                color: Theme.text
                selectionColor: Theme.accentSoft
                selectedTextColor: Theme.text
                horizontalAlignment: Qt.AlignHCenter
                verticalAlignment: Qt.AlignVCenter
                readOnly: false
                validator: spin.validator
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onActiveFocusChanged: if (activeFocus) selectAll()
                onEditingFinished: {
                    const typed = text.trim()
                    if (typed.length === 0) {
                        if (row.recorded)
                            row.clear()
                        return
                    }
                    const v = Number(typed.replace(",", "."))
                    if (!row.recorded || v !== row.value)
                        row.commit(v)
                }
                Label {
                    anchors.centerIn: parent
                    visible: parent.text.length === 0
                    text: "—"
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                }
            }
            Keys.onPressed: (event) => {
                if (!row.recorded && (event.key === Qt.Key_Up || event.key === Qt.Key_Down)) {
                    row.commit(spin.from / spin.factor) // first press records the lowest (0 nightmares)
                    event.accepted = true
                }
            }
        }
    }

    Component {
        id: yesNoControl
        RowLayout {
            spacing: Theme.spaceS
            Repeater {
                model: [{ text: qsTr("Yes"), value: 1 }, { text: qsTr("No"), value: 0 }]
                delegate: ChoiceButton {
                    required property var modelData
                    objectName: "control_" + row.key + "_" + modelData.value
                    text: modelData.text
                    chosen: row.recorded && row.value === modelData.value
                    Accessible.name: qsTr("%1: %2", "a yes-or-no check-in item and one answer, read aloud").arg(row.label).arg(text)
                    // Pressing the chosen answer again takes it back to not recorded.
                    onClicked: chosen ? row.clear() : row.commit(modelData.value)
                    Keys.onDeletePressed: row.clear()
                }
            }
            Item { Layout.fillWidth: true }
        }
    }
}
