import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Taking one check-up: a content note first when the form has one (the PCL-5), the recall
// period said plainly, then one question at a time or the whole list (the person chooses), each
// answer saved as it is given, grounding one tap away, and the result in plain words.
Item {
    id: view

    property string formKey: ""
    property alias taker: taker
    property bool noteAccepted: false
    property bool oneAtATime: true
    property int current: 0
    signal done()

    CheckupTaker { id: taker; objectName: "checkupTaker"; formKey: view.formKey }

    readonly property bool showNote: taker.contentNote.length > 0 && !view.noteAccepted && !taker.started
    readonly property string stage: showNote ? "note" : !taker.started ? "intro" : taker.finished ? "result" : "questions"
    // The stem's last line ("In the past month, how much were you bothered by:"), above each question.
    readonly property string lead: {
        const parts = taker.instructions.split("\n")
        return parts[parts.length - 1]
    }

    function begin(fresh) {
        if (fresh ? taker.startAgain() : taker.begin()) {
            const firstOpen = view.firstUnanswered()
            view.current = firstOpen < 0 ? 0 : firstOpen
            Qt.callLater(view.focusQuestion)
        }
    }
    function firstUnanswered() {
        for (let i = 0; i < questions.count; ++i)
            if (!questions.itemAt(i).answered)
                return i
        return -1
    }
    function focusQuestion() {
        const item = view.oneAtATime ? single : questions.itemAt(0)
        if (item)
            item.focusFirst()
    }
    function next() {
        if (view.current < taker.count - 1) {
            view.current += 1
            flick.contentY = 0
            Qt.callLater(view.focusQuestion)
        } else {
            finishButton.forceActiveFocus(Qt.TabFocusReason)
        }
    }
    // Keeps the control that has keyboard focus in view while tabbing down the list.
    Connections {
        target: view.Window.window
        function onActiveFocusItemChanged() {
            const item = view.Window.activeFocusItem
            let inside = item
            while (inside && inside !== column)
                inside = inside.parent
            if (!inside)
                return
            const top = item.mapToItem(column, 0, 0).y + column.y
            const bottom = top + item.height
            if (top < flick.contentY + Theme.spaceL)
                flick.contentY = Math.max(0, top - Theme.spaceXl)
            else if (bottom > flick.contentY + flick.height - Theme.spaceL)
                flick.contentY = Math.min(Math.max(0, flick.contentHeight - flick.height), bottom - flick.height + Theme.spaceXl)
        }
    }
    function finish() {
        if (taker.finish()) {
            flick.contentY = 0
            Qt.callLater(result.focusDone)
        }
    }

    // The name and "Breathe" stay in view above every question, however far the list scrolls.
    Rectangle {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: headerRow.implicitHeight + 2 * Theme.spaceM
        color: Theme.background
        z: 1
        RowLayout {
            id: headerRow
            x: Math.max(Theme.spaceL, (view.width - width) / 2)
            y: Theme.spaceM
            width: Math.min(view.width - 2 * Theme.spaceL, Theme.contentMaxWidth)
            spacing: Theme.spaceS
            Heading { Layout.fillWidth: true; text: taker.name; wrapMode: Text.WordWrap }
            // Grounding from every question, one tap away.
            GroundingLauncher { objectName: "checkupGrounding"; text: qsTr("Breathe") }
        }
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
    }

    Flickable {
    id: flick
    anchors.top: header.bottom
    anchors.left: parent.left
    anchors.right: parent.right
    anchors.bottom: parent.bottom
    contentHeight: column.implicitHeight + 2 * Theme.spaceL
    contentWidth: width
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: column
        x: Math.max(Theme.spaceL, (view.width - width) / 2)
        y: Theme.spaceL
        width: Math.min(view.width - 2 * Theme.spaceL, Theme.contentMaxWidth)
        spacing: Theme.spaceM

        BodyText { Layout.fillWidth: true; muted: true; text: taker.title; visible: view.stage !== "result" }
        GentleMessage {
            objectName: "checkupError"
            Layout.fillWidth: true
            concern: true
            dismissible: true
            text: taker.lastError
            onDismissed: taker.clearError()
        }

        // A content note before anything that may be distressing (the PCL-5 asks about the worst event).
        ColumnLayout {
            visible: view.stage === "note"
            Layout.fillWidth: true
            spacing: Theme.spaceM
            BodyText { Layout.fillWidth: true; font.weight: Font.DemiBold; text: qsTr("A gentle note first") }
            BodyText { objectName: "contentNote"; Layout.fillWidth: true; text: taker.contentNote }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spaceS
                PrimaryButton {
                    objectName: "acceptNote"
                    text: qsTr("Go on")
                    Accessible.name: qsTr("Go on to the questions")
                    onClicked: { view.noteAccepted = true; Qt.callLater(intro.focusBegin) }
                }
                Button { objectName: "noteNotNow"; text: qsTr("Not now"); Accessible.name: text; onClicked: view.done() }
            }
        }

        // What it asks about, for how long, and how to see the questions.
        CheckupIntro {
            id: intro
            visible: view.stage === "intro"
            Layout.fillWidth: true
            about: taker.about
            recallSentence: taker.recallSentence
            languageNote: taker.languageNote
            resumable: taker.resumable
            oneAtATime: view.oneAtATime
            onLayoutPicked: (one) => view.oneAtATime = one
            onBeginRequested: (fresh) => view.begin(fresh)
            onNotNow: view.done()
        }

        // One at a time.
        CheckupQuestion {
            id: single
            objectName: "singleQuestion"
            visible: view.stage === "questions" && view.oneAtATime
            Layout.fillWidth: true
            readonly property var row: questions.count > view.current ? questions.itemAt(view.current) : null
            number: view.current + 1
            total: taker.count
            lead: view.lead
            text: row ? row.text : ""
            options: row ? row.options : []
            answer: row ? row.answer : -1
            answered: row ? row.answered : false
            onChosen: (value) => { if (taker.answer(view.current, value) && !(row && row.sensitive && value > 0)) view.next() }
            onSkipped: { taker.skip(view.current); if (!(row && row.answered)) view.next() }
        }
        CheckupSupport {
            objectName: "checkupSupport"
            Layout.fillWidth: true
            visible: view.stage !== "intro" && view.stage !== "note" && taker.showSupport
                     && (!view.oneAtATime || view.stage === "result" || (single.row && single.row.sensitive))
        }
        RowLayout {
            visible: view.stage === "questions" && view.oneAtATime
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Button {
                objectName: "previousQuestion"
                text: qsTr("Back")
                enabled: view.current > 0
                Accessible.name: qsTr("Back to the question before")
                onClicked: { view.current -= 1; Qt.callLater(view.focusQuestion) }
            }
            Button {
                objectName: "nextQuestion"
                visible: view.current < taker.count - 1
                text: qsTr("Next")
                Accessible.name: qsTr("Next question")
                onClicked: view.next()
            }
            Item { Layout.fillWidth: true }
        }

        // The whole list (also the rows the single view reads).
        Repeater {
            id: questions
            model: taker
            delegate: CheckupQuestion {
                required property int index
                required property string itemId
                required property bool sensitive
                required options
                required answer
                required answered
                required text
                objectName: "question_" + itemId
                visible: view.stage === "questions" && !view.oneAtATime
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spaceL
                number: index + 1
                total: taker.count
                lead: index === 0 ? view.lead : ""
                onChosen: (value) => taker.answer(index, value)
                onSkipped: taker.skip(index)
            }
        }

        ColumnLayout {
            visible: view.stage === "questions"
            Layout.fillWidth: true
            spacing: Theme.spaceS
            BodyText {
                Layout.fillWidth: true
                muted: true
                text: qsTr("%1 of %2 answered. Anything left unanswered counts as skipped.").arg(taker.answeredCount).arg(taker.count)
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spaceS
                PrimaryButton {
                    id: finishButton
                    objectName: "finishCheckup"
                    fitsParent: true // its label wraps rather than run past a phone at 200 %
                    text: qsTr("Finish and see the result")
                    Accessible.name: text
                    onClicked: view.finish()
                }
                WrappingButton {
                    objectName: "leaveForNow"
                    text: qsTr("Leave it for now")
                    Accessible.name: qsTr("Leave it for now; your answers are kept")
                    onClicked: view.done()
                }
            }
        }

        // The result in plain words.
        CheckupResult {
            id: result
            visible: view.stage === "result"
            Layout.fillWidth: true
            total: taker.resultTotal
            band: taker.resultBand
            change: taker.resultChange
            onDone: view.done()
        }
    }
    }
}
