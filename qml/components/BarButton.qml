import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// A page's own action in the top bar (Lock, Stop). On a phone the bar may give it less width
// than it asks for (TopBar keeps Quick exit readable first): its type then shrinks to fit.
Button {
    id: control

    // The bar this button sits in; it takes the room the bar leaves it only on a compact bar.
    property bool inCompactBar: false

    Layout.fillWidth: inCompactBar
    Accessible.name: text

    contentItem: Label {
        text: control.text
        font: control.font
        color: control.palette.buttonText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 13
        elide: Text.ElideRight
    }
}
