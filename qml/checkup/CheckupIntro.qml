import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// Before the first question: what the check-up asks about, the period it is about said
// plainly, that every question can be skipped, and one question at a time or the whole list.
ColumnLayout {
    id: intro

    property string about: ""
    property string recallSentence: ""
    property string languageNote: ""
    property bool resumable: false
    property bool oneAtATime: true
    signal layoutPicked(bool one)
    signal beginRequested(bool fresh)
    signal notNow()

    function focusBegin() { beginButton.forceActiveFocus(Qt.TabFocusReason) }

    spacing: Theme.spaceM

    BodyText { Layout.fillWidth: true; text: intro.about; visible: text.length > 0 }
    BodyText { objectName: "languageNote"; Layout.fillWidth: true; muted: true; text: intro.languageNote; visible: text.length > 0 }
    BodyText { objectName: "recallSentence"; Layout.fillWidth: true; font.weight: Font.DemiBold; text: intro.recallSentence }
    BodyText {
        Layout.fillWidth: true
        muted: true
        text: qsTr("Every question can be skipped. Each answer is kept as you give it, so you can stop and carry on another time.")
    }
    Label { text: qsTr("Show me"); color: Theme.text }
    RangeChoice {
        objectName: "layoutChoice"
        Layout.fillWidth: true
        namePrefix: "layout"
        current: intro.oneAtATime ? "one" : "all"
        options: [
            { value: "one", label: qsTr("One question at a time") },
            { value: "all", label: qsTr("The whole list") }
        ]
        onPicked: (value) => intro.layoutPicked(value === "one")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        PrimaryButton {
            id: beginButton
            objectName: "beginCheckup"
            fitsParent: true // "Carry on where I left off" wraps rather than run past a phone at 200 %
            text: intro.resumable ? qsTr("Carry on where I left off") : qsTr("Begin")
            Accessible.name: text
            onClicked: intro.beginRequested(false)
        }
        WrappingButton {
            objectName: "startAgain"
            visible: intro.resumable
            text: qsTr("Start again")
            Accessible.name: qsTr("Start again: the unfinished answers are thrown away")
            onClicked: intro.beginRequested(true)
        }
        Button { objectName: "introNotNow"; text: qsTr("Not now"); Accessible.name: text; onClicked: intro.notNow() }
    }
}
