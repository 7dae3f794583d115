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

    // A row of tabs wraps into two or three rows when the chosen text size (up to 200 %) or a
    // longer language leaves a tab too narrow for its name: the names keep the size the person
    // chose, and none is cut.
    readonly property int tabRows: vertical ? 1 : Math.ceil(titles.length / grid.columns)
    implicitHeight: vertical ? grid.implicitHeight : tabRows * 56

    // The names as the tabs draw them (the window's font), measured apart from the tabs so the
    // measure does not depend on the columns it decides. The chosen tab's bold name may be a
    // little wider: its type shrinks that little to fit (fontSizeMode below).
    Item {
        visible: false
        Repeater {
            id: tabNames
            model: bar.titles
            delegate: Label {
                required property string modelData
                text: modelData
                font.pixelSize: Theme.fontCaption
            }
        }
    }
    function tabColumns() {
        let widest = 1
        for (let i = 0; i < tabNames.count; ++i) {
            const name = tabNames.itemAt(i)
            if (name)
                widest = Math.max(widest, name.implicitWidth)
        }
        const room = bar.width - 2 * Theme.spaceXs
        const fit = Math.floor((room + Theme.spaceXs) / (widest + Theme.spaceXs))
        return Math.max(1, Math.min(bar.titles.length, fit))
    }
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
        columns: bar.vertical ? 1 : bar.tabColumns()
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
                Layout.preferredWidth: bar.vertical ? -1 : 1 // tabs share a row's width evenly
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
                    fontSizeMode: bar.vertical ? Text.FixedSize : Text.HorizontalFit
                    minimumPixelSize: Math.round(font.pixelSize * 0.85)
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
