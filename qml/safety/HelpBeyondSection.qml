import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Help beyond the support lines, for the region the person chose: where protection orders and
// legal help come from, and what a counselling or crisis centre offers. Web addresses are text to
// type (selectable), never links, so nothing opens a browser or lands in its history.
ColumnLayout {
    id: section

    property alias regionCode: help.regionCode

    spacing: Theme.spaceS

    HelpBeyondModel { id: help; objectName: "helpBeyondModel" }

    component GroupTitle: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceM
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    component HelpCard: Rectangle {
        id: card
        required property string kind
        required property string name
        required property string phone
        required property string address
        required property string note
        required property string sentence
        property string shownKind
        visible: kind === shownKind
        Layout.fillWidth: true
        implicitHeight: visible ? cardColumn.implicitHeight + 2 * Theme.spaceM : 0
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        Accessible.role: Accessible.StaticText
        Accessible.name: sentence

        ColumnLayout {
            id: cardColumn
            anchors.fill: parent
            anchors.margins: Theme.spaceM
            spacing: Theme.spaceXs
            BodyText { Layout.fillWidth: true; text: card.name; font.weight: Font.DemiBold }
            BodyText {
                Layout.fillWidth: true
                visible: card.phone.length > 0
                text: qsTr("Phone: %1").arg(card.phone)
            }
            TextEdit {
                objectName: "helpAddress"
                Layout.fillWidth: true
                visible: card.address.length > 0
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                color: Theme.text
                selectionColor: Theme.accent
                selectedTextColor: Theme.textOnAccent
                font.pixelSize: Theme.fontBody
                text: qsTr("On the web: %1").arg(card.address)
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            BodyText { Layout.fillWidth: true; muted: true; text: card.note }
        }
    }

    Heading { Layout.fillWidth: true; text: qsTr("Help beyond support lines") }
    BodyText {
        Layout.fillWidth: true
        muted: true
        text: qsTr("For the region of your support numbers. Whether to go to court, tell anyone or report "
                   + "anything is always your choice; these are there if and when you want them. Web addresses "
                   + "are shown to type into a browser you trust; a private window keeps them out of its history.")
    }

    GroupTitle { text: qsTr("Legal help and protection orders"); visible: help.legalCount > 0 }
    Repeater {
        objectName: "legalHelp"
        model: help
        delegate: HelpCard { shownKind: "legal" }
    }

    GroupTitle { text: qsTr("Counselling and crisis centres") }
    BodyText {
        Layout.fillWidth: true
        text: qsTr("A counselling or crisis centre is a place to talk to someone trained, be believed and get "
                   + "support after sexual violence, also when it was a partner. It is free and confidential in "
                   + "most places, and it does not make you report anything.")
    }
    Repeater {
        objectName: "centreHelp"
        model: help
        delegate: HelpCard { shownKind: "centre" }
    }
}
