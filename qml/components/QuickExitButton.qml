import QtQuick
import QtQuick.Controls
import Tideline
import Tideline.App

// Hides Tideline at once and locks it. No question asked: speed is the point.
Button {
    id: control

    text: qsTr("Quick exit")
    implicitHeight: 40
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    Accessible.name: text
    Accessible.description: qsTr("Hides %1 at once and locks it. Shortcut: Control Shift Q.").arg(AppSettings.appName)
    ToolTip.visible: hovered || visualFocus
    ToolTip.delay: 600
    ToolTip.text: qsTr("Hide and lock %1 now (Ctrl+Shift+Q)").arg(AppSettings.appName)
    onClicked: Session.quickExit()

    contentItem: Label {
        text: control.text
        font: control.font
        color: Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // Given less width than it asks for (a phone at a large text size), the label's type
        // shrinks to fit rather than push the button past the window's edge.
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 13
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.down || control.hovered ? Theme.border : Theme.surfaceRaised
        border.width: control.visualFocus ? 3 : 1
        border.color: control.visualFocus ? Theme.focusRing : Theme.border
    }
}
