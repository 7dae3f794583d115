import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// A month to choose a past day from. Days after today cannot be chosen.
CalmPopup {
    id: popup

    property string day // 'YYYY-MM-DD', the day shown now
    signal chosen(string day)

    readonly property date today: new Date()
    property int month: Number(day.substring(5, 7)) - 1
    property int year: Number(day.substring(0, 4))

    objectName: "calendarPopup"
    preferredWidth: Math.round(380 * Theme.growth) // its days grow with the text
    // Seven days across a phone at a large text size need every pixel: less frame, no gaps.
    readonly property bool narrow: width < preferredWidth
    // A seventh of the row: the type of the days stays within about half of it, so that "10 11 12"
    // still read as three numbers, not one ("101112" at 200 % on a phone).
    readonly property real dayWidth: availableWidth / 7
    padding: narrow ? Theme.spaceS : Theme.spaceL

    contentItem: ColumnLayout {
        spacing: Theme.spaceS
        // The month between its two buttons. Anchored, not a RowLayout: a narrow window gives the
        // buttons a day's width, which that layout did not take up once the popup had opened.
        Item {
            Layout.fillWidth: true
            implicitHeight: Math.max(previousMonth.implicitHeight, monthTitle.implicitHeight)
            readonly property real buttonWidth: popup.narrow ? Math.max(44, Math.floor(width / 7)) : Theme.controlHeight
            Button {
                id: previousMonth
                objectName: "previousMonth"
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                width: parent.buttonWidth
                text: "‹"
                Accessible.name: qsTr("The month before")
                onClicked: { if (popup.month === 0) { popup.month = 11; popup.year-- } else popup.month-- }
            }
            Label {
                id: monthTitle
                anchors.left: previousMonth.right
                anchors.right: nextMonth.left
                anchors.margins: Theme.spaceXs
                anchors.verticalCenter: parent.verticalCenter
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap // "December" over "2026" where the line is too short,
                fontSizeMode: Text.HorizontalFit // and smaller where one word is still too long
                minimumPixelSize: Theme.fontBody
                text: grid.title
                color: Theme.text
                font.pixelSize: Theme.fontLarge
            }
            Button {
                id: nextMonth
                objectName: "nextMonth"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                width: parent.buttonWidth
                text: "›"
                Accessible.name: qsTr("The month after")
                enabled: popup.year < popup.today.getFullYear()
                         || (popup.year === popup.today.getFullYear() && popup.month < popup.today.getMonth())
                onClicked: { if (popup.month === 11) { popup.month = 0; popup.year++ } else popup.month++ }
            }
        }
        DayOfWeekRow {
            Layout.fillWidth: true
            locale: grid.locale
            spacing: grid.spacing
            delegate: Label {
                required property string shortName
                text: shortName
                color: Theme.textMuted
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Math.min(Theme.fontCaption, Math.floor(popup.dayWidth * 0.38))
                fontSizeMode: Text.HorizontalFit // "mié" and "Wed" in a seventh of a phone at 200 %
                minimumPixelSize: 10
            }
        }
        MonthGrid {
            id: grid
            objectName: "monthGrid"
            Layout.fillWidth: true
            month: popup.month
            year: popup.year
            spacing: popup.narrow ? 0 : 6
            delegate: Label {
                required property var model
                readonly property bool future: model.date > popup.today
                readonly property bool shown: Qt.formatDate(model.date, "yyyy-MM-dd") === popup.day
                text: model.day
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                opacity: model.month === popup.month && !future ? 1 : 0.35
                color: shown ? Theme.textOnAccent : Theme.text
                font.pixelSize: Math.min(Theme.fontBody, Math.floor(popup.dayWidth * 0.5))
                fontSizeMode: Text.HorizontalFit // two digits still fit a seventh of the row
                minimumPixelSize: 10
                background: Rectangle { radius: Theme.radius; color: parent.shown ? Theme.accent : "transparent" }
                Accessible.name: Qt.formatDate(model.date, Qt.DefaultLocaleLongDate)
            }
            onClicked: (date) => {
                if (date > popup.today)
                    return
                popup.chosen(Qt.formatDate(date, "yyyy-MM-dd"))
                popup.close()
            }
        }
        Button {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Close")
            onClicked: popup.close()
        }
    }
}
