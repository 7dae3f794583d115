import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// "On this day": what the person wrote on this date in earlier years. Hidden when there is
// nothing; sensitive entries stay covered until tapped.
Rectangle {
    id: card

    signal openRequested(var entryId)

    visible: earlier.count > 0
    implicitHeight: visible ? column.implicitHeight + 2 * Theme.spaceM : 0
    radius: Theme.radiusLarge
    color: Theme.accentSoft
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("On this day in earlier years")

    OnThisDayModel { id: earlier }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spaceM
        spacing: Theme.spaceS

        Label {
            text: qsTr("On this day")
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Repeater {
            model: earlier
            delegate: EntryRow {
                objectName: "onThisDayRow"
                required property int yearsAgo
                Layout.fillWidth: true
                caption: yearsAgo === 1 ? qsTr("1 year ago") : qsTr("%1 years ago").arg(yearsAgo)
                onOpenRequested: (id) => card.openRequested(id)
            }
        }
    }
}
