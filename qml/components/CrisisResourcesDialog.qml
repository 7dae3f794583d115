import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// Static support numbers only: nothing personal, nothing fetched, nothing logged.
Popup {
    id: popup

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spaceL : 420, 460)
    modal: true
    focus: true
    padding: Theme.spaceXl
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    background: Rectangle {
        radius: Theme.radiusLarge
        color: Theme.surface
        border.color: Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spaceM

        Heading {
            Layout.fillWidth: true
            text: qsTr("Support, whenever you need it")
        }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: qsTr("If you are in danger right now, call your local emergency number.")
        }
        Repeater {
            objectName: "crisisEntries"
            model: [
                { name: qsTr("National Domestic Violence Hotline (US)"), number: "800-799-7233",
                  note: qsTr("24/7, confidential") },
                { name: qsTr("NAMI HelpLine (US)"), number: "800-950-6264",
                  note: qsTr("Mental health support") },
                { name: qsTr("Emergency services"), number: qsTr("Your local emergency number"),
                  note: qsTr("For immediate danger") }
            ]
            delegate: Rectangle {
                required property var modelData
                Layout.fillWidth: true
                implicitHeight: entry.implicitHeight + 2 * Theme.spaceM
                radius: Theme.radius
                color: Theme.surfaceRaised
                Accessible.role: Accessible.StaticText
                Accessible.name: modelData.name + ", " + modelData.number + ". " + modelData.note

                ColumnLayout {
                    id: entry
                    anchors.fill: parent
                    anchors.margins: Theme.spaceM
                    spacing: 2
                    BodyText { Layout.fillWidth: true; text: modelData.name; font.weight: Font.DemiBold }
                    BodyText { Layout.fillWidth: true; text: modelData.number; font.pixelSize: Theme.fontLarge }
                    BodyText { Layout.fillWidth: true; text: modelData.note; muted: true; font.pixelSize: Theme.fontCaption }
                }
            }
        }
        Button {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Close")
            Accessible.name: text
            focus: true
            onClicked: popup.close()
        }
    }
}
