import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// The period's journal entries with a tick box each. None is ticked until the person ticks it;
// entries marked sensitive show no words here either.
ColumnLayout {
    id: picker

    property SummaryEntryModel model

    spacing: Theme.spaceS

    BodyText {
        Layout.fillWidth: true
        muted: true
        text: qsTr("No entry goes in unless you tick it. Tick only what you want to share.")
    }
    BodyText {
        objectName: "shareTickedCount"
        Layout.fillWidth: true
        text: !picker.model || picker.model.count === 0
              ? qsTr("There are no journal entries on these days.")
              : picker.model.tickedCount === 0 ? qsTr("None ticked.")
              : picker.model.tickedCount === 1 ? qsTr("1 entry ticked.")
              : qsTr("%n entries ticked.", "", picker.model.tickedCount)
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(list.contentHeight + 2, 320)
        visible: picker.model && picker.model.count > 0
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border

        ListView {
            id: list
            objectName: "shareEntryList"
            anchors.fill: parent
            anchors.margins: 1
            clip: true
            model: picker.model
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: CheckDelegate {
                id: row
                required property var entryId
                required property string dayLabel
                required property string title
                required property string preview
                required property bool sensitive
                required property bool ticked
                width: ListView.view.width
                checked: ticked
                text: title.length > 0 ? title : qsTr("(no title)")
                Accessible.name: Words.fill(qsTr("%1, %2. Include in the summary"), [text, dayLabel])
                onToggled: picker.model.setTicked(entryId, checked)
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        Layout.rightMargin: row.indicator.width + row.spacing
                        text: row.text
                        textFormat: Text.PlainText // the entry's own title
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.rightMargin: row.indicator.width + row.spacing
                        text: row.sensitive ? qsTr("%1 · sensitive, words hidden").arg(row.dayLabel)
                                            : row.preview.length > 0
                                              ? qsTr("%1 · %2", "the entry's day, then its first words").arg(row.dayLabel).arg(row.preview)
                                              : row.dayLabel
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontCaption
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
