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

    readonly property bool editing: entryEditor.active
    readonly property bool searching: searchField.text.trim().length > 0

    JournalEditor { id: entryEditor; onEmptied: (id) => journalActions.deleteEntry(id, true) }
    JournalActions { id: journalActions }

    function newEntry(promptKey, promptText) {
        entryEditor.startNew(promptKey || "", promptText || "")
        editorView.focusBody()
    }
    function openEntry(id) {
        if (entryEditor.open(id))
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

        // Side by side while the search box keeps room for a few words; one above the other on a
        // phone at a large text size, where the box would shrink to its first letter.
        GridLayout {
            Layout.fillWidth: true
            columns: width >= newEntryButton.implicitWidth + Theme.spaceS + 12 * Theme.fontBody ? 2 : 1
            columnSpacing: Theme.spaceS
            rowSpacing: Theme.spaceS
            TextField {
                id: searchField
                objectName: "journalSearchField"
                Layout.fillWidth: true
                placeholderText: qsTr("Search your journal")
                Accessible.name: qsTr("Search your journal")
                font.pixelSize: Theme.fontBody
                Keys.onEscapePressed: text = ""
                Keys.onDownPressed: {
                    const view = page.searching ? results : list
                    view.currentIndex = 0
                    view.forceActiveFocus()
                }
            }
            PrimaryButton {
                id: newEntryButton
                objectName: "newEntryButton"
                text: qsTr("New entry")
                Accessible.name: qsTr("Write a new entry")
                onClicked: page.newEntry()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            SearchFilters {
                id: filters
                Layout.fillWidth: true
                visible: page.searching
                tagNames: journalActions.tagNames
            }
            Item { Layout.fillWidth: true; visible: !page.searching }
            TextLink {
                objectName: "openTagManager"
                visible: journalActions.tagNames.length > 0
                text: qsTr("Tags")
                Accessible.name: qsTr("Rename, join or remove tags")
                onClicked: tagManager.open()
            }
        }

        DraftOffer {
            objectName: "draftOffer"
            Layout.fillWidth: true
            visible: journalActions.draftId > 0 && !page.searching
            onContinueRequested: page.openEntry(journalActions.draftId)
            onKeepRequested: journalActions.keepDraft()
            onLaterRequested: journalActions.setDraftAside()
        }

        GentleMessage {
            objectName: "journalError"
            Layout.fillWidth: true
            text: journalActions.lastError
            dismissible: true
            onDismissed: journalActions.refreshDraft()
        }

        SearchResults {
            id: results
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.searching
            query: searchField.text
            tag: filters.tag
            withinMonths: filters.withinMonths
            onOpenRequested: (id) => page.openEntry(id)
        }

        JournalList {
            id: list
            objectName: "journalList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !page.searching
            onOpenRequested: (id) => page.openEntry(id)
            // A header that grows after the first layout ("on this day" arriving) would grow
            // upwards, out of sight; until the person scrolls, keep the top in view.
            property bool scrolledByPerson: false
            onMovementStarted: scrolledByPerson = true
            header: Column {
                width: ListView.view.width
                spacing: Theme.spaceS
                onHeightChanged: if (!list.scrolledByPerson) Qt.callLater(list.positionViewAtBeginning)
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
        editor: entryEditor
        onDeleteRequested: (id) => { entryEditor.close(); journalActions.deleteEntry(id) }
        onDone: searchField.forceActiveFocus()
    }

    TagManager {
        id: tagManager
        objectName: "tagManager"
        actions: journalActions
    }

    UndoBar {
        objectName: "undoBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spaceL
        message: journalActions.undoMessage
        undoDescription: qsTr("Undo the delete")
        undoObjectName: "undoDelete"
        onUndoRequested: journalActions.undoDelete()
        onCloseRequested: journalActions.dropUndo()
    }
}
