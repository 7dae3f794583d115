import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// The journal: the list grouped by day with "on this day" on top, search, and the editor.
// Keyboard: Ctrl+N writes a new entry, Ctrl+F searches; in the editor Ctrl+S saves and
// Escape saves and goes back.
FocusScope {
    id: page

    property string title: qsTr("Journal")
    // { promptKey, promptText } from Today: open a new entry answering that prompt.
    property var request: null
    signal requestTaken()

    readonly property bool editing: editor.active
    readonly property bool searching: searchField.text.trim().length > 0

    JournalEditor { id: editor; onEmptied: (id) => actions.deleteEntry(id, true) }
    JournalActions { id: actions }

    function newEntry(promptKey, promptText) {
        editor.startNew(promptKey || "", promptText || "")
        editorView.focusBody()
    }
    function openEntry(id) {
        if (editor.open(id))
            editorView.focusBody()
    }
    function takeRequest() {
        if (page.request) {
            const r = page.request
            page.requestTaken()
            page.newEntry(r.promptKey, r.promptText)
        }
    }
    onRequestChanged: takeRequest()
    Component.onCompleted: takeRequest()

    Shortcut {
        sequences: [StandardKey.New]
        enabled: !page.editing
        onActivated: page.newEntry()
    }
    Shortcut {
        sequences: [StandardKey.Find]
        enabled: !page.editing
        onActivated: searchField.forceActiveFocus()
    }

    ColumnLayout {
        id: browse
        objectName: "journalBrowse"
        anchors.fill: parent
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceM
        visible: !page.editing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            TextField {
                id: searchField
                objectName: "journalSearchField"
                Layout.fillWidth: true
                placeholderText: qsTr("Search your journal")
                Accessible.name: qsTr("Search your journal")
                font.pixelSize: Theme.fontBody
                Keys.onEscapePressed: text = ""
                Keys.onDownPressed: results.forceActiveFocus()
            }
            PrimaryButton {
                objectName: "newEntryButton"
                text: qsTr("New entry")
                Accessible.name: qsTr("Write a new entry")
                onClicked: page.newEntry()
            }
        }

        DraftOffer {
            objectName: "draftOffer"
            Layout.fillWidth: true
            visible: actions.draftId > 0 && !page.searching
            onContinueRequested: page.openEntry(actions.draftId)
            onKeepRequested: actions.keepDraft()
            onLaterRequested: actions.setDraftAside()
        }

        GentleMessage {
            objectName: "journalError"
            Layout.fillWidth: true
            text: actions.lastError
            dismissible: true
            onDismissed: actions.refreshDraft()
        }

        SearchResults {
            id: results
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.searching
            query: searchField.text
            onOpenRequested: (id) => page.openEntry(id)
        }

        JournalList {
            id: list
            objectName: "journalList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !page.searching
            onOpenRequested: (id) => page.openEntry(id)
            header: Column {
                width: ListView.view.width
                spacing: Theme.spaceS
                OnThisDayCard {
                    objectName: "onThisDayCard"
                    width: parent.width
                    onOpenRequested: (id) => page.openEntry(id)
                }
                BodyText {
                    objectName: "journalEmpty"
                    width: parent.width
                    visible: list.count === 0
                    muted: true
                    text: qsTr("Nothing here yet. When you are ready, “New entry” opens a blank page; "
                               + "a line or two is plenty.")
                }
            }
        }
    }

    JournalEditorView {
        id: editorView
        objectName: "journalEditor"
        anchors.fill: parent
        visible: page.editing
        editor: editor
        onDeleteRequested: (id) => { editor.finish(); actions.deleteEntry(id) }
        onDone: searchField.forceActiveFocus()
    }

    UndoBar {
        objectName: "undoBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spaceL
        message: actions.undoMessage
        onUndoRequested: actions.undoDelete()
        onCloseRequested: actions.dropUndo()
    }
}
