import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// A button whose label wraps onto more lines rather than ask for more width than there is (a
// phone at a large text size, a longer language), so it never pushes a page past the window's
// edge. In a layout it may shrink below its natural width but never grows past it; in a Flow
// or a plain column it is never wider than its parent.
Button {
    id: control

    readonly property real naturalWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                                                  implicitContentWidth + leftPadding + rightPadding)

    implicitWidth: naturalWidth
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             contentItem.implicitHeight + topPadding + bottomPadding)
    // A layout sets the width itself (these two bindings then give way to it).
    width: parent && parent.width > 0 ? Math.min(naturalWidth, parent.width) : naturalWidth
    Layout.fillWidth: true
    Layout.maximumWidth: naturalWidth
    Layout.alignment: Qt.AlignLeft | Qt.AlignVCenter

    contentItem: Label {
        text: control.text
        font: control.font
        color: control.palette.buttonText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
}
