import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Prints the plan as a one-page PDF, only when asked, with a plain word that the file is not
// encrypted. The person names the file and picks the folder in Tideline's own file chooser,
// which keeps the file out of the desktop's recent-files list and out of the vault's folder.
ColumnLayout {
    id: section

    property string message: ""

    spacing: Theme.spaceS

    SafetyPlanExporter { id: exporter; objectName: "pdfExporter" }

    function saveTo(path) {
        section.message = ""
        if (exporter.exportTo(path))
            section.message = qsTr("Saved to %1. It is not encrypted: delete it when you no longer need it.")
                                  .arg(exporter.savedPath)
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceM
        text: qsTr("A copy on paper")
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
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
    WrappingButton {
        objectName: "savePdf"
        text: qsTr("Save as PDF…")
        Accessible.name: qsTr("Choose where to save the plan as a PDF, which is not encrypted")
        onClicked: { section.message = ""; chooser.open() }
    }

    FileChooser {
        id: chooser
        objectName: "pdfFileChooser"
        mode: FileChooser.Save
        title: qsTr("Save your safety plan")
        suggestedName: qsTr("my-safety-plan.pdf")
        nameFilters: ["*.pdf"]
        onChosen: (path) => section.saveTo(path)
    }
}
