import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// Shown in the page (never as a pop-up) when thoughts of self-harm were logged above zero.
Rectangle {
    id: card

    implicitHeight: column.implicitHeight + 2 * Theme.spaceL
    radius: Theme.radiusLarge
    color: Theme.notice
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Support")

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceS
        BodyText {
            Layout.fillWidth: true
            color: Theme.textOnNotice
            text: qsTr("Thank you for noting that. Thoughts like these are heavy to carry, and you don't have "
                       + "to carry them alone. If talking to someone might help, support is here, day and night.")
        }
        CrisisLink {
            objectName: "supportCardLink"
            text: qsTr("See support lines")
        }
    }
}
