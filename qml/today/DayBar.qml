import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// Which day the page shows: the day before, the day after, a calendar, and back to today.
RowLayout {
    id: bar

    property string dayLabel
    property string day // 'YYYY-MM-DD'
    property bool isToday: true

    signal previous()
    signal next()
    signal chosen(string day)

    spacing: Theme.spaceS

    function takeFocus() { previousButton.forceActiveFocus() }

    Button {
        id: previousButton
        objectName: "previousDay"
        implicitWidth: Theme.controlHeight
        text: "‹"
        Accessible.name: qsTr("The day before")
        onClicked: bar.previous()
    }
    Heading {
        objectName: "dayLabel"
        Layout.fillWidth: true
        text: bar.dayLabel
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
        wrapMode: Text.NoWrap
    }
    Button {
        objectName: "nextDay"
        implicitWidth: Theme.controlHeight
        text: "›"
        enabled: !bar.isToday
        Accessible.name: qsTr("The day after")
        onClicked: bar.next()
    }
    Button {
        objectName: "chooseDay"
        text: qsTr("Choose a day")
        Accessible.name: qsTr("Choose a day to see or change")
        onClicked: calendarLoader.active = true
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
