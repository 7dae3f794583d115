import QtQuick
import QtQuick.Controls
import Tideline

// Running text: wraps, comfortable line height, muted when secondary.
Label {
    property bool muted: false

    color: muted ? Theme.textMuted : Theme.text
    font.pixelSize: Theme.fontBody
    lineHeight: 1.25
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
