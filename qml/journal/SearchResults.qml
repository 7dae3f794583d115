import QtQuick
import QtQuick.Controls
import Tideline
import Tideline.App

// Results for what is typed in the journal's search field: best first among the newest entries,
// then among older ones (JournalRepository::search).
ListView {
    id: results

    property alias query: search.query
    property alias tag: search.tag
    property alias withinMonths: search.withinMonths
    readonly property alias resultCount: search.count
    readonly property alias message: search.message

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
        visible: results.activeFocus
        radius: Theme.radius
        color: "transparent"
        border.width: 2
        border.color: Theme.focusRing
    }
    Keys.onReturnPressed: if (results.currentItem) results.openRequested(results.currentItem.entryId)
    Keys.onEnterPressed: if (results.currentItem) results.openRequested(results.currentItem.entryId)
    Accessible.name: qsTr("Search results")

    model: JournalSearchModel { id: search }

    header: Label {
        width: ListView.view.width
        bottomPadding: text.length > 0 ? Theme.spaceS : 0
        objectName: "searchMessage"
        // While more load as the list is scrolled, the count is of those loaded, and says so.
        text: search.message.length > 0 ? search.message
              : search.count === 0 ? ""
              : !search.complete ? qsTr("Showing the first %n entries found", "", search.count)
              : qsTr("%n entries found", "", search.count)
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    delegate: SearchResultRow {
        objectName: "searchResult"
        onOpenRequested: (id) => results.openRequested(id)
    }
}
