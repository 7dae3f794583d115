import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// One entry in the journal list or the "on this day" card: title, the start of the text, mood
// and a "draft" mark. Sensitive entries stay covered until the person chooses to see them. The
// whole row is the click target.
ItemDelegate {
    id: row

    required property var entryId
    required property string title
    required property string preview
    required property var previewParagraphs
    required property int mood
    required property bool isDraft
    required property bool sensitive
    property string caption: ""

    signal openRequested(var entryId)

    // Its width comes from where it sits (the list's width, or the card's layout), never from
    // a binding of its own: one that fought the card's layout left a narrow strip.
    padding: Theme.spaceM
    Accessible.role: Accessible.Button
    Accessible.name: row.sensitive && !cover.revealed
                     ? qsTr("Sensitive entry, covered. %1").arg(row.caption)
                     : qsTr("Entry: %1. %2").arg(row.title.length > 0 ? row.title : qsTr("untitled")).arg(row.preview)
    onClicked: row.openRequested(row.entryId)
    Keys.onReturnPressed: row.openRequested(row.entryId)
    Keys.onEnterPressed: row.openRequested(row.entryId)

    background: Rectangle {
        color: row.hovered || row.visualFocus ? Theme.surfaceRaised : Theme.surface
        radius: Theme.radius
        border.color: row.visualFocus ? Theme.focusRing : Theme.border
        border.width: row.visualFocus ? 2 : 1
    }

    contentItem: Item {
        implicitWidth: column.implicitWidth
        implicitHeight: Math.max(column.implicitHeight, cover.visible ? cover.implicitHeight : 0)
        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spaceXs
            opacity: row.sensitive && !cover.revealed ? 0 : 1

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceS
                Label {
                    Layout.fillWidth: true
                    text: row.title.length > 0 ? row.title : qsTr("Untitled")
                    color: row.title.length > 0 ? Theme.text : Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
                Label {
                    visible: row.isDraft
                    text: qsTr("Draft")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                }
                Label {
                    visible: row.mood >= 0
                    text: qsTr("Mood %1").arg(row.mood)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                }
            }
            // A text per paragraph, each in its own direction (a Hebrew paragraph from the
            // right, an English one from the left); two lines in all.
            Repeater {
                model: row.previewParagraphs
                delegate: Label {
                    required property string modelData
                    objectName: "previewParagraph"
                    Layout.fillWidth: true
                    text: modelData
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    maximumLineCount: row.previewParagraphs.length > 1 ? 1 : 2
                    wrapMode: Text.Wrap
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
            }
            Label {
                Layout.fillWidth: true
                visible: row.caption.length > 0
                text: row.caption
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
            }
        }
        SensitiveCover {
            id: cover
            anchors.fill: parent
            visible: row.sensitive && !revealed
        }
    }
}
