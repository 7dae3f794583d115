import QtQuick
import QtQuick.Controls
import Tideline
import Tideline.App

// A box for the person's own words (the journal, the summary's "what I want to talk about",
// a reflection, grounding notes): a visible border so it reads as a place to write, a focus
// ring, words wrapped, plain text only, and each paragraph in its own direction (a Hebrew
// paragraph from the right, an English one from the left: ParagraphAlignment).
TextArea {
    id: area

    wrapMode: TextEdit.Wrap
    textFormat: TextEdit.PlainText
    selectByMouse: true
    color: Theme.text
    font.pixelSize: Theme.fontBody
    placeholderTextColor: Theme.textMuted

    ParagraphAlignment { textDocument: area.textDocument }

    background: Rectangle {
        implicitHeight: 90
        radius: Theme.radius
        color: Theme.surface
        border.color: area.activeFocus ? Theme.focusRing : Theme.border
        border.width: area.activeFocus ? 2 : 1
    }
}
