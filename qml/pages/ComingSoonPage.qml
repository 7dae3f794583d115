import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// A section that is not built yet says so, plainly and kindly.
Item {
    id: page

    property string title
    property string message

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spaceXl, Theme.contentMaxWidth)
        spacing: Theme.spaceM

        Heading { Layout.fillWidth: true; text: page.title }
        BodyText { objectName: "comingSoonMessage"; Layout.fillWidth: true; text: page.message; muted: true }
    }
}
