import QtQuick
import QtQuick.Controls
import Tideline

// One of a few answers of which one is picked (a range, the kind of a hard moment, yes or
// no): the picked one filled with the accent colour, readable in light and dark. Not
// checkable: a click does not flip it by itself, its owner decides what is picked.
Button {
    id: control

    property bool chosen: false

    font.pixelSize: Theme.fontBody
    implicitHeight: Math.max(Theme.controlHeight - 6, contentItem.implicitHeight + topPadding + bottomPadding)
    // Never wider than the row it sits in: a long answer wraps ("One question at a time" at 200 %
    // on a phone). A layout sets the width itself.
    width: parent && parent.width > 0 ? Math.min(implicitWidth, parent.width) : implicitWidth
    Accessible.name: text
    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: chosen

    contentItem: Label {
        text: control.text
        font: control.font
        color: control.chosen ? Theme.textOnAccent : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.chosen ? Theme.accent : (control.hovered ? Theme.accentSoft : Theme.surface)
        border.color: control.visualFocus ? Theme.focusRing : Theme.border
        border.width: control.visualFocus ? 2 : 1
    }
}
