import QtQuick
import QtQuick.Controls
import Tideline

// A ComboBox whose open list stays readable in both themes. The Basic style paints the
// highlighted row's text in highlightedText over a light background, which our palette makes
// invisible; here the row gets the soft accent behind ordinary text instead.
ComboBox {
    id: box

    // How one model value reads in the list; plain text by default.
    property var labelFor: (value) => String(value)

    // As wide as its longest choice, so a layout can give it the room its words need in every
    // language and text size (a box sized for the chosen words only grew and shrank with each
    // choice, and fixed widths cut "Como el sistema" at 200 %).
    readonly property real widestChoice: {
        let widest = choiceMetrics.advanceWidth(displayText)
        if (Array.isArray(model)) {
            for (const value of model)
                widest = Math.max(widest, choiceMetrics.advanceWidth(labelFor(value)))
        }
        return Math.ceil(widest)
    }
    FontMetrics { id: choiceMetrics; font: box.font }
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            widestChoice + contentItem.leftPadding + contentItem.rightPadding + leftPadding + rightPadding)

    // Tall enough for its words at every text size (the Basic style keeps 40 px, which cut the
    // letters at 200 %), and taller still when they wrap.
    implicitHeight: Math.max(40, Math.ceil(font.pixelSize * 1.6) + 2 * Theme.spaceXs,
                             contentItem.implicitHeight + topPadding + bottomPadding)

    // Where even the whole window is too narrow for the chosen words (a phone at 200 %, in
    // Spanish), they wrap onto a second line: the Basic style's text field cut them off.
    contentItem: Label {
        leftPadding: box.mirrored ? 1 : 12
        rightPadding: box.mirrored ? 12 : 1
        topPadding: Theme.spaceXs
        bottomPadding: Theme.spaceXs
        text: box.displayText
        font: box.font
        color: box.enabled ? Theme.text : Theme.textMuted
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }

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
