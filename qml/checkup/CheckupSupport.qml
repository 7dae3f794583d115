import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Shown right under a sensitive answer (PHQ-9 question 9 above "Not at all"), never as a
// pop-up: a calm word and the support lines of the person's region, with one tap to the rest.
Rectangle {
    id: card

    implicitHeight: column.implicitHeight + 2 * Theme.spaceL
    radius: Theme.radiusLarge
    color: Theme.notice
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Support")

    CrisisResourceModel { id: lines; personal: true }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceS
        BodyText {
            Layout.fillWidth: true
            color: Theme.textOnNotice
            text: qsTr("Thank you for answering that. Thoughts like these are heavy to carry, and you don't have "
                       + "to carry them alone. If talking to someone might help, support is here, day and night.")
        }
        Repeater {
            model: lines
            delegate: BodyText {
                required property string name
                required property string phone
                required property int index
                visible: index < 4
                Layout.fillWidth: true
                color: Theme.textOnNotice
                textFormat: Text.PlainText
                text: qsTr("%1: %2", "a support line and its phone number").arg(name).arg(phone)
                Accessible.name: text
            }
        }
        CrisisLink {
            objectName: "checkupSupportLink"
            text: qsTr("See all support lines")
        }
    }
}
