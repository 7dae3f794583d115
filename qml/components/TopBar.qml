import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// The strip along the top of a page: a title on the left, then the page's own actions,
// then "Need support now?" and Quick exit, which every page keeps in the same place.
Rectangle {
    id: bar

    property string title
    property bool showQuickExit: true
    // Phone-width windows keep the actions and drop the title (each page shows its own heading).
    readonly property bool compact: width < 560
    default property alias actions: actionRow.data
    // When the two safety controls do not both fit (a phone at a large text size), Quick exit
    // keeps its whole width if the support link still fits beside it, else 60 % of the room; the
    // link, which fills on a phone, has the rest. Each label's type shrinks to fit rather than go
    // past the window's edge. Implicit widths only, so no layout loop.
    // On a phone the page's own actions (Lock) have at most 30 % of the bar, their type shrinking
    // to fit, so that Quick exit, which matters most when there is no time, can still be read.
    readonly property real actionRoom: compact && width > 0 ? (width - 2 * Theme.spaceL) * 0.3 : Number.POSITIVE_INFINITY
    readonly property real safetyRoom: width - 2 * Theme.spaceL - Math.min(actionRow.implicitWidth, actionRoom)
                                       - 3 * Theme.spaceS
    readonly property real quickExitRoom: Math.max(safetyRoom - crisis.implicitWidth, safetyRoom * 0.6)
    // The support numbers were closed (the lock screen then gives its field the keyboard back).
    signal supportClosed()

    implicitHeight: Theme.topBarHeight
    color: Theme.background

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceL
        anchors.rightMargin: Theme.spaceL
        spacing: Theme.spaceS

        Label {
            Layout.fillWidth: true
            visible: !bar.compact
            text: bar.title
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        RowLayout {
            id: actionRow
            spacing: Theme.spaceS
            Layout.maximumWidth: Math.min(implicitWidth, bar.actionRoom) // never stretched, capped on a phone
        }
        CrisisLink {
            id: crisis
            objectName: "crisisLink"
            compact: bar.compact
            Layout.fillWidth: bar.compact
            onDialogClosed: bar.supportClosed()
        }
        QuickExitButton {
            id: quickExit
            objectName: "quickExitButton"
            visible: bar.showQuickExit
            // Never capped before the bar has its width: a cap from a zero width would leave
            // the button zero wide until the next layout.
            Layout.maximumWidth: bar.compact && bar.safetyRoom > 0 ? bar.quickExitRoom : Number.POSITIVE_INFINITY
        }
    }
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.border
    }
}
