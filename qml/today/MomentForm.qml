import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Log a hard moment in a few steps: the kind, then Save. The time, the intensity and the
// notes are there for when there is room for them.
Rectangle {
    id: form

    required property var moments // a MomentsModel
    signal finished()

    property string kind: ""
    property bool intensityGiven: false

    implicitHeight: column.implicitHeight + 2 * Theme.spaceL
    radius: Theme.radiusLarge
    color: Theme.surface
    border.color: Theme.border

    function save() {
        if (form.kind.length === 0)
            return
        const saved = form.moments.add(form.kind, time.text, form.intensityGiven ? intensity.value : -1,
                                       trigger.text, place.text, body.text, helped.text)
        if (saved)
            form.finished()
    }

    // A quick exit or the auto-lock while the form is open keeps what was typed: the moment
    // is saved as it stands ("something else" when no kind was chosen yet).
    Connections {
        target: Session
        function onAboutToLock() { form.saveBeforeLock() }
    }
    function saveBeforeLock() {
        const typed = [trigger.text, place.text, body.text, helped.text].some(text => text.trim().length > 0)
        if (form.kind.length === 0 && !typed && !form.intensityGiven)
            return
        form.moments.add(form.kind.length > 0 ? form.kind : "other", time.text,
                         form.intensityGiven ? intensity.value : -1, trigger.text, place.text, body.text, helped.text)
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceM

        BodyText { Layout.fillWidth: true; text: qsTr("What happened?"); font.weight: Font.DemiBold }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Repeater {
                model: form.moments.kinds
                delegate: ChoiceButton {
                    required property var modelData
                    objectName: "momentKind_" + modelData.key
                    text: modelData.label
                    chosen: form.kind === modelData.key
                    onClicked: form.kind = modelData.key
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceM
            BodyText { text: qsTr("When") }
            TextField {
                id: time
                objectName: "momentTime"
                Layout.preferredWidth: 90
                text: form.moments.timeNow
                inputMask: "99:99"
                Accessible.name: qsTr("Time it happened, hours and minutes")
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceXs
            GridLayout { // the value goes under its question where both would not fit (200 %)
                Layout.fillWidth: true
                columns: width < 320 * Theme.fontScale ? 1 : 2
                rowSpacing: 0
                BodyText { Layout.fillWidth: true; text: qsTr("How intense, 0 to 10 (optional)") }
                BodyText {
                    objectName: "momentIntensityValue"
                    muted: !form.intensityGiven
                    text: form.intensityGiven ? String(intensity.value) : qsTr("—, not given")
                }
            }
            CalmSlider {
                id: intensity
                objectName: "momentIntensity"
                Layout.fillWidth: true
                from: 0; to: 10; stepSize: 1
                recorded: form.intensityGiven
                Accessible.name: qsTr("Intensity")
                onMoved: form.intensityGiven = true
                Keys.onPressed: (event) => {
                    if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
                        intensity.value = event.key - Qt.Key_0
                        form.intensityGiven = true
                        event.accepted = true
                    }
                }
            }
        }

        TextLink {
            objectName: "momentDetailsToggle"
            // As wide as its words, narrower (they wrap) where there is less room: a link that
            // does not fill is given its full width, and widened the whole form at 200 %.
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            text: details.visible ? qsTr("Fewer details") : qsTr("Add details (optional)")
            onClicked: details.visible = !details.visible
        }
        ColumnLayout {
            id: details
            visible: false
            Layout.fillWidth: true
            spacing: Theme.spaceS
            // A label above each field, so what a field is for stays in view once it is
            // filled in (a placeholder disappears with the first letter).
            component Note: ColumnLayout {
                property alias label: noteLabel.text
                property alias text: noteField.text
                property alias fieldName: noteField.objectName
                Layout.fillWidth: true
                spacing: Theme.spaceXs
                Label {
                    id: noteLabel
                    Layout.fillWidth: true
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
                TextField {
                    id: noteField
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontBody
                    Accessible.name: noteLabel.text
                }
            }
            Note { id: trigger; fieldName: "momentTrigger"; label: qsTr("What set it off, if you know") }
            Note { id: place; fieldName: "momentPlace"; label: qsTr("Where you were") }
            Note { id: body; fieldName: "momentBody"; label: qsTr("What you felt in your body") }
            Note { id: helped; fieldName: "momentHelped"; label: qsTr("What helped, even a little") }
        }

        GentleMessage { Layout.fillWidth: true; concern: true; text: form.moments.lastError }

        ActionRow { // one above the other where they do not fit side by side (200 %, Spanish)
            id: formActions
            Layout.fillWidth: true
            PrimaryButton {
                objectName: "saveMoment"
                Layout.fillWidth: !formActions.fits
                fitsParent: !formActions.fits
                text: qsTr("Save")
                enabled: form.kind.length > 0
                Accessible.name: qsTr("Save this moment")
                onClicked: form.save()
            }
            Button {
                objectName: "cancelMoment"
                Layout.fillWidth: !formActions.fits
                text: qsTr("Cancel")
                onClicked: form.finished()
            }
        }
    }
}
