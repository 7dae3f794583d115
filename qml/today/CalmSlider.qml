import QtQuick
import QtQuick.Controls
import Tideline

// A 0–10 style slider whose track is visible in both themes. Until a value is recorded the
// handle is faint and the track unfilled, so "not recorded" never looks like a zero.
Slider {
    id: slider

    property bool recorded: false

    snapMode: Slider.SnapAlways
    focusPolicy: Qt.StrongFocus
    handle.opacity: recorded ? 1 : 0.35
    background: Rectangle {
        x: slider.leftPadding
        y: slider.topPadding + slider.availableHeight / 2 - height / 2
        width: slider.availableWidth
        height: 6
        radius: 3
        color: Theme.border
        Rectangle {
            visible: slider.recorded
            width: slider.visualPosition * parent.width
            height: parent.height
            radius: 3
            color: Theme.accent
        }
    }
}
