import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// How the chosen metric moves with the others, same day and next day, with the number of
// days behind each figure and a plain caution that moving together is not cause and effect.
ColumnLayout {
    id: list

    property TrendsModel model

    spacing: Theme.spaceS

    BodyText {
        objectName: "relationshipCaution"
        Layout.fillWidth: true
        muted: true
        text: list.model ? list.model.relationshipCaution() : ""
    }
    BodyText {
        Layout.fillWidth: true
        visible: list.model && list.model.relationships.length === 0
        text: qsTr("Nothing to compare yet: relationships appear once two measures have been recorded on the same days.")
    }
    Repeater {
        model: list.model ? list.model.relationships : []
        delegate: BodyText {
            required property var modelData
            required property int index
            objectName: "relationship_" + index
            Layout.fillWidth: true
            muted: !modelData.enough
            text: "• " + modelData.sentence
        }
    }
}
