import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Routine items: "done on N of M days" and a small bar per week for the latest weeks.
ColumnLayout {
    id: list

    property AdherenceModel model

    spacing: Theme.spaceM

    Repeater {
        model: list.model
        delegate: ColumnLayout {
            id: routine
            required property string sentence
            required property var weeks
            required property int index
            objectName: "adherence_" + index
            Layout.fillWidth: true
            spacing: Theme.spaceXs
            Accessible.role: Accessible.StaticText
            Accessible.name: sentence

            BodyText { Layout.fillWidth: true; text: routine.sentence }
            Row {
                spacing: 3
                Repeater {
                    model: routine.weeks
                    delegate: Item {
                        required property var modelData
                        width: 10
                        height: 22
                        Rectangle {
                            anchors.bottom: parent.bottom
                            width: parent.width
                            height: Math.max(2, parent.height * modelData)
                            radius: 2
                            color: modelData > 0 ? Theme.accent : Theme.border
                        }
                    }
                }
            }
        }
    }
}
