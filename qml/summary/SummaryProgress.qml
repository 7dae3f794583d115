import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// While a PDF's pages are being made (the summary, the records PDF): how far along, and a way
// to stop.
RowLayout {
    id: row

    // A SummaryMaker or a RecordsPdfMaker: busy, progress, cancel().
    property QtObject maker
    property string makingDescription: qsTr("Making the summary: %1 percent")
    property string stopDescription: qsTr("Stop making the summary")

    visible: maker && maker.busy
    spacing: Theme.spaceS

    ProgressBar {
        objectName: "shareProgress"
        Layout.fillWidth: true
        from: 0
        to: 1
        value: row.maker ? row.maker.progress : 0
        Accessible.name: row.makingDescription.arg(Math.round(value * 100))
    }
    Button {
        objectName: "shareStop"
        text: qsTr("Stop")
        Accessible.name: row.stopDescription
        onClicked: row.maker.cancel()
    }
}
