import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// While the summary's pages are being made: how far along, and a way to stop.
RowLayout {
    id: row

    property SummaryMaker maker

    visible: maker && maker.busy
    spacing: Theme.spaceS

    ProgressBar {
        objectName: "shareProgress"
        Layout.fillWidth: true
        from: 0
        to: 1
        value: row.maker ? row.maker.progress : 0
        Accessible.name: qsTr("Making the summary: %1 percent").arg(Math.round(value * 100))
    }
    Button {
        objectName: "shareStop"
        text: qsTr("Stop")
        Accessible.name: qsTr("Stop making the summary")
        onClicked: row.maker.cancel()
    }
}
