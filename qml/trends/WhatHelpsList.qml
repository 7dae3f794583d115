import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// What seems to help: the chosen measure on days with each routine (or tag) against the other
// days, in one plain sentence each with the days on both sides, a small pair of bars for those
// who read pictures first, and the caution that this is not cause and effect.
ColumnLayout {
    id: list

    property WhatHelpsModel model
    // The measure's scale, for the bars.
    property real scaleMin: 0
    property real scaleMax: 10

    spacing: Theme.spaceM

    BodyText {
        objectName: "whatHelpsCaution"
        Layout.fillWidth: true
        muted: true
        text: list.model ? list.model.caution : ""
    }
    BodyText {
        objectName: "whatHelpsEmpty"
        Layout.fillWidth: true
        visible: list.model && list.model.count === 0
        text: qsTr("Nothing to compare yet: this appears once a routine has been ticked, or an entry tagged, on "
                   + "enough days with this measure recorded, and on enough days without.")
    }
    Repeater {
        model: list.model
        delegate: ColumnLayout {
            id: row
            required property int index
            required property string sentence
            required property var meanWith
            required property var meanWithout
            objectName: "whatHelps_" + index
            Layout.fillWidth: true
            spacing: Theme.spaceXs
            Accessible.role: Accessible.StaticText
            Accessible.name: sentence

            BodyText { objectName: "whatHelpsSentence"; Layout.fillWidth: true; text: row.sentence }
            // The two bars (with it, without it) sized within the row, never wider than it: a
            // bar's width from the row's would feed back into the row's own width in a layout.
            Repeater {
                model: [row.meanWith, row.meanWithout]
                delegate: Item {
                    id: barSlot
                    required property var modelData
                    required property int index
                    readonly property real share: list.scaleMax > list.scaleMin
                        ? Math.max(0, Math.min(1, (modelData - list.scaleMin) / (list.scaleMax - list.scaleMin))) : 0
                    Layout.fillWidth: true
                    implicitHeight: 6
                    Accessible.ignored: true
                    Rectangle {
                        width: Math.max(4, barSlot.share * barSlot.width * 0.6)
                        height: parent.height
                        radius: 3
                        color: barSlot.index === 0 ? Theme.accent : Theme.textMuted
                    }
                }
            }
        }
    }
    BodyText {
        objectName: "whatHelpsNotEnough"
        Layout.fillWidth: true
        visible: text.length > 0
        muted: true
        text: list.model ? list.model.notEnoughSentence : ""
    }
}
