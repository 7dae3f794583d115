import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// The folders (and, for opening, the files) of the folder being shown. From the keyboard: the
// arrows move, Return opens a folder or picks a file, Backspace goes up a folder.
ListView {
    id: list

    property bool saving: true
    // The file picked (Open), drawn as chosen.
    property string selectedPath
    signal folderActivated(string path)
    signal fileActivated(string path, string name)
    signal fileSelected(string path, string name)
    signal upRequested()

    clip: true
    spacing: 2
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}
    keyNavigationEnabled: true
    activeFocusOnTab: true
    currentIndex: count > 0 ? 0 : -1
    Accessible.role: Accessible.List
    Accessible.name: qsTr("What is in this folder")

    function activate(item) {
        if (!item)
            return
        if (item.isFolder)
            list.folderActivated(item.path)
        else
            list.fileActivated(item.path, item.name)
    }
    Keys.onReturnPressed: activate(currentItem)
    Keys.onEnterPressed: activate(currentItem)
    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Backspace) {
            list.upRequested()
            event.accepted = true
        }
    }

    highlightFollowsCurrentItem: true
    highlightMoveDuration: Theme.motionShort
    highlight: Rectangle {
        z: 2
        visible: list.activeFocus
        radius: Theme.radius
        color: "transparent"
        border.width: 2
        border.color: Theme.focusRing
    }

    delegate: ItemDelegate {
        id: row
        required property int index
        required property string name
        required property string path
        required property bool isFolder
        readonly property bool chosen: !isFolder && path === list.selectedPath
        width: ListView.view.width
        height: Math.max(Theme.controlHeight, content.implicitHeight + 2 * Theme.spaceXs)
        focusPolicy: Qt.NoFocus // the list holds the keyboard; rows take clicks
        Accessible.name: isFolder ? qsTr("Folder %1").arg(name) : qsTr("File %1").arg(name)
        onClicked: {
            list.currentIndex = index
            list.forceActiveFocus()
            if (isFolder)
                list.folderActivated(path)
            else
                list.fileSelected(path, name)
        }
        onDoubleClicked: if (!isFolder) list.fileActivated(path, name)
        background: Rectangle {
            radius: Theme.radius
            color: row.chosen ? Theme.accentSoft : (row.hovered ? Theme.surfaceRaised : "transparent")
        }
        contentItem: RowLayout {
            id: content
            spacing: Theme.spaceM
            // A folder is a filled tab-and-body shape; a file an outlined sheet. No icon font needed.
            Item {
                Layout.preferredWidth: 20
                Layout.preferredHeight: 16
                Rectangle {
                    visible: row.isFolder
                    x: 0; y: 0; width: 9; height: 5; radius: 1.5
                    color: Theme.accent
                }
                Rectangle {
                    visible: row.isFolder
                    x: 0; y: 3; width: 20; height: 13; radius: 2.5
                    color: Theme.accent
                }
                Rectangle {
                    visible: !row.isFolder
                    x: 4; y: 0; width: 12; height: 16; radius: 1.5
                    color: "transparent"
                    border.width: 1.5
                    border.color: Theme.textMuted
                    // Two lines of "writing", so it reads as a page and not as a tick box.
                    Column {
                        x: 3; y: 5; spacing: 3
                        Repeater {
                            model: 2
                            Rectangle { width: 6; height: 1.5; color: Theme.textMuted }
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                text: row.name
                textFormat: Text.PlainText
                color: row.isFolder || !list.saving ? Theme.text : Theme.textMuted
                font.pixelSize: Theme.fontBody
                elide: Text.ElideMiddle
            }
        }
    }
}
