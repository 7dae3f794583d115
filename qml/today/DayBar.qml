import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// Which day the page shows: the day before, the day after, a calendar, and back to today. The
// date is never cut short: on a narrow window it wraps onto a second line.
ColumnLayout {
    id: bar

    property string dayLabel
    property string day // 'YYYY-MM-DD'
    property bool isToday: true

    signal previous()
    signal next()
    signal chosen(string day)
    signal backToToday()

    spacing: Theme.spaceXs

    function takeFocus() { previousButton.forceActiveFocus() }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        Button {
            id: previousButton
            objectName: "previousDay"
            // Wide enough to hit, but not scaled with the text: at 200 % the date needs the room.
            Layout.preferredWidth: Math.min(Theme.controlHeight, 56)
            text: "‹"
            Accessible.name: qsTr("The day before")
            onClicked: bar.previous()
        }
        Heading {
            objectName: "dayLabel"
            Layout.fillWidth: true
            text: bar.dayLabel
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Button {
            objectName: "nextDay"
            // Wide enough to hit, but not scaled with the text: at 200 % the date needs the room.
            Layout.preferredWidth: Math.min(Theme.controlHeight, 56)
            text: "›"
            enabled: !bar.isToday
            Accessible.name: qsTr("The day after")
            onClicked: bar.next()
        }
    }
    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        spacing: Theme.spaceM
        TextLink {
            objectName: "chooseDay"
            text: qsTr("Choose a day")
            Accessible.name: qsTr("Choose a day to see or change")
            onClicked: calendarLoader.active = true
        }
        TextLink {
            objectName: "backToToday"
            visible: !bar.isToday
            text: qsTr("Back to today")
            onClicked: bar.backToToday()
        }
    }

    Loader {
        id: calendarLoader
        active: false
        sourceComponent: CalendarPopup {
            day: bar.day
            onChosen: (day) => bar.chosen(day)
            onClosed: calendarLoader.active = false
        }
        onLoaded: item.open()
    }
}
