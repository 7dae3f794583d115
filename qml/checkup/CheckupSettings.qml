import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Settings → Check-ups: which ones Today may suggest and how often, and adding a therapist's
// own form from a file (checked and shown before it is added).
ColumnLayout {
    id: section

    spacing: Theme.spaceM

    CheckupListModel { id: forms; objectName: "checkupSettingsForms" }

    BodyText {
        Layout.fillWidth: true
        muted: true
        text: qsTr("Nothing is suggested until you choose. A suggestion on Today can always be put off or stopped.")
    }
    Repeater {
        model: forms
        delegate: ColumnLayout {
            id: row
            required property int index
            required property string key
            required property string name
            required property bool chosen
            required property int everyWeeks
            Layout.fillWidth: true
            spacing: Theme.spaceXs
            GridLayout { // the choice goes under the name on a narrow window
                Layout.fillWidth: true
                columns: width < 480 ? 1 : 2
                columnSpacing: Theme.spaceM
                rowSpacing: Theme.spaceXs
                BodyText { Layout.fillWidth: true; text: row.name }
                ChoiceBox {
                    objectName: "checkupEvery_" + row.key
                    Layout.fillWidth: true
                    Layout.maximumWidth: Math.max(220 * Theme.fontScale, implicitWidth) // its longest choice whole
                    readonly property var values: [-1, 0, 1, 2, 4]
                    model: values
                    labelFor: (weeks) => weeks < 0 ? qsTr("Not in my check-ups")
                                        : weeks === 0 ? qsTr("Only when I start one")
                                        : weeks === 1 ? qsTr("Every week")
                                        : qsTr("Every %n weeks", "", weeks)
                    displayText: labelFor(row.chosen ? row.everyWeeks : -1)
                    currentIndex: values.indexOf(row.chosen ? row.everyWeeks : -1)
                    Accessible.name: qsTr("How often to suggest the %1").arg(row.name)
                    onActivated: (index) => forms.setEvery(row.index, values[index])
                }
            }
        }
    }

    BodyText { Layout.fillWidth: true; Layout.topMargin: Theme.spaceS; text: qsTr("A form from your therapist") }
    BodyText {
        Layout.fillWidth: true
        muted: true
        text: qsTr("If your therapist gave you a questionnaire as a %1 form file (.json), you can add it here. You will see what it holds before it is added.").arg(AppSettings.appName)
    }
    WrappingButton {
        objectName: "chooseFormFile"
        text: qsTr("Choose a form file…")
        Accessible.name: qsTr("Choose a check-up form file from your therapist")
        onClicked: formDialog.open()
    }
    GentleMessage { objectName: "formError"; Layout.fillWidth: true; concern: true; text: forms.lastError }
    Rectangle {
        objectName: "formPreview"
        visible: forms.hasPreview
        Layout.fillWidth: true
        implicitHeight: previewColumn.implicitHeight + 2 * Theme.spaceL
        radius: Theme.radius
        color: Theme.surfaceRaised
        ColumnLayout {
            id: previewColumn
            anchors.fill: parent
            anchors.margins: Theme.spaceL
            spacing: Theme.spaceS
            BodyText { Layout.fillWidth: true; text: forms.previewText; textFormat: Text.PlainText }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spaceS
                PrimaryButton { objectName: "addForm"; text: qsTr("Add it"); Accessible.name: qsTr("Add this form"); onClicked: forms.addPreviewed() }
                Button { objectName: "cancelForm"; text: qsTr("Don't add it"); Accessible.name: text; onClicked: forms.cancelPreview() }
            }
        }
    }
    BodyText { objectName: "formAdded"; Layout.fillWidth: true; visible: text.length > 0; text: forms.addedMessage }

    FileChooser {
        id: formDialog
        objectName: "formFileChooser"
        mode: FileChooser.Open
        title: qsTr("Choose the form file")
        nameFilters: ["*.json", "*.JSON"]
        onChosen: (path) => forms.previewFile("file://" + path)
    }
}
