import QtQuick
import QtQuick.Controls
import Tideline

// A quiet text-only action ("Use recovery code", "Need support now?").
AbstractButton {
    id: control

    property color color: Theme.accent
    // Type that shrinks to fit a width narrower than the text asks for (the support link on a
    // phone at a large text size), instead of spilling past its box.
    property bool fitsWidth: false

    implicitWidth: label.implicitWidth + 2 * Theme.spaceS
    implicitHeight: Math.max(label.implicitHeight + 2 * Theme.spaceS, 36)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Link
    Accessible.name: text

    contentItem: Label {
        id: label
        text: control.text
        color: control.color
        font.pixelSize: Theme.fontBody
        font.underline: control.hovered || control.visualFocus
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        fontSizeMode: control.fitsWidth ? Text.HorizontalFit : Text.FixedSize
        minimumPixelSize: 13
    }
    background: Rectangle {
        radius: Theme.radius
        color: "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    // For a link that makes its own box disappear ("Hide" on a banner): moves the keyboard to
    // the first item after `box` in the Tab order first, so focus never stays on a hidden item,
    // where Tab would do nothing.
    function passFocusBeyond(box) {
        if (!control.activeFocus)
            return
        const within = (item) => {
            for (let p = item; p; p = p.parent) {
                if (p === box)
                    return true
            }
            return false
        }
        let next = control.nextItemInFocusChain(true)
        for (let i = 0; next && within(next) && i < 50; ++i)
            next = next.nextItemInFocusChain(true)
        if (next && !within(next))
            next.forceActiveFocus(Qt.TabFocusReason)
    }
}
