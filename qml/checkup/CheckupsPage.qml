import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Check-ups: the questionnaires a therapist can use (PCL-5, PHQ-9, GAD-7 and any form of their
// own), taken when the person chooses. Reached from Today's card, the link under the check-in
// and Settings. Picking one opens it in place; "Back" returns to where the person came from.
Item {
    id: page

    readonly property string title: qsTr("Check-ups")
    // Set by the home to open one straight away (from Today's card).
    property string openKey: ""
    signal closeRequested()

    Component.onCompleted: if (openKey.length > 0) taking.open(openKey)

    CheckupListModel { id: forms; objectName: "checkupForms" }

    Flickable {
        id: list
        anchors.fill: parent
        visible: !taking.active
        contentHeight: column.implicitHeight + 2 * Theme.spaceXl
        contentWidth: width
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.spaceL, (list.width - width) / 2)
            y: Theme.spaceXl
            width: Math.min(list.width - 2 * Theme.spaceL, Theme.contentMaxWidth)
            spacing: Theme.spaceM

            RowLayout {
                Layout.fillWidth: true
                Heading { Layout.fillWidth: true; text: page.title }
                Button {
                    objectName: "closeCheckups"
                    text: qsTr("Back")
                    Accessible.name: qsTr("Back to where I was")
                    onClicked: page.closeRequested()
                }
            }
            BodyText {
                Layout.fillWidth: true
                muted: true
                text: qsTr("Short questionnaires that therapists use to see how things change over weeks. Take one "
                           + "when you choose; you can skip any question, and nothing is shared unless you share it.")
            }
            GentleMessage { Layout.fillWidth: true; concern: true; text: forms.lastError }

            Repeater {
                model: forms
                delegate: Rectangle {
                    id: card
                    required property int index
                    required property string key
                    required property string name
                    required property string about
                    required property int questions
                    required property string questionsAbout
                    required property string languageNote
                    required property bool unfinished
                    required property string lastResult
                    objectName: "checkupCard_" + key
                    Layout.fillWidth: true
                    implicitHeight: cardColumn.implicitHeight + 2 * Theme.spaceL
                    radius: Theme.radiusLarge
                    color: Theme.surface
                    border.color: Theme.border

                    ColumnLayout {
                        id: cardColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spaceL
                        spacing: Theme.spaceXs
                        BodyText { Layout.fillWidth: true; font.weight: Font.DemiBold; text: card.name }
                        BodyText { Layout.fillWidth: true; text: card.about; visible: text.length > 0 }
                        BodyText {
                            Layout.fillWidth: true
                            muted: true
                            font.pixelSize: Theme.fontCaption
                            text: card.questionsAbout
                        }
                        BodyText {
                            objectName: "languageNote_" + card.key
                            Layout.fillWidth: true
                            visible: text.length > 0
                            muted: true
                            font.pixelSize: Theme.fontCaption
                            text: card.languageNote
                        }
                        BodyText {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            muted: true
                            font.pixelSize: Theme.fontCaption
                            text: card.lastResult
                        }
                        PrimaryButton {
                            objectName: "take_" + card.key
                            Layout.topMargin: Theme.spaceS
                            text: card.unfinished ? qsTr("Carry on") : qsTr("Take it")
                            Accessible.name: card.unfinished ? qsTr("Carry on with the %1").arg(card.name)
                                                             : qsTr("Take the %1").arg(card.name)
                            onClicked: taking.open(card.key)
                        }
                    }
                }
            }
            BodyText {
                Layout.fillWidth: true
                muted: true
                text: qsTr("Choose which check-ups Today may suggest, and how often, in Settings. Your results are on the Trends page.")
            }
        }
    }

    Loader {
        id: taking
        objectName: "checkupTaking"
        anchors.fill: parent
        active: false
        property string key: ""
        function open(formKey) { key = formKey; active = true }
        sourceComponent: CheckupTakeView {
            formKey: taking.key
            onDone: { taking.active = false; forms.reload() }
        }
        onLoaded: item.forceActiveFocus()
    }
}
