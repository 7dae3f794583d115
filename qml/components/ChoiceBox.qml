import QtQuick
import QtQuick.Controls
import Tideline

// A ComboBox whose open list stays readable in both themes. The Basic style paints the
// highlighted row's text in highlightedText over a light background, which our palette makes
// invisible; here the row gets the soft accent behind ordinary text instead.
ComboBox {
    id: box

    // Tall enough for its words at every text size (the Basic style keeps 40 px, which cut the
    // letters at 200 %).
    implicitHeight: Math.max(40, Math.ceil(font.pixelSize * 1.6) + 2 * Theme.spaceXs)

    // How one model value reads in the list; plain text by default.
    property var labelFor: (value) => String(value)

    delegate: ItemDelegate {
        required property var modelData
        required property int index
        width: ListView.view ? ListView.view.width : implicitWidth
        text: box.labelFor(modelData)
        highlighted: box.highlightedIndex === index
        palette.highlightedText: Theme.text
        palette.text: Theme.text
        background: Rectangle {
            color: parent.highlighted || parent.down ? Theme.accentSoft : Theme.surface
        }
        Accessible.name: text
    }
    // The open list never covers the top bar, whose Quick exit must stay in sight.
    popup.topMargin: Theme.topBarHeight + Theme.spaceXs
    popup.background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius / 2
    }
}
