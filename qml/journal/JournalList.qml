import QtQuick
import QtQuick.Controls
import Tideline
import Tideline.App

// The journal grouped by day, newest first. The model reads a page at a time as the list
// scrolls (fetchMore), so long journals stay smooth.
ListView {
    id: list

    signal openRequested(var entryId)

    clip: true
    spacing: Theme.spaceS
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}
    keyNavigationEnabled: true
    activeFocusOnTab: true
    Accessible.role: Accessible.List
    // From the keyboard: arrows move, Return opens; a ring shows where.
    highlightFollowsCurrentItem: true
    highlightMoveDuration: Theme.motionShort
    highlight: Rectangle {
        z: 2
        visible: list.activeFocus
        radius: Theme.radius
        color: "transparent"
        border.width: 2
        border.color: Theme.focusRing
    }
    Keys.onReturnPressed: if (list.currentItem) list.openRequested(list.currentItem.entryId)
    Keys.onEnterPressed: if (list.currentItem) list.openRequested(list.currentItem.entryId)
    Accessible.name: qsTr("Journal entries by day")

    model: JournalListModel { id: entries }

    section.property: "dayLabel"
    section.criteria: ViewSection.FullString
    section.delegate: Label {
        required property string section
        width: ListView.view.width
        topPadding: Theme.spaceL
        bottomPadding: Theme.spaceXs
        text: section
        color: Theme.textMuted
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap // a long date at a large text size goes on two lines
        Accessible.role: Accessible.Heading
        Accessible.name: section
    }

    delegate: EntryRow {
        objectName: "entryRow"
        width: ListView.view.width
        onOpenRequested: (id) => list.openRequested(id)
    }

    function reload() { entries.reload() }
}
