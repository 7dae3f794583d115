import QtQuick
import QtQuick.Controls
import Tideline

// A check box whose words wrap onto more lines rather than ask for more width than there is (a
// phone at a large text size, a longer language); the Basic style's label elides them instead.
// In a Flow or a plain column it is never wider than its parent; a layout sets its width itself.
CheckBox {
    id: control

    readonly property real naturalWidth: implicitContentWidth + leftPadding + rightPadding

    implicitWidth: naturalWidth
    implicitHeight: Math.max(implicitIndicatorHeight, contentItem.implicitHeight) + topPadding + bottomPadding
    width: parent && parent.width > 0 ? Math.min(naturalWidth, parent.width) : naturalWidth
    font.pixelSize: Theme.fontBody
    Accessible.name: text

    contentItem: Label {
        leftPadding: control.indicator.width + control.spacing
        text: control.text
        font: control.font
        color: Theme.text
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }
}
