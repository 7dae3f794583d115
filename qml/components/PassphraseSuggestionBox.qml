import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// "Suggest four random words": the strongest choice that is still easy to remember. The words
// are shown until the person moves on (clear()), and "Use these words" types them into entry.
ColumnLayout {
    id: box

    // Where "Use these words" puts the phrase.
    property SecretEntry entry
    signal used()

    function clear() { suggestion.clear() }

    spacing: Theme.spaceS

    PassphraseSuggestion { id: suggestion }
    Component.onDestruction: suggestion.clear()

    TextLink {
        objectName: "suggestPassphrase"
        // As wide as its words where there is room; narrower (wrapping) at a large text size on
        // a phone. Not bound to box.width: the box's own width comes from its children, and with
        // no words shown that loop settled at 0, painting the link past the left edge.
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        text: suggestion.words.length === 0 ? qsTr("Suggest four random words") : qsTr("Suggest four other words")
        onClicked: suggestion.generate()
    }
    Flow {
        objectName: "suggestedWords"
        Layout.fillWidth: true
        visible: suggestion.words.length > 0
        spacing: Theme.spaceS
        Repeater {
            model: suggestion.words
            delegate: Chip {
                required property string modelData
                text: modelData
            }
        }
    }
    BodyText {
        Layout.fillWidth: true
        visible: suggestion.words.length > 0
        muted: true
        text: qsTr("Random words are easy to remember and very hard to guess. If you write them down, "
                   + "keep the paper somewhere private until you know them by heart.")
    }
    Button {
        objectName: "useSuggestion"
        visible: suggestion.words.length > 0
        text: qsTr("Use these words")
        Accessible.name: qsTr("Use these four words as my passphrase")
        onClicked: { suggestion.useIn(box.entry); box.used() }
    }
}
