import QtQuick
import QtQuick.Controls
import Tideline

// The one main action of a screen: filled with the accent colour, large enough to hit easily.
Button {
    id: control

    // In a Flow or a filled layout: never wider than the parent, the label wrapping instead (a
    // phone at a large text size). Off by default: a parent sized by its children would loop.
    property bool fitsParent: false
    readonly property real room: fitsParent && parent && parent.width > 0 ? parent.width : Number.POSITIVE_INFINITY
    // What it asks for with its label on one line, whatever room it has (ActionRow reads it).
    readonly property real naturalWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                                                  implicitContentWidth + leftPadding + rightPadding)

    implicitWidth: Math.min(naturalWidth, room)
    implicitHeight: Math.max(Theme.controlHeight, contentItem.implicitHeight + topPadding + bottomPadding)
    leftPadding: Theme.spaceXl
    rightPadding: Theme.spaceXl
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    Accessible.name: text
    // Return and Enter press it too, as people expect of a screen's main button.
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    palette.buttonText: enabled ? Theme.textOnAccent : Theme.textMuted

    contentItem: Label {
        text: control.text
        font: control.font
        color: control.enabled ? Theme.textOnAccent : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: control.fitsParent ? Text.ElideNone : Text.ElideRight
        wrapMode: control.fitsParent ? Text.WordWrap : Text.NoWrap
    }
    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? Theme.surfaceRaised
             : (control.down || control.hovered) ? Theme.accentHover : Theme.accent
        border.width: control.visualFocus ? 3 : 0
        border.color: Theme.text
    }
}
