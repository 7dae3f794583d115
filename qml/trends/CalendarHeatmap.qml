import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// A year of days, one square each, Monday at the top; the deeper the colour, the higher the
// value. An empty outline is a day with nothing recorded. One calm colour only: a high value
// is not "good" or "bad" here, just high. Scrolls sideways on a narrow window.
ColumnLayout {
    id: heatmap

    property TrendCalendarModel model
    readonly property int cell: 13
    readonly property int gap: 3
    property string picked: ""
    readonly property int columns: heatmap.model ? heatmap.model.columns : 53

    spacing: Theme.spaceS

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        Button {
            objectName: "calendarPreviousYear"
            Layout.preferredWidth: Theme.controlHeight
            text: "‹"
            enabled: heatmap.model && heatmap.model.year > heatmap.model.firstYear
            Accessible.name: qsTr("Previous year")
            onClicked: heatmap.model.year = heatmap.model.year - 1
        }
        Label {
            objectName: "yearLabel"
            text: heatmap.model ? heatmap.model.year : ""
            color: Theme.text
            font.pixelSize: Theme.fontLarge
        }
        Button {
            objectName: "calendarNextYear"
            Layout.preferredWidth: Theme.controlHeight
            text: "›"
            enabled: heatmap.model && heatmap.model.year < heatmap.model.lastYear
            Accessible.name: qsTr("Next year")
            onClicked: heatmap.model.year = heatmap.model.year + 1
        }
    }

    Flickable {
        id: strip
        objectName: "calendarStrip"
        Layout.fillWidth: true
        Layout.preferredHeight: 7 * (heatmap.cell + heatmap.gap) + monthRow.height
        contentWidth: heatmap.columns * (heatmap.cell + heatmap.gap)
        contentHeight: height
        clip: true
        flickableDirection: Flickable.HorizontalFlick
        boundsBehavior: Flickable.StopAtBounds
        Accessible.role: Accessible.Graphic
        Accessible.name: heatmap.model ? heatmap.model.summary : ""
        // The most recent weeks first in view.
        onContentWidthChanged: contentX = Math.max(0, contentWidth - width)
        onWidthChanged: contentX = Math.max(0, contentWidth - width)

        // Month initials above the column where each month begins.
        Item {
            id: monthRow
            width: strip.contentWidth
            height: Theme.fontCaption + Theme.spaceXs
            Repeater {
                model: heatmap.model ? heatmap.model.months : []
                delegate: Label {
                    required property var modelData
                    x: modelData.column * (heatmap.cell + heatmap.gap)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                    text: modelData.label
                }
            }
        }
        Repeater {
            model: heatmap.model
            delegate: Rectangle {
                required property int level
                required property int row
                required property int column
                required property string description
                x: column * (heatmap.cell + heatmap.gap)
                y: monthRow.height + row * (heatmap.cell + heatmap.gap)
                width: heatmap.cell
                height: heatmap.cell
                radius: 3
                color: level < 0 ? "transparent"
                                 : Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.18 + 0.205 * level)
                border.color: level < 0 ? Theme.border : "transparent"
                MouseArea {
                    anchors.fill: parent
                    onClicked: heatmap.picked = description
                }
            }
        }
    }
    BodyText {
        objectName: "calendarPicked"
        Layout.fillWidth: true
        muted: true
        text: heatmap.picked.length > 0 ? heatmap.picked
                  : qsTr("Deeper colour: a higher value; an outline: nothing recorded. Click or tap a day to see its value.")
    }
}
