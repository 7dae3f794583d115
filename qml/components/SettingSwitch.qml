import QtQuick
import QtQuick.Controls
import Tideline

// An on/off setting whose label wraps instead of being cut off on narrow windows.
Switch {
    id: control

    Accessible.name: text
    contentItem: BodyText {
        text: control.text
        leftPadding: control.indicator.width + control.spacing
        verticalAlignment: Text.AlignVCenter
    }
}
