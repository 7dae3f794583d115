import QtQuick
import QtQuick.Controls
import Tideline
import Tideline.App

// The file chooser's shortcuts (PlacesModel): the folder used last time, Home, Documents,
// Desktop and the drives plugged in now, as small buttons that wrap on a narrow window.
Flow {
    id: bar

    property PlacesModel model
    // The folder shown, so its shortcut reads as the current one.
    property string current
    signal activated(string path)

    spacing: Theme.spaceS
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Places")

    Repeater {
        model: bar.model
        delegate: Button {
            id: place
            required property string label
            required property string path
            required property string kind
            readonly property bool here: bar.current === path
            objectName: "place_" + kind + "_" + label
            text: kind === "drive" ? qsTr("Drive: %1").arg(label) : label
            implicitHeight: 36
            font.pixelSize: Theme.fontBody
            Accessible.name: kind === "drive" ? qsTr("Go to the drive %1").arg(label)
                                              : qsTr("Go to %1").arg(label)
            Accessible.description: path
            onClicked: bar.activated(path)
            contentItem: Label {
                text: place.text
                font: place.font
                color: place.here ? Theme.textOnAccent : Theme.text
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideMiddle
            }
            background: Rectangle {
                implicitWidth: 64
                radius: Theme.radius
                color: place.here ? Theme.accent : (place.down || place.hovered ? Theme.border : Theme.surfaceRaised)
                border.width: place.visualFocus ? 3 : 1
                border.color: place.visualFocus ? Theme.focusRing : Theme.border
            }
        }
    }
}
