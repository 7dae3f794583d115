import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Today: the check-in, the routine checklist, one gentle prompt and the moments log, for
// today or any past day. Every field is optional and saves as soon as it is set, so a hard
// day's check-in is a few keys long and nothing is lost when the vault locks.
Flickable {
    id: page
    objectName: "todayPage"

    // "Write about this" on the prompt card: the home opens the journal with the prompt.
    signal writeFromPrompt(string key, string text)
    // A check-up to take ("" = the list of check-ups): the home opens it in place.
    signal checkupRequested(string formKey)
    // "Look back" on the monthly offer: the home opens the review of last month.
    signal reviewRequested()
    property alias checkin: checkin
    property alias routines: routines
    property alias moments: moments
    // For the grounding tools: a row beside "Log a hard moment".
    readonly property alias groundingSlot: momentsSection.groundingSlot

    contentHeight: column.implicitHeight + 2 * Theme.spaceXl
    contentWidth: width
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    // The keyboard starts in the page, on the day bar (without a focus ring until a key is
    // pressed): a few Tabs reach the check-in. Later than the home's own focus call.
    Component.onCompleted: Qt.callLater(() => { if (!page.holdsFocus()) dayBar.takeFocus() })

    function holdsFocus() {
        let item = page.Window.activeFocusItem
        while (item && item !== page)
            item = item.parent
        return item === page
    }

    CheckinModel { id: checkin }
    RoutineChecklistModel { id: routines; day: checkin.day }
    MomentsModel {
        id: moments
        day: checkin.day
        onMomentsChanged: checkin.refreshValues() // a flashback or nightmare counts into the day
    }

    // Keeps the control that has keyboard focus in view while tabbing down the page.
    function showFocused(item) {
        const top = item.mapToItem(column, 0, 0).y + column.y
        const bottom = top + item.height
        if (top < page.contentY + Theme.spaceL)
            page.contentY = Math.max(0, top - Theme.spaceXl)
        else if (bottom > page.contentY + page.height - Theme.spaceL)
            page.contentY = Math.min(page.contentHeight - page.height, bottom - page.height + Theme.spaceXl)
    }
    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() {
            const item = page.Window.activeFocusItem
            if (!item || item === page || !page.holdsFocus())
                return
            // Only for the keyboard: scrolling under a pressed mouse would move the target away.
            const control = item.focusReason !== undefined ? item : item.parent
            if (control && control.focusReason === Qt.MouseFocusReason)
                return
            page.showFocused(item)
        }
    }

    component SectionTitle: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceL
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    ColumnLayout {
        id: column
        x: Math.max(Theme.spaceL, (page.width - width) / 2)
        y: Theme.spaceXl
        width: Math.min(page.width - 2 * Theme.spaceL, Theme.contentMaxWidth)
        spacing: Theme.spaceM

        DayBar {
            id: dayBar
            Layout.fillWidth: true
            day: checkin.day
            dayLabel: checkin.dayLabel
            isToday: checkin.isToday
            onPrevious: checkin.previousDay()
            onNext: checkin.nextDay()
            onChosen: (day) => checkin.day = day
            onBackToToday: checkin.day = ""
        }

        // Only when a chosen check-up is due, and only for today.
        CheckupDueCard {
            objectName: "checkupDueCard"
            Layout.fillWidth: true
            visible: checkin.isToday && implicitHeight > 0 && dueCount > 0
            onTake: (formKey) => page.checkupRequested(formKey)
        }

        // Once a month, only for today, and only until taken up or set aside.
        ReviewOfferCard {
            objectName: "reviewOfferCard"
            Layout.fillWidth: true
            visible: checkin.isToday && offered
            onLookBack: page.reviewRequested()
        }

        MomentsSection {
            id: momentsSection
            Layout.fillWidth: true
            moments: moments
        }

        SectionTitle { text: checkin.isToday ? qsTr("How are you today?") : qsTr("How were you that day?") }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: qsTr("Everything is optional and saved as you go. Tab moves on; a number or the arrow keys "
                       + "set a value; Delete clears it.")
            font.pixelSize: Theme.fontCaption
        }
        GentleMessage {
            objectName: "checkinError"
            Layout.fillWidth: true
            concern: true
            dismissible: true
            text: checkin.lastError
            onDismissed: checkin.clearError()
        }
        Repeater {
            objectName: "metricRows"
            model: checkin
            delegate: MetricRow {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spaceS
                previousDayName: checkin.isToday ? qsTr("Yesterday") : qsTr("The day before")
                onCommit: (value) => checkin.setValue(index, value)
                onClear: checkin.clearValue(index)
            }
        }
        // Right under the check-in, where the value was just set; never a pop-up.
        SupportCard {
            objectName: "supportCard"
            Layout.fillWidth: true
            visible: checkin.showSupport
        }
        BodyText {
            objectName: "checkinSummary"
            Layout.fillWidth: true
            muted: true
            text: checkin.recordedCount === 0 ? qsTr("Nothing recorded yet, and that's okay.")
                                              : qsTr("%n saved.", "", checkin.recordedCount)
            Accessible.role: Accessible.StatusBar
        }

        SectionTitle { text: qsTr("Healing routines") }
        RoutineChecklist { Layout.fillWidth: true; model: routines }

        SectionTitle { text: qsTr("A prompt, if you'd like one"); visible: checkin.isToday }
        PromptCard {
            objectName: "promptCard"
            Layout.fillWidth: true
            visible: checkin.isToday
            onWrite: (key, text) => page.writeFromPrompt(key, text)
        }

        // Last on the page, so it never comes between the check-in and the routines.
        TextLink {
            objectName: "openCheckups"
            Layout.topMargin: Theme.spaceL
            Layout.maximumWidth: parent.width // wraps on a phone instead of widening the page
            text: qsTr("Check-ups: the PCL-5, PHQ-9, GAD-7 and your therapist's own")
            Accessible.name: qsTr("Open check-ups: short questionnaires you can take when you choose")
            onClicked: page.checkupRequested("")
        }
    }
}
