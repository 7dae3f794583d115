import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// One record in the list: when, its kinds, the start of what happened (or the search match),
// how many files. A sensitive record stays covered until tapped.
ItemDelegate {
    id: row

    required property var recordId
    required property string when
    required property string headline
    required property string place
    required property string kinds
    required property bool sensitive
    required property int fileCount
    required property string snippet

    signal openRequested(var recordId)

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spaceM
    Accessible.role: Accessible.Button
    Accessible.name: row.sensitive && !cover.revealed
                     ? qsTr("Sensitive record of %1, covered").arg(row.when)
                     : qsTr("Record of %1. %2").arg(row.when).arg(row.headline.length > 0 ? row.headline : row.place)
    onClicked: row.openRequested(row.recordId)
    Keys.onReturnPressed: row.openRequested(row.recordId)
    Keys.onEnterPressed: row.openRequested(row.recordId)

    background: Rectangle {
        color: row.hovered || row.visualFocus ? Theme.surfaceRaised : Theme.surface
        radius: Theme.radius
        border.color: row.visualFocus ? Theme.focusRing : Theme.border
        border.width: row.visualFocus ? 2 : 1
    }

    contentItem: Item {
        implicitHeight: Math.max(column.implicitHeight, 56)
        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spaceXs

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceS
                Label {
                    Layout.fillWidth: true
                    text: row.when
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    // When it happened matters to an advocate: a second line before an ellipsis.
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Label {
                    visible: row.fileCount > 0
                    text: row.fileCount === 1 ? qsTr("1 file") : qsTr("%n files", "", row.fileCount)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                }
            }
            Item {
                Layout.fillWidth: true
                implicitHeight: Math.max(words.implicitHeight, cover.visible ? cover.implicitHeight : 0)
                ColumnLayout {
                    id: words
                    width: parent.width
                    spacing: Theme.spaceXs
                    opacity: row.sensitive && !cover.revealed ? 0 : 1
                    Label {
                        Layout.fillWidth: true
                        visible: row.kinds.length > 0
                        text: row.kinds
                        color: Theme.accent
                        font.pixelSize: Theme.fontCaption
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: row.snippet.length > 0 ? row.snippet : (row.headline.length > 0 ? row.headline : row.place)
                        textFormat: row.snippet.length > 0 ? Text.StyledText : Text.PlainText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontBody
                        maximumLineCount: 2
                        wrapMode: Text.Wrap
                        elide: Text.ElideRight
                    }
                }
                SensitiveCover {
                    id: cover
                    anchors.fill: parent
                    visible: row.sensitive && !revealed
                }
            }
        }
    }
}
