import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Settings → Export: the check-ins as CSV, or everything as JSON, only when asked, with a plain
// word that the file is not encrypted. The person names the file and picks the folder in
// Tideline's own file chooser, as every save does.
ColumnLayout {
    id: section

    property string message: ""
    property int pendingFormat: VaultExporter.Csv

    spacing: Theme.spaceS

    VaultExporter {
        id: exporter
        objectName: "vaultExporter"
        onFinished: (saved) => {
            if (saved)
                section.message = qsTr("Saved to %1. It is not encrypted: delete it when you no longer need it.")
                                      .arg(exporter.savedPath)
            else if (exporter.lastError.length === 0)   // stopped, as asked
                section.message = qsTr("Stopped. No file was made.")
        }
    }

    function saveTo(path) {
        section.message = ""
        const format = section.pendingFormat
        leaveCheck.ask(() => exporter.exportTo(path, format))
    }

    function choose(format) {
        section.message = ""
        section.pendingFormat = format
        chooser.open()
    }

    BodyText {
        Layout.fillWidth: true
        text: qsTr("Take a copy of what you keep here: your check-ins as a spreadsheet (CSV), or everything "
                   + "as a file %1 can read back in (JSON).").arg(AppSettings.appName)
    }
    BodyText {
        objectName: "exportWarning"
        Layout.fillWidth: true
        muted: true
        text: qsTr("An exported file is not encrypted: anyone who opens it can read it.")
    }
    TaskProgressBar {
        objectName: "exportProgress"
        Layout.fillWidth: true
        task: exporter.progress
        what: qsTr("Saving your export")
    }
    GentleMessage {
        objectName: "exportMessage"
        Layout.fillWidth: true
        concern: exporter.lastError.length > 0
        text: exporter.lastError.length > 0 ? exporter.lastError : section.message
    }
    CheckBox {
        objectName: "exportWithSensitive"
        Layout.fillWidth: true
        text: qsTr("In the JSON, include my check-up answers about thoughts of being better off dead or of hurting myself")
        checked: exporter.withSensitive
        onToggled: exporter.withSensitive = checked
        font.pixelSize: Theme.fontBody
        Accessible.name: text
        contentItem: Label {
            leftPadding: parent.indicator.width + parent.spacing
            text: parent.text
            font: parent.font
            color: Theme.text
            wrapMode: Text.WordWrap
            verticalAlignment: Text.AlignVCenter
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: width < 440 ? 1 : 2
        columnSpacing: Theme.spaceS
        rowSpacing: Theme.spaceS
        WrappingButton {
            objectName: "exportCsv"
            Layout.maximumWidth: Number.POSITIVE_INFINITY // both as wide as the column
            enabled: !exporter.progress.running
            text: qsTr("Check-ins as CSV…")
            Accessible.name: qsTr("Choose where to save your check-ins as CSV, which is not encrypted")
            onClicked: section.choose(VaultExporter.Csv)
        }
        WrappingButton {
            objectName: "exportJson"
            Layout.maximumWidth: Number.POSITIVE_INFINITY // both as wide as the column
            enabled: !exporter.progress.running
            text: qsTr("Everything as JSON…")
            Accessible.name: qsTr("Choose where to save everything as JSON, which is not encrypted")
            onClicked: section.choose(VaultExporter.Json)
        }
    }

    FileChooser {
        id: chooser
        objectName: "exportFileChooser"
        mode: FileChooser.Save
        title: section.pendingFormat === VaultExporter.Csv ? qsTr("Save your check-ins as CSV")
                                                           : qsTr("Save everything as JSON")
        suggestedName: section.pendingFormat === VaultExporter.Csv ? qsTr("my-checkins.csv") : qsTr("my-export.json")
        nameFilters: section.pendingFormat === VaultExporter.Csv ? ["*.csv"] : ["*.json"]
        onChosen: (path) => section.saveTo(path)
    }
    LeaveVaultCheck {
        id: leaveCheck
        objectName: "exportLeaveCheck"
        confirmText: qsTr("Save the export")
    }
}
