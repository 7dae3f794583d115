import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// The section switcher: a column of entries on wide windows, a row of tabs on narrow ones.
Rectangle {
    id: bar

    property bool vertical: true
    property var titles: []
    property int current: 0
    signal activated(int index)

    implicitHeight: vertical ? grid.implicitHeight : 56
    color: Theme.surfaceRaised
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Sections")

    Rectangle {   // the hairline that separates the bottom bar from the page
        visible: !bar.vertical
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: 1
        color: Theme.border
    }

    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.margins: bar.vertical ? Theme.spaceS : Theme.spaceXs
        columns: bar.vertical ? 1 : Math.max(1, bar.titles.length)
        rowSpacing: Theme.spaceXs
        columnSpacing: Theme.spaceXs

        Repeater {
            model: bar.titles
            delegate: AbstractButton {
                id: entry
                required property string modelData
                required property int index
                objectName: "nav" + modelData
                Layout.fillWidth: true
                Layout.fillHeight: !bar.vertical
                Layout.alignment: Qt.AlignTop
                implicitHeight: 44
                text: modelData
                // Not checkable: a click on the page already shown must not toggle its mark off.
                checked: bar.current === index
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.PageTab
                Accessible.name: text
                onClicked: bar.activated(index)
                Keys.onReturnPressed: bar.activated(index)

                contentItem: Label {
                    text: entry.text
                    color: entry.checked ? Theme.accent : Theme.text
                    font.pixelSize: bar.vertical ? Theme.fontBody : Theme.fontCaption
                    font.weight: entry.checked ? Font.DemiBold : Font.Normal
                    horizontalAlignment: bar.vertical ? Text.AlignLeft : Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    leftPadding: bar.vertical ? Theme.spaceM : 0
                    elide: Text.ElideRight
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: entry.checked ? Theme.accentSoft : (entry.hovered ? Theme.border : "transparent")
                    border.width: entry.visualFocus ? 2 : 0
                    border.color: Theme.focusRing
                }
            }
        }
        Item { visible: bar.vertical; Layout.fillHeight: true }
    }
}
