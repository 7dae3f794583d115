import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// 5-4-3-2-1: noticing the room through each sense, one step at a time. Writing is optional;
// notes leave this screen only if the person ticks "keep my notes" at the end, and then
// they become a journal entry inside the vault. Otherwise they are gone when the tool closes.
ColumnLayout {
    id: tool

    readonly property string title: qsTr("5-4-3-2-1 senses")
    readonly property var steps: [
        { count: 5, prompt: qsTr("Look around. Name five things you can see."),
          hint: qsTr("Anything at all: a colour, a shadow, the corner of a table.") },
        { count: 4, prompt: qsTr("Notice four things you can feel."),
          hint: qsTr("Your feet on the floor, the chair holding you, the air on your hands.") },
        { count: 3, prompt: qsTr("Listen for three things you can hear."),
          hint: qsTr("Near or far. Quiet sounds count too.") },
        { count: 2, prompt: qsTr("Find two things you can smell."),
          hint: qsTr("If nothing comes, think of two smells you like.") },
        { count: 1, prompt: qsTr("Notice one thing you can taste."),
          hint: qsTr("Or one kind thing you could say to yourself right now.") }
    ]
    property int step: 0
    readonly property bool finished: step >= steps.length
    property var notes: ["", "", "", "", ""]
    property string keptMessage: ""

    signal done()

    spacing: Theme.spaceL

    GroundingNotesKeeper { id: keeper }

    function allNotes() {
        let text = ""
        for (let i = 0; i < steps.length; ++i) {
            if (notes[i].trim().length > 0)
                text += steps[i].prompt + "\n" + notes[i].trim() + "\n\n"
        }
        return text.trim()
    }
    function setNote(index, text) {
        const copy = notes.slice()
        copy[index] = text
        notes = copy
    }

    BodyText {
        objectName: "sensesProgress"
        Layout.fillWidth: true
        muted: true
        text: tool.finished ? qsTr("All five steps done") : qsTr("Step %1 of 5").arg(tool.step + 1)
    }

    // One step: the prompt, a hint, and an optional place to write.
    ColumnLayout {
        visible: !tool.finished
        Layout.fillWidth: true
        spacing: Theme.spaceM

        Heading {
            objectName: "sensesPrompt"
            Layout.fillWidth: true
            text: tool.finished ? "" : tool.steps[tool.step].prompt
        }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: tool.finished ? "" : tool.steps[tool.step].hint
        }
        WritingArea {
            id: noteField
            objectName: "sensesNote"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(96, implicitHeight)
            placeholderText: qsTr("Write them here, if you like")
            Accessible.name: qsTr("Notes for this step, optional")
            text: tool.finished ? "" : tool.notes[tool.step]
            onTextChanged: if (!tool.finished && text !== tool.notes[tool.step]) tool.setNote(tool.step, text)
        }
    }

    // The end: a kind word, and the choice to keep the notes or let them go.
    ColumnLayout {
        visible: tool.finished
        Layout.fillWidth: true
        spacing: Theme.spaceM

        Heading {
            Layout.fillWidth: true
            text: qsTr("You did that. Take a moment.")
        }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: tool.allNotes().length > 0
                  ? qsTr("Your notes are not saved unless you ask. If you close this, they are gone.")
                  : qsTr("Nothing was written down, and that is fine.")
        }
        CheckBox {
            id: keepNotes
            objectName: "keepNotes"
            visible: tool.allNotes().length > 0
            text: qsTr("Keep my notes in my journal")
            Accessible.name: text
        }
        GentleMessage {
            objectName: "sensesMessage"
            Layout.fillWidth: true
            concern: keeper.lastError.length > 0
            text: keeper.lastError.length > 0 ? keeper.lastError : tool.keptMessage
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceM
        Button {
            objectName: "sensesBack"
            text: qsTr("Back")
            visible: tool.step > 0
            Accessible.name: qsTr("Back to the previous step")
            onClicked: { tool.keptMessage = ""; tool.step -= 1 }
        }
        Item { Layout.fillWidth: true }
        PrimaryButton {
            objectName: "sensesNext"
            text: !tool.finished ? (tool.step === tool.steps.length - 1 ? qsTr("Finish") : qsTr("Next"))
                                 : qsTr("Close")
            onClicked: {
                if (!tool.finished) {
                    tool.step += 1
                    return
                }
                if (keepNotes.visible && keepNotes.checked) {
                    if (!keeper.keep(qsTr("5-4-3-2-1 notes"), tool.allNotes()))
                        return // the message says why; the notes stay on screen
                }
                tool.done()
            }
        }
    }
}
