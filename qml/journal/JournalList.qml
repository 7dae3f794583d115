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
        Accessible.role: Accessible.Heading
        Accessible.name: section
    }

    delegate: EntryRow {
        objectName: "entryRow"
        onOpenRequested: (id) => list.openRequested(id)
    }

    readonly property int entryCount: entries.totalCount
    function reload() { entries.reload() }
}
