import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Paced breathing: a soft circle that grows while breathing in and shrinks while breathing
// out, at a rhythm the person picks. With "reduce motion" the circle stays still and a
// plain countdown guides instead. Nothing starts until the person presses Begin.
ColumnLayout {
    id: tool

    readonly property string title: qsTr("Slow breathing")
    // Each rhythm is a list of phases: what to do, and for how many seconds.
    readonly property var rhythms: [
        { name: qsTr("Calm, 4 and 4"), phases: [{ kind: "in", seconds: 4 }, { kind: "out", seconds: 4 }] },
        { name: qsTr("4-7-8"), phases: [{ kind: "in", seconds: 4 }, { kind: "hold", seconds: 7 },
                                        { kind: "out", seconds: 8 }] },
        { name: qsTr("Box, 4-4-4-4"), phases: [{ kind: "in", seconds: 4 }, { kind: "hold", seconds: 4 },
                                               { kind: "out", seconds: 4 }, { kind: "rest", seconds: 4 }] }
    ]
    property int rhythmIndex: 0
    property bool running: false
    property int phaseIndex: 0
    property int secondsLeft: 0
    readonly property var phase: rhythms[rhythmIndex].phases[phaseIndex]
    readonly property string phaseWords: phase.kind === "in" ? qsTr("Breathe in")
                                       : phase.kind === "out" ? qsTr("Breathe out")
                                       : phase.kind === "hold" ? qsTr("Hold gently")
                                       : qsTr("Rest")

    spacing: Theme.spaceL

    function begin() {
        phaseIndex = 0
        secondsLeft = phase.seconds
        running = true
    }
    function advance() {
        if (secondsLeft > 1) {
            secondsLeft -= 1
            return
        }
        phaseIndex = (phaseIndex + 1) % rhythms[rhythmIndex].phases.length
        secondsLeft = phase.seconds
    }

    Timer {
        interval: 1000
        repeat: true
        running: tool.running
        onTriggered: tool.advance()
    }

    BodyText {
        Layout.fillWidth: true
        muted: true
        text: qsTr("Pick a rhythm that feels comfortable. If any of it feels wrong, breathe however suits you, "
                   + "or stop: that is fine too.")
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        Repeater {
            model: tool.rhythms
            delegate: Button {
                id: rhythmButton
                required property var modelData
                required property int index
                objectName: "rhythm" + index
                text: modelData.name
                checkable: true
                checked: tool.rhythmIndex === index
                implicitHeight: 40
                leftPadding: Theme.spaceL
                rightPadding: Theme.spaceL
                Accessible.name: qsTr("Rhythm: %1").arg(text)
                onClicked: { tool.rhythmIndex = index; if (tool.running) tool.begin() }
                contentItem: Label {
                    text: rhythmButton.text
                    color: Theme.text
                    font.weight: rhythmButton.checked ? Font.DemiBold : Font.Normal
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: rhythmButton.checked ? Theme.accentSoft : Theme.surfaceRaised
                    border.width: rhythmButton.checked || rhythmButton.visualFocus ? 2 : 0
                    border.color: Theme.accent
                }
            }
        }
    }

    // The guide: a circle that breathes, or a still countdown when motion is reduced.
    Item {
        id: guide
        objectName: "breathingGuide"
        visible: !AppSettings.reduceMotion
        Layout.fillWidth: true
        Layout.preferredHeight: visible ? 230 : 0
        Accessible.ignored: true // the words below say the same

        Rectangle {
            id: circle
            objectName: "breathingCircle"
            anchors.centerIn: parent
            width: 220
            height: width
            radius: width / 2
            color: Theme.accentSoft
            border.color: Theme.accent
            border.width: 2
            // Small when empty, full when breathed in; held where it is during a hold.
            scale: !tool.running ? 0.5
                 : (tool.phase.kind === "in" || tool.phase.kind === "hold") ? 1.0
                 : 0.5
            Behavior on scale {
                enabled: !AppSettings.reduceMotion
                NumberAnimation { duration: tool.phase.seconds * 1000; easing.type: Easing.InOutSine }
            }
        }
    }
    Label {
        id: countdown
        objectName: "breathingWords"
        Layout.fillWidth: true
        Layout.topMargin: AppSettings.reduceMotion ? Theme.spaceXl : 0
        Layout.bottomMargin: AppSettings.reduceMotion ? Theme.spaceL : 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        color: Theme.text
        font.pixelSize: AppSettings.reduceMotion ? Theme.fontDisplay : Theme.fontLarge
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        // With reduce motion the seconds are counted in words; otherwise the circle shows time.
        text: !tool.running ? qsTr("Ready when you are")
                            : AppSettings.reduceMotion ? qsTr("%1 … %2").arg(tool.phaseWords).arg(tool.secondsLeft)
                                                       : tool.phaseWords
    }

    PrimaryButton {
        objectName: "breathingStartPause"
        Layout.alignment: Qt.AlignHCenter
        text: tool.running ? qsTr("Pause") : qsTr("Begin")
        onClicked: tool.running ? tool.running = false : tool.begin()
    }
}
