import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// A page's own action in the top bar (Lock, Stop). On a phone the bar may give it less width
// than it asks for (TopBar keeps Quick exit readable first): its type then shrinks to fit.
Button {
    id: control

    // Whether its bar is compact (a phone): only then does it take the room the bar leaves it,
    // never stretching on a wide one.
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
