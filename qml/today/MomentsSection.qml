import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// "Log a moment" and the moments of the day shown, with the grounding tools beside the button:
// a hard moment is when a person may want to breathe or notice the room first.
ColumnLayout {
    id: section

    required property var moments // a MomentsModel
    property alias groundingSlot: groundingSlot

    spacing: Theme.spaceS

    Flow {
        Layout.fillWidth: true
        visible: !formLoader.active || groundingSlot.children.length > 0
        spacing: Theme.spaceS
        WrappingButton {
            id: logButton
            objectName: "logMoment"
            text: qsTr("Log a hard moment")
            Accessible.name: qsTr("Log a flashback, nightmare, panic or trigger")
            visible: !formLoader.active
            onClicked: formLoader.active = true
        }
        Flow {
            id: groundingSlot
            objectName: "groundingSlot"
            spacing: Theme.spaceS
            // As wide as its buttons ask, never wider than the section: their labels wrap instead
            // (a phone at a large text size). Implicit widths only, so no layout loop.
            readonly property real naturalWidth: {
                let total = -spacing
                for (let i = 0; i < children.length; ++i) {
                    if (children[i].visible)
                        total += children[i].implicitWidth + spacing
                }
                return Math.max(0, total)
            }
            width: parent && parent.width > 0 ? Math.min(naturalWidth, parent.width) : naturalWidth
            GroundingLauncher { objectName: "todayGrounding" }
        }
    }

    Loader {
        id: formLoader
        Layout.fillWidth: true
        // A Loader keeps its last size after unloading; tie it to the form explicitly.
        Layout.preferredHeight: active && item ? item.implicitHeight : 0
        visible: active
        active: false
        sourceComponent: MomentForm {
            moments: section.moments
            // Later: the form's own Save handler is still running when it finishes.
            onFinished: Qt.callLater(() => { formLoader.active = false; logButton.forceActiveFocus() })
        }
        onLoaded: item.forceActiveFocus()
    }

    // Folded by default, so a day of many moments does not push the check-in away.
    property bool listShown: false
    TextLink {
        objectName: "toggleMoments"
        // As wide as its words, narrower (they wrap) where there is less room. A layout gives a
        // child that does not fill its full width whatever the room, and Today's whole column
        // grew with it ("1 momento anotado · ver" at 200 % pushed every card past a phone's edge).
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        visible: section.moments.count > 0
        text: section.listShown ? qsTr("Hide the moments logged")
            : section.moments.count === 1 ? qsTr("1 moment logged · show")
            : qsTr("%n moments logged · show", "", section.moments.count)
        Accessible.name: section.listShown ? qsTr("Hide the moments logged this day")
                                           : qsTr("Show the moments logged this day")
        onClicked: section.listShown = !section.listShown
    }

    Repeater {
        model: section.listShown ? section.moments : null
        delegate: Rectangle {
            id: entry
            required property int index
            required property string kindLabel
            required property string time
            required property int intensity
            required property string trigger
            required property string place
            required property string bodySensations
            required property string whatHelped
            objectName: "moment_" + index
            Layout.fillWidth: true
            implicitHeight: entryColumn.implicitHeight + 2 * Theme.spaceM
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                id: entryColumn
                anchors.fill: parent
                anchors.margins: Theme.spaceM
                spacing: 2
                GridLayout { // "Remove" goes under the moment where a word would not fit beside it (200 %)
                    Layout.fillWidth: true
                    columns: width < 260 * Theme.fontScale ? 1 : 2
                    columnSpacing: Theme.spaceS
                    rowSpacing: 0
                    BodyText {
                        Layout.fillWidth: true
                        text: entry.intensity >= 0
                              ? qsTr("%1 · %2 · intensity %3").arg(entry.time).arg(entry.kindLabel).arg(entry.intensity)
                              : qsTr("%1 · %2").arg(entry.time).arg(entry.kindLabel)
                    }
                    TextLink {
                        objectName: "removeMoment_" + entry.index
                        text: qsTr("Remove")
                        Accessible.name: qsTr("Remove this moment")
                        onClicked: section.moments.remove(entry.index)
                    }
                }
                Repeater {
                    model: [
                        { label: qsTr("Set off by"), text: entry.trigger },
                        { label: qsTr("Where"), text: entry.place },
                        { label: qsTr("In the body"), text: entry.bodySensations },
                        { label: qsTr("What helped"), text: entry.whatHelped }
                    ].filter(note => note.text.length > 0)
                    delegate: BodyText {
                        required property var modelData
                        Layout.fillWidth: true
                        muted: true
                        text: qsTr("%1: %2", "what a note of a moment is about (Where, What helped…), then the words").arg(modelData.label).arg(modelData.text)
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
