import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Share: a summary for a therapist, or anyone the person chooses, as a PDF. They choose the
// days, what goes in, and tick journal entries one by one (none by default). Nothing leaves
// Tideline until they save, and the page says the PDF is not encrypted before they do.
Item {
    id: page

    readonly property string title: qsTr("Share")
    property var chosenRange: 30          // days, or "dates" when picked on the calendar
    property bool previewOpen: false
    property string message: ""

    SummaryMaker {
        id: maker
        objectName: "summaryMaker"
        onSaved: page.message = qsTr("Saved to %1. It is not encrypted: delete it when you no longer need it.")
                                    .arg(maker.savedPath)
        onPreviewChanged: if (maker.previewPages > 0) page.previewOpen = true
    }

    function chooseFile() {
        page.message = ""
        saveChooser.open()
    }

    Flickable {
        id: form
        objectName: "shareForm"
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
            y: Theme.spaceXl
            width: Math.min(form.width - 2 * Theme.spaceL, Theme.contentMaxWidth)
            spacing: Theme.spaceM

            Heading { Layout.fillWidth: true; text: qsTr("Share a summary") }
            BodyText {
                Layout.fillWidth: true
                muted: true
                text: qsTr("Make a PDF to take to your therapist, or to anyone you choose. You decide what goes "
                           + "in, and nothing leaves %1 until you save it.").arg(AppSettings.appName)
            }

            SectionLabel { text: qsTr("Which days") }
            RangeChoice {
                Layout.fillWidth: true
                namePrefix: "sharePeriod"
                current: page.chosenRange
                options: [
                    { value: 14, label: qsTr("2 weeks") },
                    { value: 30, label: qsTr("30 days") },
                    { value: 90, label: qsTr("3 months") },
                    { value: 365, label: qsTr("A year") }
                ]
                onPicked: (value) => { page.chosenRange = value; maker.useLastDays(value) }
            }
            GridLayout {
                Layout.fillWidth: true
                columns: width < 400 ? 1 : 2
                columnSpacing: Theme.spaceS
                rowSpacing: Theme.spaceS
                WrappingButton {
                    objectName: "shareFrom"
                    Layout.maximumWidth: Number.POSITIVE_INFINITY // fills its column, as its neighbour does
                    text: qsTr("From %1 ▾").arg(maker.dayLabel(maker.from))
                    Accessible.name: qsTr("First day of the summary: %1. Choose another day").arg(maker.dayLabel(maker.from))
                    onClicked: calendar.openFor("from")
                }
                WrappingButton {
                    objectName: "shareTo"
                    Layout.maximumWidth: Number.POSITIVE_INFINITY // fills its column, as its neighbour does
                    text: qsTr("To %1 ▾").arg(maker.dayLabel(maker.to))
                    Accessible.name: qsTr("Last day of the summary: %1. Choose another day").arg(maker.dayLabel(maker.to))
                    onClicked: calendar.openFor("to")
                }
            }
            BodyText {
                objectName: "sharePeriodLabel"
                Layout.fillWidth: true
                muted: maker.periodValid
                color: maker.periodValid ? Theme.textMuted : Theme.concern
                text: maker.periodLabel
            }

            SectionLabel { text: qsTr("What goes in") }
            ShareCheck { objectName: "shareCharts"; text: qsTr("A chart for each measure you recorded"); checked: maker.charts; onToggled: maker.charts = checked }
            ShareCheck { objectName: "shareAverages"; text: qsTr("Averages, and on how many days you recorded each"); checked: maker.averages; onToggled: maker.averages = checked }
            ShareCheck { objectName: "shareRoutines"; text: qsTr("Routines: how often you did each"); checked: maker.routines; onToggled: maker.routines = checked }
            ShareCheck { objectName: "shareReview"; text: qsTr("These days compared with the days before"); checked: maker.review; onToggled: maker.review = checked }
            ShareCheck {
                objectName: "shareSensitive"
                visible: maker.sensitiveOffered
                text: qsTr("Thoughts of self-harm, as you recorded them (only if you want to share them)")
                checked: maker.sensitive
                onToggled: maker.sensitive = checked
            }
            ShareCheck {
                objectName: "shareCheckups"
                text: qsTr("Check-ups (PCL-5, PHQ-9, GAD-7…): totals, bands and changes, with a small chart")
                checked: maker.checkups
                onToggled: maker.checkups = checked
            }
            ShareCheck {
                objectName: "shareCheckupAnswers"
                visible: maker.checkups
                Layout.leftMargin: Theme.spaceXl
                text: qsTr("The answer to each question of the latest check-up")
                checked: maker.checkupAnswers
                onToggled: maker.checkupAnswers = checked
            }
            ShareCheck {
                objectName: "shareCheckupSensitive"
                visible: maker.checkups && maker.checkupSensitiveOffered
                Layout.leftMargin: Theme.spaceXl
                text: qsTr("My answers about thoughts of being better off dead or of hurting myself (only if you want to share them)")
                checked: maker.checkupSensitive
                onToggled: maker.checkupSensitive = checked
            }
            ShareCheck { objectName: "shareMoments"; text: qsTr("How many hard moments you logged (no details)"); checked: maker.moments; onToggled: maker.moments = checked }

            SectionLabel { text: qsTr("Your name on the cover (optional)") }
            TextField {
                objectName: "shareName"
                Layout.fillWidth: true
                placeholderText: qsTr("Leave empty for no name")
                text: maker.name
                Accessible.name: qsTr("Name on the cover, optional")
                onTextEdited: maker.name = text
            }

            SectionLabel { text: qsTr("What I want to talk about (optional)") }
            WritingArea {
                objectName: "shareAgenda"
                Layout.fillWidth: true
                Layout.minimumHeight: 90
                placeholderText: qsTr("A few notes for the session, if you like")
                text: maker.agenda
                Accessible.name: qsTr("What I want to talk about, optional")
                onTextChanged: if (text !== maker.agenda) maker.agenda = text
            }

            SectionLabel { text: qsTr("Journal entries") }
            SummaryEntryPicker {
                Layout.fillWidth: true
                model: maker.entries
            }
            SummaryRecordPicker { Layout.fillWidth: true; model: maker.records }

            BodyText {
                objectName: "shareWarning"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spaceM
                muted: true
                text: qsTr("A PDF is not encrypted: anyone who opens the file can read it.")
            }
            GentleMessage {
                objectName: "shareMessage"
                Layout.fillWidth: true
                concern: maker.lastError.length > 0
                text: maker.lastError.length > 0 ? maker.lastError : page.message
            }
            SummaryProgress { Layout.fillWidth: true; maker: maker }
            GridLayout {
                Layout.fillWidth: true
                columns: width < 400 ? 1 : 2
                columnSpacing: Theme.spaceS
                rowSpacing: Theme.spaceS
                Button {
                    objectName: "sharePreview"
                    Layout.fillWidth: true
                    text: qsTr("Look at it first")
                    enabled: !maker.busy && maker.periodValid
                    Accessible.name: qsTr("Preview the pages of the summary")
                    onClicked: { page.message = ""; maker.makePreview(Math.min(form.width, 900)) }
                }
                PrimaryButton {
                    objectName: "shareSave"
                    fitsParent: true
                    Layout.fillWidth: true
                    text: qsTr("Save as PDF…")
                    enabled: !maker.busy && maker.periodValid
                    Accessible.name: qsTr("Choose where to save the summary as a PDF, which is not encrypted")
                    onClicked: page.chooseFile()
                }
            }
        }
    }

    SummaryPreview {
        objectName: "sharePreviewPane"
        anchors.fill: parent
        visible: page.previewOpen
        maker: maker
        message: page.message
        onBack: page.previewOpen = false
        onSaveRequested: page.chooseFile()
    }

    Loader {
        id: calendar
        property string which: "from"
        function openFor(end) { which = end; active = true }
        active: false
        sourceComponent: CalendarPopup {
            day: calendar.which === "from" ? maker.from : maker.to
            onChosen: (day) => {
                page.chosenRange = "dates"
                if (calendar.which === "from") maker.from = day
                else maker.to = day
                close()
            }
            onClosed: calendar.active = false
        }
        onLoaded: item.open()
    }

    FileChooser {
        id: saveChooser
        objectName: "shareFileChooser"
        mode: FileChooser.Save
        title: qsTr("Save the summary")
        suggestedName: qsTr("my-summary.pdf")
        nameFilters: ["*.pdf"]
        onChosen: (path) => leaveCheck.ask(() => maker.saveTo(path))
    }
    LeaveVaultCheck {
        id: leaveCheck
        objectName: "summaryLeaveCheck"
        confirmText: qsTr("Save the summary")
    }

    // Quiet helpers of this page only.
    component SectionLabel: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceM
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    component ShareCheck: WrappingCheckBox {
        Layout.fillWidth: true
    }
}
