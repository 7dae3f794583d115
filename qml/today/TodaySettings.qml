import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// What Today shows: the self-harm measure (off until turned on), the check-in's measures,
// the routine checklist and the kinds of prompts. Changes are saved at once.
Flickable {
    id: page

    contentHeight: column.implicitHeight + 2 * Theme.spaceXl
    contentWidth: width
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    MetricSettingsModel { id: metrics }
    RoutineSettingsModel { id: routineItems }
    DailyPrompt { id: prompts; Component.onCompleted: load() }

    component SectionTitle: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceL
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    component SmallButton: Button {
        Accessible.name: text
        font.pixelSize: Theme.fontCaption
    }

    ColumnLayout {
        id: column
        x: Math.max(Theme.spaceL, (page.width - width) / 2)
        y: Theme.spaceXl
        width: Math.min(page.width - 2 * Theme.spaceL, Theme.contentMaxWidth)
        spacing: Theme.spaceS

        // The sensitive measure, with its own gentle words.
        SectionTitle { text: qsTr("Thoughts of self-harm"); Layout.topMargin: 0 }
        Repeater {
            model: metrics
            // A Column with the width given: a nested layout would take the long text's width.
            delegate: Column {
                required property int index
                required property bool sensitive
                required property bool onToday
                visible: sensitive
                Layout.preferredWidth: column.width
                Layout.maximumWidth: column.width
                spacing: Theme.spaceS
                BodyText {
                    width: parent.width
                    text: qsTr("Some people find it helps to keep track of thoughts of hurting themselves, and "
                               + "some would rather not see the question at all. It stays off unless you turn it "
                               + "on. When it is on and you note anything above zero, Today shows where to find "
                               + "support, quietly, in the page.")
                }
                SettingSwitch {
                    objectName: sensitive ? "selfHarmSwitch" : ""
                    width: parent.width
                    text: qsTr("Ask about thoughts of self-harm in the check-in")
                    checked: onToday
                    onToggled: metrics.setOnToday(index, checked)
                }
            }
        }

        SectionTitle { text: qsTr("What the check-in asks") }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: qsTr("Untick what you'd rather not see; its history stays. The arrows change the order.")
        }
        GentleMessage { objectName: "metricSettingsError"; Layout.fillWidth: true; concern: true; text: metrics.lastError }
        Repeater {
            objectName: "metricSettingsRows"
            model: metrics
            delegate: EditableItemRow {
                required property bool sensitive
                required property bool builtin
                required property bool archived
                required property bool onToday
                required property string kindLabel
                required property string kind
                required property real minValue
                required property real maxValue
                visible: !sensitive
                Layout.preferredWidth: column.width
                Layout.maximumWidth: column.width
                itemName: "metric"
                detail: (kind === "boolean" ? kindLabel : qsTr("%1, %2 to %3").arg(kindLabel).arg(minValue).arg(maxValue))
                        + (archived ? qsTr(" · put away") : "")
                canArchive: !builtin
                canReshape: !builtin
                itemKind: kind
                kindLabelFor: (key) => metrics.kindLabel(key)
                itemMin: minValue
                itemMax: maxValue
                isArchived: archived
                shown: onToday
                onReshaped: (kind, minValue, maxValue) => metrics.reshape(index, kind, minValue, maxValue)
                onShownToggled: (shown) => metrics.setOnToday(index, shown)
                onRenamed: (text) => metrics.rename(index, text)
                onMoved: (direction) => metrics.move(index, direction)
                onArchiveToggled: (archive) => metrics.setArchived(index, archive)
            }
        }

        SectionTitle { text: qsTr("Add your own measure") }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            TextField {
                id: newMetricName
                objectName: "newMetricName"
                Layout.fillWidth: true
                placeholderText: qsTr("For example: pain, appetite")
                Accessible.name: qsTr("Name of the new measure")
            }
            ChoiceBox {
                id: newMetricKind
                objectName: "newMetricKind"
                Layout.preferredWidth: 130
                model: ["scale", "count", "hours", "boolean"]
                labelFor: (kind) => metrics.kindLabel(kind)
                displayText: labelFor(currentValue)
                Accessible.name: qsTr("Kind of measure")
            }
        }
        Flow {
            Layout.fillWidth: true
            visible: newMetricKind.currentValue !== "boolean"
            spacing: Theme.spaceS
            BodyText { text: qsTr("From"); height: newMin.height; verticalAlignment: Text.AlignVCenter }
            SpinBox { id: newMin; objectName: "newMetricMin"; from: 0; to: 1000; value: 0; editable: true; width: 120
                      Accessible.name: qsTr("Lowest value") }
            BodyText { text: qsTr("to"); height: newMin.height; verticalAlignment: Text.AlignVCenter }
            SpinBox {
                id: newMax
                objectName: "newMetricMax"
                width: 120
                from: 1
                to: newMetricKind.currentValue === "hours" ? 24 : 1000
                value: newMetricKind.currentValue === "hours" ? 24
                       : newMetricKind.currentValue === "count" ? 50 : MoodScale.maximum
                editable: true
                Accessible.name: qsTr("Highest value")
            }
        }
        PrimaryButton {
            objectName: "addMetric"
            fitsParent: true // its label wraps rather than widen the whole page ("Añadir la medida" at 200 %)
            text: qsTr("Add measure")
            onClicked: {
                const yesNo = newMetricKind.currentValue === "boolean"
                if (metrics.add(newMetricName.text, newMetricKind.currentValue,
                                yesNo ? 0 : newMin.value, yesNo ? 1 : newMax.value))
                    newMetricName.text = ""
            }
        }

        SectionTitle { text: qsTr("Healing routines") }
        GentleMessage { objectName: "routineSettingsError"; Layout.fillWidth: true; concern: true; text: routineItems.lastError }
        Repeater {
            objectName: "routineSettingsRows"
            model: routineItems
            delegate: EditableItemRow {
                required property bool builtin
                required property bool archived
                required property bool onToday
                Layout.preferredWidth: column.width
                Layout.maximumWidth: column.width
                itemName: "routine"
                detail: archived ? qsTr("put away") : ""
                canArchive: !builtin
                isArchived: archived
                shown: onToday
                onShownToggled: (shown) => routineItems.setOnToday(index, shown)
                onRenamed: (text) => routineItems.rename(index, text)
                onMoved: (direction) => routineItems.move(index, direction)
                onArchiveToggled: (archive) => routineItems.setArchived(index, archive)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            TextField {
                id: newRoutineName
                objectName: "newRoutineName"
                Layout.fillWidth: true
                placeholderText: qsTr("Your own routine item, e.g. stretch for five minutes")
                Accessible.name: qsTr("Name of the new routine item")
                onAccepted: addRoutine.clicked()
            }
            PrimaryButton {
                id: addRoutine
                objectName: "addRoutine"
                text: qsTr("Add")
                Accessible.name: qsTr("Add routine item")
                onClicked: if (routineItems.add(newRoutineName.text)) newRoutineName.text = ""
            }
        }

        SectionTitle { text: qsTr("Prompts") }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: qsTr("Today offers one prompt a day from the kinds you keep on.")
        }
        Repeater {
            model: prompts.kinds
            delegate: SettingSwitch {
                required property var modelData
                objectName: "promptKind_" + modelData.key
                Layout.fillWidth: true
                text: qsTr("%1 — %2", "a kind of prompt, then what its prompts are about").arg(modelData.label).arg(modelData.description)
                checked: modelData.shown
                onToggled: prompts.setKindShown(modelData.key, checked)
            }
        }
    }
}
