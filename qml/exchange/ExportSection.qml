import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tideline
import Tideline.App

// Settings → Export: the check-ins as CSV, or everything as JSON, only when asked, with a plain
// word that the file is not encrypted. The person names the file here and picks the folder in
// Qt's own folder dialog (as the safety plan's PDF does: Qt 6.4's save dialog ignores a typed
// name, and its own dialog keeps the file out of the desktop's recent-files list).
ColumnLayout {
    id: section

    property string message: ""
    property int pendingFormat: VaultExporter.Csv

    spacing: Theme.spaceS

    VaultExporter { id: exporter; objectName: "vaultExporter" }

    function saveInto(folder) {
        section.message = ""
        if (exporter.exportTo(folder, fileName.text, section.pendingFormat))
            section.message = qsTr("Saved as %1. It is not encrypted: delete it when you no longer need it.")
                                  .arg(exporter.savedPath)
    }

    function choose(format) {
        section.message = ""
        section.pendingFormat = format
        dialog.currentFolder = exporter.suggestedFolder()
        dialog.open()
    }

    BodyText {
        Layout.fillWidth: true
        text: qsTr("Take a copy of what you keep here: your check-ins as a spreadsheet (CSV), or everything "
                   + "as a file Tideline can read back in (JSON).")
    }
    BodyText {
        objectName: "exportWarning"
        Layout.fillWidth: true
        muted: true
        text: qsTr("An exported file is not encrypted: anyone who opens it can read it.")
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
    TextField {
        id: fileName
        objectName: "exportFileName"
        Layout.fillWidth: true
        text: qsTr("tideline-export")
        Accessible.name: qsTr("File name for the export")
    }
    GridLayout {
        Layout.fillWidth: true
        columns: width < 440 ? 1 : 2
        columnSpacing: Theme.spaceS
        rowSpacing: Theme.spaceS
        Button {
            objectName: "exportCsv"
            Layout.fillWidth: true
            text: qsTr("Check-ins as CSV…")
            Accessible.name: qsTr("Choose a folder and save your check-ins there as CSV, which is not encrypted")
            onClicked: section.choose(VaultExporter.Csv)
        }
        Button {
            objectName: "exportJson"
            Layout.fillWidth: true
            text: qsTr("Everything as JSON…")
            Accessible.name: qsTr("Choose a folder and save everything there as JSON, which is not encrypted")
            onClicked: section.choose(VaultExporter.Json)
        }
    }

    FolderDialog {
        id: dialog
        objectName: "exportFolderDialog"
        title: section.pendingFormat === VaultExporter.Csv ? qsTr("Where should the CSV go?")
                                                           : qsTr("Where should the JSON go?")
        onAccepted: section.saveInto(selectedFolder)
    }
}
