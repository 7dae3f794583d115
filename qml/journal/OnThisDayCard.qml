import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// "On this day": what the person wrote on this date in earlier years. Old words can hurt to
// meet by surprise, so the card can be set aside for today or turned off right here, in one
// step (Settings turns it back on). Entries marked sensitive never appear in it. Hidden when
// there is nothing to show.
Rectangle {
    id: card

    signal openRequested(var entryId)

    // Set when the person turned it off from the card: a line says where to turn it back on.
    property bool turnedOffHere: false

    visible: earlier.count > 0 || card.turnedOffHere
    implicitHeight: visible ? column.implicitHeight + 2 * Theme.spaceM : 0
    radius: Theme.radiusLarge
    color: Theme.accentSoft
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("On this day in earlier years")

    OnThisDayModel { id: earlier }
    OnThisDayChoice { id: choice }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spaceM
        spacing: Theme.spaceS

        Label {
            Layout.fillWidth: true
            text: qsTr("On this day")
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        BodyText {
            objectName: "onThisDayOff"
            Layout.fillWidth: true
            visible: card.turnedOffHere
            text: qsTr("“On this day” is off. You can turn it back on in Settings, under Journal.")
        }
        Repeater {
            model: earlier
            delegate: EntryRow {
                objectName: "onThisDayRow"
                required property int yearsAgo
                Layout.fillWidth: true
                caption: yearsAgo === 1 ? qsTr("1 year ago") : qsTr("%n years ago", "", yearsAgo)
                onOpenRequested: (id) => card.openRequested(id)
            }
        }
        Flow {
            Layout.fillWidth: true
            visible: !card.turnedOffHere
            spacing: Theme.spaceM
            TextLink {
                objectName: "onThisDayNotToday"
                text: qsTr("Not today")
                Accessible.name: qsTr("Hide “on this day” until tomorrow")
                onClicked: choice.setAsideForToday()
            }
            TextLink {
                objectName: "onThisDayTurnOff"
                text: qsTr("Don't show this")
                Accessible.name: qsTr("Turn off “on this day”; Settings can turn it back on")
                onClicked: {
                    card.turnedOffHere = true
                    choice.turnedOn = false
                }
            }
        }
        GentleMessage { Layout.fillWidth: true; concern: true; text: choice.lastError }
    }
}
