import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Sharing records with an advocate, a lawyer or a court: the person ticks records (and journal
// entries) one by one; then a PDF (looked at first, then saved) or a new folder of the original
// files with a list of their fingerprints. Nothing leaves Tideline until they save, and the page
// says before that the copies are not encrypted.
Item {
    id: page

    signal done()
    property bool previewOpen: false
    property string saving: ""   // "pdf" or "folder" while choosing where

    RecordsPdfMaker {
        id: maker
        objectName: "recordsPdfMaker"
        onPreviewChanged: if (maker.previewPages > 0) page.previewOpen = true
    }

    Flickable {
        id: form
        objectName: "recordsShareForm"
        anchors.fill: parent
        visible: !page.previewOpen
        contentHeight: column.implicitHeight + 2 * Theme.spaceXl
        contentWidth: width
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.spaceL, (form.width - width) / 2)
            y: Theme.spaceL
            width: Math.min(form.width - 2 * Theme.spaceL, Theme.contentMaxWidth)
            spacing: Theme.spaceM

            Button {
                objectName: "shareRecordsBack"
                text: qsTr("‹ Records")
                onClicked: page.done()
            }
            Heading { Layout.fillWidth: true; text: qsTr("Share records") }
            BodyText {
                Layout.fillWidth: true
                muted: true
                text: qsTr("For an advocate, a lawyer or a court. Each record shows when it happened, when you wrote it and every time you changed it, and each file its fingerprint (SHA-256), so anyone can check the originals.")
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Records")
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
            }
            BodyText {
                objectName: "recordsTicked"
                Layout.fillWidth: true
                text: maker.records.tickedCount === 0 ? qsTr("None ticked. No record goes in unless you tick it.")
                      : maker.records.tickedCount === 1 ? qsTr("1 record ticked.")
                      : qsTr("%n records ticked.", "", maker.records.tickedCount)
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(recordList.contentHeight + 2, 320)
                visible: maker.records.count > 0
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                ListView {
                    id: recordList
                    objectName: "shareRecordList"
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: maker.records
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    delegate: CheckDelegate {
                        id: tick
                        required property var recordId
                        required property string when
                        required property string headline
                        required property bool sensitive
                        required property bool ticked
                        required property int fileCount
                        width: ListView.view.width
                        checked: ticked
                        text: when
                        Accessible.name: qsTr("Record of %1. Include it").arg(when)
                        onToggled: maker.records.setTicked(recordId, checked)
                        contentItem: ColumnLayout {
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                Layout.rightMargin: tick.indicator.width + tick.spacing
                                text: tick.fileCount > 0 ? qsTr("%1 · %2").arg(tick.when)
                                                               .arg(tick.fileCount === 1 ? qsTr("1 file") : qsTr("%n files", "", tick.fileCount))
                                                         : tick.when
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                Layout.rightMargin: tick.indicator.width + tick.spacing
                                text: tick.sensitive ? qsTr("Sensitive, words hidden") : tick.headline
                                textFormat: Text.PlainText
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontCaption
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spaceM
                text: qsTr("Journal entries (optional)")
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
            }
            SummaryEntryPicker {
                Layout.fillWidth: true
                model: maker.entries
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spaceM
                text: qsTr("Your name on the cover (optional)")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
            }
            TextField {
                objectName: "recordsPdfName"
                Layout.fillWidth: true
                placeholderText: qsTr("Leave empty for no name")
                text: maker.name
                Accessible.name: qsTr("Name on the cover, optional")
                onTextEdited: maker.name = text
            }
            CheckBox {
                objectName: "recordsPdfDetails"
                Layout.fillWidth: true
                checked: maker.pictureDetails
                text: qsTr("Print what pictures carry besides what they show, such as where they were taken (left out unless you tick this)")
                Accessible.name: text
                onToggled: maker.pictureDetails = checked
                contentItem: BodyText { leftPadding: parent.indicator.width + parent.spacing; text: parent.text }
            }

            BodyText {
                objectName: "recordsShareWarning"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spaceM
                muted: true
                text: qsTr("A PDF or a folder of files is not encrypted: anyone who opens it can see it.")
            }
            GentleMessage {
                objectName: "recordsShareMessage"
                Layout.fillWidth: true
                concern: maker.lastError.length > 0
                text: maker.lastError.length > 0 ? maker.lastError : maker.message
            }
            SummaryProgress {
                Layout.fillWidth: true
                maker: maker
                makingDescription: qsTr("Making the PDF: %1 percent")
                stopDescription: qsTr("Stop making the PDF")
            }
            TaskProgressBar {
                objectName: "recordsFilesProgress"
                Layout.fillWidth: true
                task: maker.filesTask
                what: qsTr("Saving the original files")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: width < 440 ? 1 : 2
                columnSpacing: Theme.spaceS
                rowSpacing: Theme.spaceS
                visible: page.saving.length === 0
                Button {
                    objectName: "recordsPreview"
                    Layout.fillWidth: true
                    text: qsTr("Look at the PDF first")
                    enabled: !maker.busy && !maker.filesTask.running && maker.chosenCount > 0
                    onClicked: maker.makePreview(Math.min(form.width, 900))
                }
                PrimaryButton {
                    objectName: "recordsSavePdf"
                    Layout.fillWidth: true
                    text: qsTr("Save as PDF…")
                    enabled: !maker.busy && !maker.filesTask.running && maker.chosenCount > 0
                    Accessible.name: qsTr("Choose where to save the PDF, which is not encrypted")
                    onClicked: { page.saving = "pdf"; picker.open() }
                }
                Button {
                    objectName: "recordsExportFiles"
                    Layout.fillWidth: true
                    Layout.columnSpan: parent.columns
                    text: qsTr("Save the original files in a new folder…")
                    enabled: !maker.busy && !maker.filesTask.running && maker.chosenCount > 0
                    Accessible.name: qsTr("Choose where to make a new folder with the ticked records' files and their fingerprints")
                    onClicked: { page.saving = "folder"; picker.open() }
                }
            }
        }
    }

    FileChooser {
        id: picker
        objectName: "recordsSavePicker"
        mode: FileChooser.Save
        title: page.saving === "folder" ? qsTr("Where should the new folder go, and what is it called?")
                                        : qsTr("Where should the PDF go?")
        suggestedName: maker.suggestedName(page.saving === "folder" ? "" : ".pdf")
        nameFilters: page.saving === "folder" ? [] : ["*.pdf"]
        // Once the secret is checked, the choice is made: the buttons come back whether the
        // saving starts or says why it cannot (the message above them).
        onChosen: (path) => {
            if (page.saving === "folder")
                leaveCheck.ask(() => { maker.exportOriginals(path); page.saving = "" })
            else
                leaveCheck.ask(() => { maker.saveTo(path); page.saving = "" })
        }
        onCancelled: page.saving = ""
    }
    LeaveVaultCheck {
        id: leaveCheck
        objectName: "recordsLeaveCheck"
        confirmText: page.saving === "folder" ? qsTr("Save the files") : qsTr("Save the PDF")
        onCancelled: page.saving = ""
    }

    SummaryPreview {
        objectName: "recordsPreviewPane"
        anchors.fill: parent
        visible: page.previewOpen
        maker: maker
        message: maker.message
        backDescription: qsTr("Back to choosing what goes in the PDF")
        saveDescription: qsTr("Choose where to save the PDF, which is not encrypted")
        pageDescription: qsTr("Page %1 of the records PDF")
        onBack: page.previewOpen = false
        onSaveRequested: { page.previewOpen = false; page.saving = "pdf"; picker.open() }
    }
}
