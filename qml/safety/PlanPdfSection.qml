import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tideline
import Tideline.App

// Prints the plan as a one-page PDF, only when asked, with a plain word that the file is not
// encrypted. The person names the file here and picks the folder in Qt's own folder dialog
// (main.cpp turns native dialogs off), which keeps the file out of the desktop's recent-files
// list. (Qt 6.4's own save dialog ignores a typed file name, hence the field here.)
ColumnLayout {
    id: section

    property string message: ""

    spacing: Theme.spaceS

    SafetyPlanExporter { id: exporter; objectName: "pdfExporter" }

    function saveInto(folder) {
        section.message = ""
        if (exporter.exportTo(folder, fileName.text))
            section.message = qsTr("Saved as %1. It is not encrypted: delete it when you no longer need it.")
                                  .arg(exporter.savedPath)
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceM
        text: qsTr("A copy on paper")
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    BodyText {
        objectName: "pdfWarning"
        Layout.fillWidth: true
        muted: true
        text: qsTr("A PDF is not encrypted: anyone who opens the file can read your plan.")
    }
    GentleMessage {
        objectName: "pdfMessage"
        Layout.fillWidth: true
        concern: exporter.lastError.length > 0
        text: exporter.lastError.length > 0 ? exporter.lastError : section.message
    }
    GridLayout {
        Layout.fillWidth: true
        columns: width < 440 ? 1 : 2
        columnSpacing: Theme.spaceS
        rowSpacing: Theme.spaceS
        TextField {
            id: fileName
            objectName: "pdfFileName"
            Layout.fillWidth: true
            text: qsTr("my-plan.pdf")
            Accessible.name: qsTr("File name for the PDF")
        }
        Button {
            objectName: "savePdf"
            text: qsTr("Choose folder and save…")
            Accessible.name: qsTr("Choose a folder and save the plan there as a PDF, which is not encrypted")
            onClicked: { section.message = ""; dialog.currentFolder = exporter.suggestedFolder(); dialog.open() }
        }
    }

    FolderDialog {
        id: dialog
        objectName: "pdfFolderDialog"
        title: qsTr("Where should the PDF go?")
        onAccepted: section.saveInto(selectedFolder)
    }
}
