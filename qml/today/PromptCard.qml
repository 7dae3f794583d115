import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// One gentle journaling prompt a day. It can be answered, swapped, put away for the day or
// turned off by kind. A prompt that may stir hard memories shows its content note first.
Rectangle {
    id: card

    signal write(string key, string text)

    implicitHeight: content.implicitHeight + 2 * Theme.spaceL
    radius: Theme.radiusLarge
    color: Theme.surface
    border.color: Theme.border

    DailyPrompt { id: prompt }
    // After the first frame: the page draws before the prompt is chosen.
    Component.onCompleted: Qt.callLater(prompt.load)

    property bool noteAccepted: false
    Connections { target: prompt; function onPromptChanged() { card.noteAccepted = false } }
    readonly property bool noteFirst: prompt.contentNote.length > 0 && !noteAccepted

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceM

        Label {
            Layout.fillWidth: true
            visible: prompt.hasPrompt
            wrapMode: Text.WordWrap
            text: prompt.kindLabel
            color: Theme.accent
            font.pixelSize: Theme.fontCaption
            font.weight: Font.DemiBold
        }
        BodyText {
            objectName: "promptNote"
            Layout.fillWidth: true
            visible: prompt.hasPrompt && card.noteFirst
            muted: true
            text: qsTr("A gentle note first: %1").arg(prompt.contentNote)
        }
        BodyText {
            objectName: "promptText"
            Layout.fillWidth: true
            visible: prompt.hasPrompt && !card.noteFirst
            text: prompt.text
            font.pixelSize: Theme.fontLarge
        }
        BodyText {
            objectName: "promptResting"
            Layout.fillWidth: true
            visible: prompt.restingToday
            muted: true
            text: qsTr("No prompt today. That's fine; the journal is there whenever you want it.")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            PrimaryButton {
                objectName: "showPrompt"
                fitsParent: true
                visible: prompt.hasPrompt && card.noteFirst
                text: qsTr("Show me the prompt")
                onClicked: card.noteAccepted = true
            }
            PrimaryButton {
                objectName: "writeFromPrompt"
                fitsParent: true
                visible: prompt.hasPrompt && !card.noteFirst
                text: qsTr("Write about this")
                Accessible.name: qsTr("Write about this prompt in the journal")
                onClicked: card.write(prompt.key, prompt.text)
            }
            Button {
                objectName: "anotherPrompt"
                visible: prompt.hasPrompt
                text: qsTr("Another one")
                Accessible.name: qsTr("Show another prompt")
                onClicked: prompt.another()
            }
            Button {
                objectName: "promptNotToday"
                visible: prompt.hasPrompt
                text: qsTr("Not today")
                Accessible.name: qsTr("No prompt today")
                onClicked: prompt.notToday()
            }
            Button {
                objectName: "promptAfterAll"
                visible: prompt.restingToday
                text: qsTr("Show one after all")
                onClicked: prompt.another()
            }
        }
        TextLink {
            objectName: "hidePromptKind"
            // Never wider than the card: a long kind name wraps instead of widening the layout.
            Layout.maximumWidth: content.width
            visible: prompt.hasPrompt
            text: qsTr("Don't show prompts about “%1”").arg(prompt.kindLabel)
            Accessible.name: text
            onClicked: prompt.hideThisKind()
        }
        GentleMessage { Layout.fillWidth: true; concern: true; text: prompt.lastError }
    }
}
