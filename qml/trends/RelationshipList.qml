import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// How the chosen metric moves with the others, same day and next day: in words first (how
// strongly, which way, on how many days), the number underneath for those who want it, and a
// plain caution that moving together is not cause and effect.
ColumnLayout {
    id: list

    property RelationshipModel model

    spacing: Theme.spaceM

    BodyText {
        objectName: "relationshipCaution"
        Layout.fillWidth: true
        muted: true
        text: list.model ? list.model.caution : ""
    }
    BodyText {
        Layout.fillWidth: true
        visible: list.model && list.model.count === 0
        text: qsTr("Nothing to compare yet: relationships appear once two measures have been recorded on the same days.")
    }
    Repeater {
        model: list.model
        delegate: ColumnLayout {
            id: row
            required property int index
            required property string pair
            required property string meaning
            required property string basis
            required property string figures
            required property string sentence
            required property bool enough
            objectName: "relationship_" + index
            Layout.fillWidth: true
            spacing: Theme.spaceXs
            Accessible.role: Accessible.StaticText
            Accessible.name: sentence

            BodyText {
                Layout.fillWidth: true
                text: row.pair
                font.weight: Font.DemiBold
                muted: !row.enough
            }
            BodyText {
                objectName: "relationshipMeaning"
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.meaning
            }
            BodyText {
                Layout.fillWidth: true
                muted: true
                text: row.basis
            }
            BodyText {
                objectName: "relationshipFigures"
                Layout.fillWidth: true
                visible: text.length > 0
                muted: true
                font.pixelSize: Theme.fontCaption
                text: row.figures
            }
        }
    }
}
