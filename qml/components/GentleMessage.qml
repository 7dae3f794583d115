import QtQuick
import QtQuick.Controls
import Tideline

// A calm message box for things the person should notice (a wrong try, a wait, damage).
// Soft sand colour, never alarm red; read out by screen readers when it appears.
Rectangle {
    id: box

    property alias text: label.text
    property bool concern: false
    // Shows a quiet "Hide" action; the owner clears the text when dismissed() arrives.
    property bool dismissible: false
    // The action's words, when "Hide" is not the right ones ("That was me").
    property string dismissText: qsTr("Hide")
    property string dismissDescription: qsTr("Hide this message")

    signal dismissed()

    visible: text.length > 0
    implicitHeight: Math.max(label.implicitHeight, hide.visible ? hide.implicitHeight : 0) + 2 * Theme.spaceM
    implicitWidth: label.implicitWidth + 2 * Theme.spaceL
    radius: Theme.radius
    color: Theme.notice

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spaceM
        anchors.leftMargin: Theme.spaceL
        anchors.rightMargin: hide.visible ? hide.width + Theme.spaceL : Theme.spaceL
        color: box.concern ? Theme.concern : Theme.textOnNotice
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }

    TextLink {
        id: hide
        objectName: "hideMessage"
        visible: box.dismissible
        anchors.right: parent.right
        anchors.rightMargin: Theme.spaceS
        anchors.verticalCenter: parent.verticalCenter
        text: box.dismissText
        color: box.concern ? Theme.concern : Theme.textOnNotice
        Accessible.name: box.dismissDescription
        onClicked: {
            hide.passFocusBeyond(box) // the link goes with the message
            box.dismissed()
        }
    }
}
