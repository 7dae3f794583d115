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
    preferredWidth: 380
    padding: Theme.spaceL

    contentItem: ColumnLayout {
        spacing: Theme.spaceS
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "previousMonth"
                implicitWidth: Theme.controlHeight
                text: "‹"
                Accessible.name: qsTr("The month before")
                onClicked: { if (popup.month === 0) { popup.month = 11; popup.year-- } else popup.month-- }
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: grid.title
                color: Theme.text
                font.pixelSize: Theme.fontLarge
            }
            Button {
                objectName: "nextMonth"
                implicitWidth: Theme.controlHeight
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
            delegate: Label {
                required property string shortName
                text: shortName
                color: Theme.textMuted
                horizontalAlignment: Text.AlignHCenter
            }
        }
        MonthGrid {
            id: grid
            objectName: "monthGrid"
            Layout.fillWidth: true
            month: popup.month
            year: popup.year
            delegate: Label {
                required property var model
                readonly property bool future: model.date > popup.today
                readonly property bool shown: Qt.formatDate(model.date, "yyyy-MM-dd") === popup.day
                text: model.day
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                opacity: model.month === popup.month && !future ? 1 : 0.35
                color: shown ? Theme.textOnAccent : Theme.text
                font.pixelSize: Theme.fontBody
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
