import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// The records, newest first, with search; a new record; a record left unsaved to continue; and
// for the rest of the session, deleted records to bring back.
FocusScope {
    id: pane

    required property RecordActions actions
    required property string title
    property alias model: records

    signal openRequested(var recordId)
    signal newRequested()
    signal draftRequested()
    signal shareRequested()
    signal kindsRequested()

    RecordListModel {
        id: records
        objectName: "recordListModel"
    }

    // Where the type is large for the window (a phone at 150 % or more), the links scroll with the
    // records, above them, instead of holding a strip below that leaves the list a line or two.
    readonly property bool compact: height < 28 * Theme.fontBody

    Component {
        id: recordLinks
        Flow {
            spacing: Theme.spaceM
            // Each wraps within the pane rather than run past the window's side.
            TextLink {
                objectName: "shareRecords"
                width: parent.width > 0 ? Math.min(implicitWidth, parent.width) : implicitWidth
                visible: records.totalCount > 0
                text: qsTr("Share records (PDF or files)…")
                Accessible.name: qsTr("Make a PDF of chosen records for an advocate, or a folder of their original files")
                onClicked: pane.shareRequested()
            }
            TextLink {
                objectName: "editKinds"
                width: parent.width > 0 ? Math.min(implicitWidth, parent.width) : implicitWidth
                text: qsTr("Change the list of kinds")
                onClicked: pane.kindsRequested()
            }
        }
    }
    Component {
        id: linksAboveRecords
        Item {
            width: list.width
            implicitHeight: linksLoader.implicitHeight + Theme.spaceS
            height: implicitHeight
            onHeightChanged: if (!list.movedByPerson) Qt.callLater(list.positionViewAtBeginning)
            Loader {
                id: linksLoader
                width: parent.width
                sourceComponent: recordLinks
            }
        }
    }

    ColumnLayout {
        // Long lines are hard to read when upset: the list keeps a comfortable width.
        width: Math.min(parent.width - 2 * Theme.spaceL, 760)
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceS

        // The heading beside its button while both fit; above it on a phone at a large text size,
        // where the heading would shrink to "…".
        GridLayout {
            Layout.fillWidth: true
            columns: width >= newRecordButton.implicitWidth + Theme.spaceS + headingText.implicitWidth ? 2 : 1
            columnSpacing: Theme.spaceS
            rowSpacing: Theme.spaceS
            Heading {
                id: headingText
                Layout.fillWidth: true
                text: pane.title
                elide: Text.ElideRight
                wrapMode: Text.NoWrap
            }
            PrimaryButton {
                id: newRecordButton
                objectName: "newRecord"
                text: qsTr("New record")
                Accessible.name: qsTr("Write a new record")
                onClicked: pane.newRequested()
            }
        }
        BodyText {
            Layout.fillWidth: true
            muted: true
            visible: records.totalCount === 0 && searchField.text.length === 0
            text: qsTr("A dated note of something that happened, in your own words, with pictures or screenshots if you have them. Advocates suggest keeping one; only you can open it. Every change you make is kept, so the record stays credible.")
        }
        TextField {
            id: searchField
            objectName: "recordSearch"
            Layout.fillWidth: true
            visible: records.totalCount > 0 || text.length > 0
            placeholderText: qsTr("Search the records")
            Accessible.name: qsTr("Search the records by their words")
            onTextChanged: records.searchText = text
        }
        Rectangle {
            objectName: "recordDraftOffer"
            Layout.fillWidth: true
            visible: pane.actions.draftAvailable
            implicitHeight: draftColumn.implicitHeight + 2 * Theme.spaceM
            radius: Theme.radius
            color: Theme.notice
            ColumnLayout {
                id: draftColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spaceM
                BodyText {
                    Layout.fillWidth: true
                    color: Theme.textOnNotice
                    text: qsTr("A record you were writing was kept safe but not saved yet.")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spaceS
                    PrimaryButton { objectName: "continueRecordDraft"; text: qsTr("Carry on"); onClicked: pane.draftRequested() }
                    TextLink {
                        objectName: "dropRecordDraft"
                        text: qsTr("Let it go")
                        color: Theme.textOnNotice
                        Accessible.name: qsTr("Let the unsaved record go")
                        onClicked: pane.actions.dropDraft()
                    }
                }
            }
        }
        UndoBar {
            id: undo
            objectName: "recordUndo"
            Layout.fillWidth: true
            property bool hidden: false
            message: pane.actions.deletedCount > 0 && !hidden
                     ? qsTr("Record deleted. You can bring it back until %1 locks.").arg(AppSettings.appName) : ""
            undoDescription: qsTr("Bring back the deleted record")
            undoObjectName: "undoRecordDelete"
            onUndoRequested: pane.actions.undoDelete()
            onCloseRequested: hidden = true
            Connections {
                target: pane.actions
                function onDeletedChanged() { undo.hidden = false }
            }
        }
        GentleMessage {
            Layout.fillWidth: true
            concern: true
            text: pane.actions.lastError.length > 0 ? pane.actions.lastError : records.lastError
        }
        BodyText {
            objectName: "recordSearchEmpty"
            Layout.fillWidth: true
            muted: true
            visible: searchField.text.trim().length > 0 && records.count === 0
            text: qsTr("No record has those words.")
        }
        ListView {
            id: list
            objectName: "recordList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spaceS
            model: records
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: RecordRow { onOpenRequested: (id) => pane.openRequested(id) }
            header: pane.compact ? linksAboveRecords : null
            // The links are laid out after the list placed them: until the person scrolls, the
            // list follows their height, so they do not start scrolled away above the records.
            property bool movedByPerson: false
            onMovementStarted: movedByPerson = true
        }
        Loader {
            Layout.fillWidth: true
            active: !pane.compact
            visible: active
            sourceComponent: recordLinks
        }
    }
}
