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
            opacity: bar.compact ? 0 : 1
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
        }
        CrisisLink {
            objectName: "crisisLink"
            compact: bar.compact
            onDialogClosed: bar.supportClosed()
        }
        QuickExitButton {
            objectName: "quickExitButton"
            visible: bar.showQuickExit
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
