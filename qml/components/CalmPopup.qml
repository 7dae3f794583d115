import QtQuick
import QtQuick.Controls
import Tideline

// The frame of every Tideline dialog (support numbers, grounding, calendar, tags, file chooser):
// centred in the window *below the top bar*, never over it. The dimming behind it starts below
// the bar too, and Qt Quick blocks a press only where a modal popup's dimming is, so the bar's
// Quick exit (and "Need support now?") answer the very first click while a dialog is open —
// at any width, 360 px included. Escape or a press outside closes it.
Popup {
    id: popup

    // The width the dialog takes when the window has room for it.
    property int preferredWidth: 460

    parent: Overlay.overlay
    modal: true
    focus: true
    padding: Theme.spaceXl
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    width: Math.min(parent ? parent.width - 2 * Theme.spaceL : preferredWidth, preferredWidth)
    height: Math.min(implicitHeight, parent ? parent.height - Theme.topBarHeight - 2 * Theme.spaceS : implicitHeight)
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: Theme.topBarHeight
       + (parent ? Math.round(Math.max(Theme.spaceS, (parent.height - Theme.topBarHeight - height) / 2)) : Theme.spaceS)

    background: Rectangle {
        radius: Theme.radiusLarge
        color: Theme.surface
        border.color: Theme.border
    }
    Overlay.modal: Rectangle {
        y: Theme.topBarHeight // Qt sizes the dimmer to the window; where it starts is ours
        color: Theme.dim
    }
}
