import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// One search result: the day, the title and a snippet with the matched words in bold. The
// model escapes everything the person wrote before adding the bold, so StyledText is safe.
ItemDelegate {
    id: row

    required property var entryId
    required property string dayLabel
    required property string titleText
    required property string snippetText
    required property var snippetParagraphs
    required property bool isDraft
    required property bool sensitive

    signal openRequested(var entryId)

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spaceM
    Accessible.role: Accessible.Button
    Accessible.name: row.sensitive && !cover.revealed
                     ? qsTr("Sensitive entry from %1, covered").arg(row.dayLabel)
                     : qsTr("Result from %1: %2").arg(row.dayLabel).arg(row.snippetText.replace(/<[^>]*>/g, ""))
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
        implicitHeight: Math.max(column.implicitHeight,
                                 cover.visible ? cover.anchors.topMargin + cover.implicitHeight : 0)
        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spaceXs

            Label {
                Layout.fillWidth: true
                text: row.isDraft ? qsTr("%1 · draft").arg(row.dayLabel) : row.dayLabel
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
                textFormat: Text.PlainText
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceXs
                opacity: row.sensitive && !cover.revealed ? 0 : 1
                Label {
                    objectName: "resultTitle"
                    Layout.fillWidth: true
                    visible: row.titleText.length > 0
                    text: row.titleText
                    textFormat: Text.StyledText
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge   // regular weight, so the matched words stand out in bold
                    elide: Text.ElideRight
                }
                // A text per paragraph, each in its own direction; three lines in all.
                Repeater {
                    model: row.snippetParagraphs
                    delegate: Label {
                        required property string modelData
                        required property int index
                        objectName: index === 0 ? "resultSnippet" : "resultSnippet_" + index
                        Layout.fillWidth: true
                        text: modelData
                        textFormat: Text.StyledText
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                        maximumLineCount: row.snippetParagraphs.length > 1 ? (index === 0 ? 2 : 1) : 3
                        elide: Text.ElideRight
                    }
                }
            }
        }
        SensitiveCover {
            id: cover
            anchors.fill: parent
            anchors.topMargin: Theme.fontCaption + Theme.spaceS
            visible: row.sensitive && !revealed
        }
    }
}
