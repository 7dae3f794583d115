import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// On Today, only when a check-up the person chose is due: a gentle offer, never a reminder of
// anything missed. "Not now" and "Stop suggesting this" are one step each; nothing counts.
ColumnLayout {
    id: due

    signal take(string formKey)
    readonly property int dueCount: dueForms.count

    visible: dueForms.count > 0
    spacing: Theme.spaceS

    CheckupListModel { id: dueForms; objectName: "dueCheckups"; dueOnly: true }

    Repeater {
        model: dueForms
        delegate: Rectangle {
            id: card
            required property int index
            required property string key
            required property string name
            required property bool unfinished
            objectName: "dueCard_" + key
            Layout.fillWidth: true
            implicitHeight: cardColumn.implicitHeight + 2 * Theme.spaceL
            radius: Theme.radiusLarge
            color: Theme.surface
            border.color: Theme.border
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("%1 check-up").arg(name)

            ColumnLayout {
                id: cardColumn
                anchors.fill: parent
                anchors.margins: Theme.spaceL
                spacing: Theme.spaceS
                BodyText {
                    Layout.fillWidth: true
                    text: card.unfinished ? qsTr("Your %1 is waiting where you left it, whenever you want to carry on.").arg(card.name)
                                          : qsTr("Your %1 check-up is here, if you'd like to take it. It takes a few minutes.").arg(card.name)
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spaceS
                    PrimaryButton {
                        objectName: "dueTake_" + card.key
                        fitsParent: true
                        text: card.unfinished ? qsTr("Carry on") : qsTr("Take it now")
                        Accessible.name: qsTr("Take the %1 now").arg(card.name)
                        onClicked: due.take(card.key)
                    }
                    Button {
                        objectName: "dueNotNow_" + card.key
                        text: qsTr("Not now")
                        Accessible.name: qsTr("Not now: ask again in a few days")
                        onClicked: dueForms.notNow(card.index)
                    }
                }
                TextLink {
                    objectName: "dueStop_" + card.key
                    Layout.maximumWidth: cardColumn.width
                    text: qsTr("Stop suggesting this")
                    Accessible.name: qsTr("Stop suggesting the %1; I'll start it when I want to").arg(card.name)
                    onClicked: dueForms.stopSuggesting(card.index)
                }
            }
        }
    }
}
