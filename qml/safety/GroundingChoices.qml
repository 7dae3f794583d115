import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// The three grounding tools as large, calm buttons; chosen(tool) says which.
ColumnLayout {
    id: choices

    signal chosen(string tool)

    spacing: Theme.spaceS

    Repeater {
        model: [
            { tool: "breathing", name: qsTr("Slow breathing"),
              about: qsTr("A gentle guide to breathe along with") },
            { tool: "senses", name: qsTr("5-4-3-2-1 senses"),
              about: qsTr("Notice the room around you, one sense at a time") },
            { tool: "bodyscan", name: qsTr("Body scan"),
              about: qsTr("A slow walk through the body, skipping anything you like") }
        ]
        delegate: ItemDelegate {
            required property var modelData
            objectName: "choose_" + modelData.tool
            Layout.fillWidth: true
            Accessible.name: qsTr("%1. %2", "a grounding tool, then what it does").arg(modelData.name).arg(modelData.about)
            onClicked: choices.chosen(modelData.tool)
            contentItem: ColumnLayout {
                spacing: 2
                BodyText { Layout.fillWidth: true; text: modelData.name; font.weight: Font.DemiBold }
                BodyText { Layout.fillWidth: true; text: modelData.about; muted: true; font.pixelSize: Theme.fontCaption }
            }
            background: Rectangle {
                radius: Theme.radius
                color: parent.down || parent.hovered ? Theme.accentSoft : Theme.surfaceRaised
                border.width: parent.visualFocus ? 2 : 0
                border.color: Theme.focusRing
            }
        }
    }
}
