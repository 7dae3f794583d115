import QtQuick
import QtQuick.Controls
import Tideline

// Running text: wraps, comfortable line height, muted when secondary. Always plain text: it
// often shows the person's own words, which must never be read as HTML (rich text would draw
// their tags and fetch the images they name). A caller that needs markup sets textFormat itself.
Label {
    property bool muted: false

    textFormat: Text.PlainText
    color: muted ? Theme.textMuted : Theme.text
    font.pixelSize: Theme.fontBody
    lineHeight: 1.25
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
