import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// One question of a check-up with its answers, word for word. An answer is saved the moment
// it is chosen; "Skip this one" leaves it unanswered. Tab moves through the answers, Space or
// Enter chooses one.
ColumnLayout {
    id: question

    property int number: 1
    property int total: 1
    property string text: ""
    property var options: []
    property int answer: -1
    property bool answered: false
    property string lead: ""          // the instrument's stem ("In the past month, how much …")

    signal chosen(int value)
    signal skipped()

    spacing: Theme.spaceS

    function focusFirst() {
        const target = answers.itemAt(Math.max(0, question.options.findIndex(o => o.value === question.answer)))
        if (target)
            target.forceActiveFocus(Qt.TabFocusReason)
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Question %1 of %2").arg(question.number).arg(question.total)
        color: Theme.textMuted
        font.pixelSize: Theme.fontCaption
    }
    BodyText {
        Layout.fillWidth: true
        visible: question.lead.length > 0
        muted: true
        text: question.lead
    }
    BodyText {
        objectName: "questionText"
        Layout.fillWidth: true
        text: question.text
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontLarge
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Repeater {
        id: answers
        model: question.options
        delegate: Button {
            id: option
            required property var modelData
            required property int index
            readonly property bool picked: question.answered && question.answer === modelData.value
            objectName: "answer_" + modelData.value
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.controlHeight, label.implicitHeight + 2 * Theme.spaceS)
            focusPolicy: Qt.StrongFocus
            Accessible.role: Accessible.RadioButton
            Accessible.checkable: true
            Accessible.checked: picked
            Accessible.name: modelData.label
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: question.chosen(modelData.value)
            contentItem: RowLayout {
                spacing: Theme.spaceM
                Rectangle {
                    width: 18
                    height: 18
                    radius: 9
                    color: "transparent"
                    border.width: 2
                    border.color: option.picked ? Theme.accent : Theme.textMuted
                    Rectangle {
                        anchors.centerIn: parent
                        width: 8
                        height: 8
                        radius: 4
                        visible: option.picked
                        color: Theme.accent
                    }
                }
                Label {
                    id: label
                    Layout.fillWidth: true
                    text: option.modelData.label
                    textFormat: Text.PlainText
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody
                    font.weight: option.picked ? Font.DemiBold : Font.Normal
                }
            }
            background: Rectangle {
                radius: Theme.radius
                color: option.picked ? Theme.accentSoft : (option.hovered ? Theme.surfaceRaised : Theme.surface)
                border.width: option.visualFocus ? 2 : 1
                border.color: option.visualFocus ? Theme.focusRing : Theme.border
            }
        }
    }
    TextLink {
        objectName: "skipQuestion"
        text: question.answered ? qsTr("Take this answer back") : qsTr("Skip this one")
        Accessible.name: question.answered ? qsTr("Take back the answer to question %1").arg(question.number)
                                           : qsTr("Skip question %1").arg(question.number)
        onClicked: question.skipped()
    }
}
