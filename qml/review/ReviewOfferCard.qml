import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// On Today, once a month: a quiet offer to look back at the month just gone (the Review page).
// "Not this month" folds it away until next month and "Stop offering this" for good (Settings
// turns it back on). Nothing is counted, and a month without a look back is never mentioned.
Rectangle {
    id: card

    signal lookBack()
    readonly property bool offered: offer.offered

    visible: offer.offered
    implicitHeight: visible ? cardColumn.implicitHeight + 2 * Theme.spaceL : 0
    radius: Theme.radiusLarge
    color: Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("A look back at %1").arg(offer.lastMonthName)

    ReviewOffer { id: offer; objectName: "reviewOffer" }

    ColumnLayout {
        id: cardColumn
        anchors.fill: parent
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceS

        BodyText {
            Layout.fillWidth: true
            text: qsTr("A new month has begun. If you'd like, you can look back at how %1 went next to the month "
                       + "before, and write a few lines about it. It takes a few minutes, and there is no right "
                       + "answer.").arg(offer.lastMonthName)
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            PrimaryButton {
                objectName: "reviewOfferLook"
                text: qsTr("Look back")
                Accessible.name: qsTr("Look back at %1").arg(offer.lastMonthName)
                onClicked: {
                    offer.accept()
                    card.lookBack()
                }
            }
            Button {
                objectName: "reviewOfferNotNow"
                text: qsTr("Not this month")
                Accessible.name: qsTr("Not this month: put this away until next month")
                onClicked: offer.notThisMonth()
            }
        }
        TextLink {
            objectName: "reviewOfferStop"
            Layout.maximumWidth: cardColumn.width
            text: qsTr("Stop offering this")
            Accessible.name: qsTr("Stop offering a monthly look back; Settings can turn it on again")
            onClicked: offer.enabled = false
        }
    }
}
