import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// What a record holds, every part optional but the day: when it happened (or "around"), where,
// what happened, its kinds, injuries, who was there, who was told, a doctor, a report, and
// whether it is covered in lists. Words are the person's own; nothing is checked but sizes.
ColumnLayout {
    id: form

    required property RecordEditor editor
    property RecordKindModel kinds

    spacing: Theme.spaceS

    component FieldLabel: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceS
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }
    component ShortText: TextArea {
        Layout.fillWidth: true
        wrapMode: TextEdit.Wrap
        textFormat: TextEdit.PlainText
        font.pixelSize: Theme.fontBody
        selectByMouse: true
        KeyNavigation.priority: KeyNavigation.BeforeItem
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.color: parent.activeFocus ? Theme.focusRing : Theme.border
        }
    }

    FieldLabel { text: qsTr("When it happened") }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        WrappingButton {
            objectName: "recordDay"
            text: qsTr("%1 ▾").arg(form.editor.dayLabel)
            Accessible.name: qsTr("Day: %1. Choose another day").arg(form.editor.dayLabel)
            onClicked: dayPicker.active = true
        }
        TextField {
            id: time
            objectName: "recordTime"
            width: 150
            text: form.editor.time
            placeholderText: qsTr("Time, e.g. 21:30")
            inputMethodHints: Qt.ImhTime
            Accessible.name: qsTr("Time of day, optional, written as hours and minutes")
            onTextEdited: form.editor.time = text
        }
        WrappingCheckBox {
            objectName: "recordAround"
            text: qsTr("Around then, not sure")
            checked: form.editor.approximate
            Accessible.name: qsTr("The day or time is approximate")
            onToggled: form.editor.approximate = checked
        }
    }
    Loader {
        id: dayPicker
        active: false
        sourceComponent: CalendarPopup {
            day: form.editor.day
            onChosen: (day) => { form.editor.day = day; close() }
            onClosed: dayPicker.active = false
        }
        onLoaded: item.open()
    }

    FieldLabel { text: qsTr("What kind of thing it was (optional)") }
    Flow {
        objectName: "recordKinds"
        Layout.fillWidth: true
        spacing: Theme.spaceXs
        Repeater {
            model: form.kinds
            delegate: AbstractButton {
                id: kind
                required property var kindId
                required property string label
                checkable: true
                checked: form.editor.kindIds.indexOf(kindId) >= 0
                text: checked ? qsTr("✓ %1").arg(label) : label
                focusPolicy: Qt.StrongFocus
                // Never wider than the row: a long kind wraps inside its chip (200 % on a phone).
                leftPadding: Theme.spaceM
                rightPadding: Theme.spaceM
                implicitHeight: Math.max(40, kindLabel.implicitHeight + 2 * Theme.spaceXs)
                implicitWidth: kindLabel.implicitWidth + leftPadding + rightPadding
                width: parent ? Math.min(implicitWidth, parent.width) : implicitWidth
                Accessible.role: Accessible.CheckBox
                Accessible.checkable: true
                Accessible.checked: checked
                Accessible.name: label
                onClicked: form.editor.toggleKind(kindId)
                Keys.onReturnPressed: form.editor.toggleKind(kindId)
                contentItem: Label {
                    id: kindLabel
                    text: kind.text
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.weight: kind.checked ? Font.DemiBold : Font.Normal
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.WordWrap
                }
                background: Rectangle {
                    radius: Math.min(height / 2, 20)
                    color: kind.checked ? Theme.accentSoft : Theme.surface
                    border.color: kind.visualFocus ? Theme.focusRing : kind.checked ? Theme.accent : Theme.border
                    border.width: kind.visualFocus ? 2 : 1
                }
            }
        }
    }

    FieldLabel { text: qsTr("Where (optional)") }
    ShortText {
        objectName: "recordPlace"
        text: form.editor.place
        placeholderText: qsTr("A room, a street, online, …")
        Accessible.name: qsTr("Where it happened, optional")
        onTextChanged: if (text !== form.editor.place) form.editor.place = text
    }

    FieldLabel { text: qsTr("What happened") }
    ShortText {
        objectName: "recordWhatHappened"
        Layout.minimumHeight: 140
        text: form.editor.whatHappened
        placeholderText: qsTr("In your own words, as much or as little as you want. You can add to it later; earlier wordings are kept.")
        Accessible.name: qsTr("What happened, in your own words")
        onTextChanged: if (text !== form.editor.whatHappened) form.editor.whatHappened = text
    }

    FieldLabel { text: qsTr("Injuries (optional)") }
    ShortText {
        objectName: "recordInjuries"
        text: form.editor.injuries
        Accessible.name: qsTr("Injuries, optional")
        onTextChanged: if (text !== form.editor.injuries) form.editor.injuries = text
    }
    FieldLabel { text: qsTr("Who was there (optional)") }
    ShortText {
        objectName: "recordWitnesses"
        text: form.editor.witnesses
        Accessible.name: qsTr("Who was there, optional")
        onTextChanged: if (text !== form.editor.witnesses) form.editor.witnesses = text
    }
    FieldLabel { text: qsTr("Who you told (optional)") }
    ShortText {
        objectName: "recordTold"
        text: form.editor.told
        Accessible.name: qsTr("Who you told, optional")
        onTextChanged: if (text !== form.editor.told) form.editor.told = text
    }

    GridLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceS
        columns: form.width < 640 ? 1 : 2
        columnSpacing: Theme.spaceM
        rowSpacing: Theme.spaceS
        ChoiceBox {
            objectName: "recordDoctor"
            Layout.fillWidth: true
            model: [-1, 1, 0]
            labelFor: (value) => value < 0 ? qsTr("Saw a doctor or nurse: not said")
                                 : value > 0 ? qsTr("Saw a doctor or nurse: yes") : qsTr("Saw a doctor or nurse: no")
            displayText: labelFor(form.editor.sawDoctor)
            currentIndex: [-1, 1, 0].indexOf(form.editor.sawDoctor)
            Accessible.name: qsTr("Whether you saw a doctor or nurse, optional")
            onActivated: (index) => form.editor.sawDoctor = [-1, 1, 0][index]
        }
        ChoiceBox {
            objectName: "recordReported"
            Layout.fillWidth: true
            model: [-1, 1, 0]
            labelFor: (value) => value < 0 ? qsTr("Reported it: not said")
                                 : value > 0 ? qsTr("Reported it: yes") : qsTr("Reported it: no")
            displayText: labelFor(form.editor.reported)
            currentIndex: [-1, 1, 0].indexOf(form.editor.reported)
            Accessible.name: qsTr("Whether you reported it, optional")
            onActivated: (index) => form.editor.reported = [-1, 1, 0][index]
        }
    }
    SettingSwitch {
        objectName: "recordSensitive"
        Layout.fillWidth: true
        text: qsTr("Sensitive: cover it in lists")
        checked: form.editor.sensitive
        onToggled: form.editor.sensitive = checked
    }
}
