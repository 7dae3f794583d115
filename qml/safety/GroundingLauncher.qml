import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// A quiet button that offers the grounding tools (slow breathing, 5-4-3-2-1 senses, body
// scan) and runs the one chosen over the whole window; each can be left at any moment.
//
// Usage, from any unlocked page (Today, the journal editor, …):
//     GroundingLauncher { }                        // "Grounding tools" button with a chooser
//     GroundingLauncher { text: qsTr("Breathe") }  // another label, same chooser
//     launcher.start("breathing")                  // or "senses", "bodyscan": skip the chooser
// It needs nothing from its page; the overlay parents itself to the window's Overlay.
WrappingButton {
    id: launcher

    text: qsTr("Grounding tools")
    Accessible.name: text
    Accessible.description: qsTr("Short exercises for a hard moment: breathing, noticing, a body scan")
    onClicked: chooser.open()

    function start(tool) {
        chooser.close()
        overlay.start(tool)
    }

    CalmPopup {
        id: chooser
        objectName: "groundingChooser"
        preferredWidth: 440

        contentItem: ColumnLayout {
            spacing: Theme.spaceM
            Heading { Layout.fillWidth: true; text: qsTr("Something to steady you") }
            BodyText {
                Layout.fillWidth: true
                muted: true
                text: qsTr("Pick whichever feels right. You can stop any of them at any moment.")
            }
            GroundingChoices {
                Layout.fillWidth: true
                onChosen: (tool) => launcher.start(tool)
            }
            Button {
                Layout.alignment: Qt.AlignRight
                text: qsTr("Not now")
                Accessible.name: text
                onClicked: chooser.close()
            }
        }
    }

    GroundingOverlay { id: overlay; objectName: "groundingOverlay" }
}
