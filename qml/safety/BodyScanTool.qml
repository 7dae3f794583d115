import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// A short body scan, one step at a time, in words written for Tideline. Every step offers a
// way around it: some places in the body can feel unsafe to notice, and skipping is fine.
ColumnLayout {
    id: tool

    readonly property string title: qsTr("Body scan")
    readonly property var steps: [
        qsTr("Find a position that feels all right for now, sitting or lying down. You can keep your eyes open "
             + "and rest them on one spot, or close them if that feels better."),
        qsTr("Notice where your body is held up: the floor under your feet, the seat under you, your back against "
             + "something. Let it take a little of your weight."),
        qsTr("Bring your attention to your feet. Warm, cool, heavy, tingling, or nothing much at all. Whatever you "
             + "find is fine."),
        qsTr("Move up to your legs and knees. If there is tension, you don't have to change it. Just notice it is "
             + "there."),
        qsTr("Notice your hands. You might press your fingertips together, or rest them on something with a "
             + "texture you like."),
        qsTr("Notice your shoulders. If they have risen, see whether they would like to drop a little. If not, "
             + "that's all right."),
        qsTr("Notice your jaw and your forehead. Some people like to let the jaw loosen and the tongue rest. Do "
             + "only what feels comfortable."),
        qsTr("If any part of your body feels uncomfortable to notice, you can skip it, move your attention "
             + "somewhere neutral like your hands, or open your eyes and look around the room."),
        qsTr("Take one slower breath, if you like. Notice the room around you: what you can see, what you can hear."),
        qsTr("That's the end of the scan. Thank you for taking this time. You can come back to it whenever you "
             + "want, or not at all.")
    ]
    property int step: 0

    signal done()

    spacing: Theme.spaceL

    BodyText {
        objectName: "bodyScanProgress"
        Layout.fillWidth: true
        muted: true
        text: qsTr("Step %1 of %2. Go at your own pace; you can stop at any moment.").arg(tool.step + 1)
                                                                                     .arg(tool.steps.length)
    }
    BodyText {
        objectName: "bodyScanText"
        Layout.fillWidth: true
        // Room for the longest step, so the buttons below stay where the hand left them.
        Layout.minimumHeight: Theme.fontLarge * 1.25 * 5
        font.pixelSize: Theme.fontLarge
        text: tool.steps[tool.step]
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceM
        Button {
            objectName: "bodyScanBack"
            text: qsTr("Back")
            visible: tool.step > 0
            Accessible.name: qsTr("Back to the previous step")
            onClicked: tool.step -= 1
        }
        Item { Layout.fillWidth: true }
        PrimaryButton {
            objectName: "bodyScanNext"
            text: tool.step === tool.steps.length - 1 ? qsTr("Finish") : qsTr("Next")
            onClicked: tool.step === tool.steps.length - 1 ? tool.done() : tool.step += 1
        }
    }
}
