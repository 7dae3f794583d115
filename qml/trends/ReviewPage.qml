import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Two periods side by side in plain words, never judging: "Sleep: 6.1 h → 6.8 h on average
// (higher), recorded on 24 of 30 days", with a small pair of bars for each, and room to
// write a reflection, kept as a journal entry tagged "review".
Flickable {
    id: page

    readonly property string title: qsTr("Review")
    signal backRequested()
    // Opens on one of the periods ("month", "lastMonth", "days30").
    function showPeriod(period) { review.period = period }

    contentHeight: column.implicitHeight + 2 * Theme.spaceXl
    contentWidth: width
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ReviewModel { id: review; objectName: "reviewModel" }

    ColumnLayout {
        id: column
        x: Math.max(Theme.spaceL, (page.width - width) / 2)
        y: Theme.spaceXl
        width: Math.min(page.width - 2 * Theme.spaceL, Theme.contentMaxWidth + 120)
        spacing: Theme.spaceM

        GridLayout { // the button goes under the heading where both do not fit on one line (200 %)
            Layout.fillWidth: true
            columns: width < backToTrends.implicitWidth + 10 * Theme.fontBody ? 1 : 2
            columnSpacing: Theme.spaceS
            Heading { Layout.fillWidth: true; text: qsTr("Compare two periods") }
            WrappingButton {
                id: backToTrends
                objectName: "backToTrends"
                text: qsTr("Back to charts")
                Accessible.name: text
                onClicked: page.backRequested()
            }
        }
        RangeChoice {
            objectName: "periodChoice"
            Layout.fillWidth: true
            namePrefix: "period"
            current: customForm.visible ? "custom" : review.period
            options: [
                { value: "month", label: qsTr("This month") },
                { value: "lastMonth", label: qsTr("Last month") },
                { value: "days30", label: qsTr("Last 30 days") },
                { value: "custom", label: qsTr("Choose dates") }
            ]
            onPicked: (value) => {
                if (value === "custom")
                    customForm.visible = true
                else {
                    customForm.visible = false
                    review.period = value
                }
            }
        }
        GridLayout {
            id: customForm
            objectName: "customRanges"
            visible: false
            Layout.fillWidth: true
            columns: page.width < 500 ? 2 : 4
            columnSpacing: Theme.spaceS
            rowSpacing: Theme.spaceS
            Label { Layout.columnSpan: customForm.columns; color: Theme.text; text: qsTr("Earlier period, from and to (YYYY-MM-DD)") }
            TextField { id: beforeFrom; objectName: "beforeFrom"; Layout.fillWidth: true; placeholderText: "2026-01-01"; Accessible.name: qsTr("Earlier period, first day") }
            TextField { id: beforeTo; objectName: "beforeTo"; Layout.fillWidth: true; placeholderText: "2026-01-31"; Accessible.name: qsTr("Earlier period, last day") }
            Label { Layout.columnSpan: customForm.columns; color: Theme.text; text: qsTr("Later period, from and to") }
            TextField { id: afterFrom; objectName: "afterFrom"; Layout.fillWidth: true; placeholderText: "2026-02-01"; Accessible.name: qsTr("Later period, first day") }
            TextField { id: afterTo; objectName: "afterTo"; Layout.fillWidth: true; placeholderText: "2026-02-28"; Accessible.name: qsTr("Later period, last day") }
            PrimaryButton {
                objectName: "compareRanges"
                Layout.columnSpan: customForm.columns
                text: qsTr("Compare")
                onClicked: review.setRanges(beforeFrom.text, beforeTo.text, afterFrom.text, afterTo.text)
            }
        }
        GentleMessage { objectName: "reviewError"; Layout.fillWidth: true; text: review.lastError }

        BodyText { objectName: "reviewTitle"; Layout.fillWidth: true; font.weight: Font.DemiBold; text: review.title }
        BodyText { objectName: "reviewDays"; Layout.fillWidth: true; text: review.daysSentence }
        BodyText {
            objectName: "reviewEmpty"
            Layout.fillWidth: true
            visible: !review.hasData
            muted: true
            text: qsTr("Nothing was recorded in these two periods yet. That is all right: the review fills in as you check in.")
        }
        BodyText { objectName: "moodDays"; Layout.fillWidth: true; visible: text.length > 0; text: review.moodDaysSentence }

        Repeater {
            model: review.metricLines
            delegate: ColumnLayout {
                required property var modelData
                required property int index
                objectName: "reviewMetric_" + index
                Layout.fillWidth: true
                spacing: Theme.spaceXs
                Accessible.role: Accessible.StaticText
                Accessible.name: modelData.sentence
                BodyText { Layout.fillWidth: true; text: modelData.sentence }
                // Two small bars on the metric's own scale: the earlier period, then this one.
                Repeater {
                    model: [
                        { name: review.beforeLabel, value: modelData.before, muted: true },
                        { name: review.afterLabel, value: modelData.after, muted: false }
                    ]
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spaceS
                        Label {
                            Layout.preferredWidth: Math.min(160, column.width * 0.35)
                            elide: Text.ElideRight
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontCaption
                            text: modelData.name
                        }
                        Rectangle {
                            Layout.fillWidth: true
                            height: 10
                            radius: 5
                            color: Theme.surfaceRaised
                            Rectangle {
                                readonly property var line: parent.parent.parent.modelData
                                visible: modelData.value !== undefined
                                height: parent.height
                                radius: 5
                                width: visible ? parent.width * Math.max(0.02, Math.min(1, (modelData.value - line.min) / (line.max - line.min))) : 0
                                color: modelData.muted ? Theme.textMuted : Theme.accent
                            }
                        }
                    }
                }
            }
        }

        Heading { Layout.fillWidth: true; Layout.topMargin: Theme.spaceL; visible: review.checkupLines.length > 0; text: qsTr("Check-ups") }
        Repeater {
            objectName: "reviewCheckups"
            model: review.checkupLines
            delegate: BodyText {
                required property var modelData
                Layout.fillWidth: true
                text: modelData.sentence
            }
        }

        Heading { Layout.fillWidth: true; Layout.topMargin: Theme.spaceL; visible: review.routineLines.length > 0; text: qsTr("Routines") }
        Repeater {
            model: review.routineLines
            delegate: BodyText {
                required property var modelData
                Layout.fillWidth: true
                text: modelData.sentence
            }
        }

        Heading { Layout.fillWidth: true; Layout.topMargin: Theme.spaceL; text: qsTr("A reflection, if you like") }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: qsTr("Anything you notice looking back. It is kept in your journal, tagged “review”. You can skip this.")
        }
        WritingArea {
            id: reflectionBox
            objectName: "reflectionBox"
            Layout.fillWidth: true
            Layout.minimumHeight: 120
            placeholderText: qsTr("What stands out to you?")
            text: review.reflection
            Accessible.name: qsTr("Reflection on these two periods")
            onTextChanged: if (text !== review.reflection) review.reflection = text
            // Saved or kept at a lock: the model empties the text; follow it even after the
            // binding above was replaced by typing or by a script.
            Connections {
                target: review
                function onReflectionChanged() {
                    if (reflectionBox.text !== review.reflection)
                        reflectionBox.text = review.reflection
                }
            }
        }
        GridLayout { // "Saved" goes under the button where both do not fit on one line
            Layout.fillWidth: true
            columns: width < saveReflection.naturalWidth + 12 * Theme.fontBody ? 1 : 2
            columnSpacing: Theme.spaceM
            PrimaryButton {
                id: saveReflection
                objectName: "saveReflection"
                // Its words whole where there is room, wrapped where there is not: a button fixed
                // at its own width made the whole page that wide ("Guardar en el diario" at 200 %).
                Layout.fillWidth: true
                Layout.maximumWidth: naturalWidth
                fitsParent: true
                text: qsTr("Save to journal")
                enabled: review.reflection.trim().length > 0
                onClicked: review.saveReflection()
            }
            BodyText {
                objectName: "reflectionSaved"
                Layout.fillWidth: true
                muted: true
                text: review.savedMessage
            }
        }
    }
}
