import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Writing or editing one entry. Everything typed is autosaved within a second (JournalEditor);
// "Done" and Escape save and go back, Ctrl+S saves. Only the words are needed; title, tags,
// mood and the sensitive cover are all optional.
FocusScope {
    id: view

    required property JournalEditor editor
    // Room for more toolbar buttons beside the grounding tools.
    property alias extraTools: extraTools.data

    signal deleteRequested(var entryId)
    signal done()

    function finish() {
        if (view.editor.finish())
            view.done()
    }
    function focusBody() { body.forceActiveFocus() }

    Shortcut {
        sequences: [StandardKey.Save]
        enabled: view.visible
        onActivated: view.finish()
    }
    Shortcut {
        sequence: "Escape"
        enabled: view.visible
        onActivated: view.finish()
    }

    // The page scrolls only when it does not fit (a phone, large text): then the writing box
    // keeps a good share of the window and what is below it (tags, files, mood, the cover) is
    // reached by scrolling. Where it fits, the writing box takes all the room left and scrolls
    // inside itself.
    Flickable {
        id: page
        objectName: "editorPage"
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, column.implicitHeight + 2 * Theme.spaceL)
        interactive: contentHeight > height // where it fits, a drag only ever selects text
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.spaceL
            y: Theme.spaceL
            width: page.width - 2 * Theme.spaceL
            height: page.contentHeight - 2 * Theme.spaceL
            spacing: Theme.spaceS

            // Back, how it is saved, and Done: always on one row, at any width.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceS
                Button {
                    objectName: "editorBack"
                    text: qsTr("‹ Journal")
                    flat: true
                    Accessible.name: qsTr("Save and go back to the journal")
                    onClicked: view.finish()
                }
                Label {
                    objectName: "saveState"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignRight
                    text: {
                        const words = view.editor.wordCount === 1 ? qsTr("1 word") : qsTr("%n words", "", view.editor.wordCount)
                        return view.editor.saveStateText.length > 0
                                ? qsTr("%1 · %2", "the word count, then how the entry is saved").arg(words).arg(view.editor.saveStateText)
                                : words
                    }
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                    elide: Text.ElideLeft
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                PrimaryButton {
                    objectName: "saveEntry"
                    text: qsTr("Done")
                    Accessible.name: qsTr("Save this entry and go back")
                    onClicked: view.finish()
                }
            }

            // The day it is about, the grounding tools and delete: they wrap onto a second line on
            // a narrow window rather than push Done off the side.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spaceS
                // The day the entry is about: writing tonight about yesterday is common.
                TextLink {
                    objectName: "entryDay"
                    text: qsTr("%1 ▾").arg(view.editor.dayLabel)
                    Accessible.name: qsTr("About %1. Choose another day").arg(view.editor.dayLabel)
                    onClicked: dayPicker.active = true
                }
                Row {
                    id: extraTools
                    spacing: Theme.spaceS
                    // Writing can stir things up; a breathing guide is one click away, and the
                    // draft keeps autosaving underneath it.
                    GroundingLauncher { objectName: "editorGrounding"; text: qsTr("Breathe") }
                }
                TextLink {
                    objectName: "deleteEntry"
                    visible: view.editor.entryId > 0
                    text: qsTr("Delete")
                    color: Theme.concern
                    Accessible.name: qsTr("Delete this entry")
                    onClicked: {
                        const id = view.editor.entryId
                        view.editor.saveDraftNow()
                        view.deleteRequested(id)
                    }
                }
            }
            Loader {
                id: dayPicker
                active: false
                sourceComponent: CalendarPopup {
                    objectName: "entryDayPicker"
                    day: view.editor.day
                    onChosen: (day) => view.editor.day = day
                    onClosed: dayPicker.active = false
                }
                onLoaded: item.open()
            }

            GentleMessage {
                objectName: "editorError"
                Layout.fillWidth: true
                text: view.editor.lastError
                concern: true
            }

            Rectangle {
                objectName: "promptChip"
                visible: view.editor.promptText.length > 0
                Layout.fillWidth: true
                implicitHeight: promptLabel.implicitHeight + 2 * Theme.spaceS
                radius: Theme.radius
                color: Theme.accentSoft
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Prompt: %1").arg(view.editor.promptText)
                Label {
                    id: promptLabel
                    anchors.fill: parent
                    anchors.margins: Theme.spaceS
                    text: view.editor.promptText
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.italic: true
                    wrapMode: Text.WordWrap
                }
            }

            TextField {
                id: title
                objectName: "entryTitle"
                Layout.fillWidth: true
                text: view.editor.title
                placeholderText: qsTr("Title (optional)")
                Accessible.name: qsTr("Title, optional")
                font.pixelSize: Theme.fontLarge
                onTextEdited: view.editor.title = text
                Keys.onReturnPressed: body.forceActiveFocus()
                KeyNavigation.tab: body
            }

            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                // Its own preferred height is not its text's (which would make the page as tall as
                // the entry): the least it keeps, with all the room left on top where there is some.
                Layout.minimumHeight: Math.max(120, view.height * 0.4)
                Layout.preferredHeight: Layout.minimumHeight
                contentWidth: availableWidth
                WritingArea {
                    id: body
                    objectName: "entryBody"
                    text: view.editor.body
                    placeholderText: qsTr("Write as much or as little as you like. It is saved as you go.")
                    Accessible.name: qsTr("Entry text")
                    onTextChanged: if (text !== view.editor.body) view.editor.body = text
                    KeyNavigation.priority: KeyNavigation.BeforeItem
                    KeyNavigation.tab: tags
                }
            }

            TagEditor {
                id: tags
                Layout.fillWidth: true
                editor: view.editor
            }

            // Pictures and other files of this entry (qml/records).
            EntryAttachments {
                Layout.fillWidth: true
                entryId: view.editor.entryId
                dropTarget: view
                viewerParent: view
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spaceM
                ChoiceBox {
                    id: moodChoice
                    objectName: "moodChoice"
                    // Its words whole at every text size ("Mood: not said" at 200 %), within the page.
                    width: Math.min(column.width, Math.max(220, implicitWidth))
                    // "Not said" first, then the mood scale (MoodScale: one definition in core).
                    model: [-1].concat(MoodScale.values)
                    labelFor: (value) => value < 0 ? qsTr("Mood: not said")
                                         : value === MoodScale.minimum ? qsTr("Mood: %1, very low").arg(value)
                                         : value === MoodScale.maximum ? qsTr("Mood: %1, very good").arg(value)
                                         : qsTr("Mood: %1").arg(value)
                    displayText: labelFor(view.editor.mood)
                    currentIndex: view.editor.mood < 0 ? 0 : view.editor.mood - MoodScale.minimum + 1
                    Accessible.name: qsTr("Mood, optional, from %1 to %2").arg(MoodScale.minimum).arg(MoodScale.maximum)
                    onActivated: (index) => view.editor.mood = index === 0 ? -1 : MoodScale.minimum + index - 1
                }
                SettingSwitch {
                    objectName: "sensitiveSwitch"
                    width: Math.min(implicitWidth, column.width) // its label wraps on a narrow window
                    text: qsTr("Sensitive: cover it in lists")
                    checked: view.editor.sensitive
                    onToggled: view.editor.sensitive = checked
                }
            }
        }
    }
}
