import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Settings → Bring in data: a Daylio export (CSV) or a Tideline export (JSON) added to this
// vault. The person chooses the kind and the file (Tideline's own file chooser, so the file stays
// out of the desktop's recent list), sees what will come in, decides where Daylio moods Tideline
// does not know belong, and confirms. All decisions and checks live in VaultImporter.
ColumnLayout {
    id: section

    property int format: VaultImporter.DaylioCsv

    spacing: Theme.spaceS

    VaultImporter { id: importer; objectName: "vaultImporter" }

    // Also the way a test hands over a file, as the chooser would.
    function inspectFile(path) {
        importer.inspect(path, section.format)
    }

    // 0 = not decided yet, then one choice for each value of the mood scale, then "leave the
    // mood out" (index MoodScale.values.length + 1).
    function moodChoiceChanged(name, index) {
        if (index === 0)
            importer.undecideMood(name)
        else if (index === MoodScale.values.length + 1)
            importer.decideMood(name, -1)
        else
            importer.decideMood(name, MoodScale.minimum + index - 1)
    }

    component WrappingRadio: RadioButton {
        id: radio
        Layout.fillWidth: true
        contentItem: Label {
            leftPadding: radio.indicator.width + radio.spacing
            text: radio.text
            color: Theme.text
            font: radio.font
            wrapMode: Text.WordWrap
            verticalAlignment: Text.AlignVCenter
        }
        Accessible.name: text
    }

    BodyText {
        Layout.fillWidth: true
        text: qsTr("Bring in what you kept elsewhere: an export from Daylio (CSV), or a file exported from "
                   + "%1 (JSON). Nothing already here is changed or removed.").arg(AppSettings.appName)
    }
    WrappingRadio {
        objectName: "importKindDaylio"
        text: qsTr("From Daylio (a CSV export)")
        checked: section.format === VaultImporter.DaylioCsv
        enabled: !importer.progress.running
        onClicked: { section.format = VaultImporter.DaylioCsv; importer.clear() }
    }
    WrappingRadio {
        objectName: "importKindJson"
        text: qsTr("From %1 (a JSON export)").arg(AppSettings.appName)
        checked: section.format === VaultImporter.TidelineJson
        enabled: !importer.progress.running
        onClicked: { section.format = VaultImporter.TidelineJson; importer.clear() }
    }
    Button {
        objectName: "importChooseFile"
        Layout.fillWidth: true
        enabled: !importer.progress.running
        text: importer.ready ? qsTr("Choose another file…") : qsTr("Choose the file…")
        Accessible.name: section.format === VaultImporter.DaylioCsv
                         ? qsTr("Choose the Daylio CSV file to bring in")
                         : qsTr("Choose the %1 JSON file to bring in").arg(AppSettings.appName)
        onClicked: chooser.open()
    }
    TaskProgressBar {
        objectName: "importProgress"
        Layout.fillWidth: true
        task: importer.progress
        what: qsTr("Bringing in your file")
    }
    GentleMessage {
        objectName: "importMessage"
        Layout.fillWidth: true
        concern: importer.lastError.length > 0
        text: importer.lastError.length > 0 ? importer.lastError : importer.result
    }

    ColumnLayout {
        objectName: "importPreviewBox"
        Layout.fillWidth: true
        visible: importer.ready && !importer.progress.running
        spacing: Theme.spaceS

        BodyText {
            Layout.fillWidth: true
            font.weight: Font.DemiBold
            text: importer.fileName
        }
        BodyText {
            objectName: "importPreview"
            Layout.fillWidth: true
            text: importer.preview
        }
        BodyText {
            Layout.fillWidth: true
            visible: importer.unknownMoods.length > 0
            text: qsTr("Daylio's own moods go onto %1's %2 to %3 scale as rad 9, good 7, meh 5, bad 3 and "
                       + "awful 1. These moods are your own, so %1 will not guess: please give each a value, "
                       + "or leave that mood out (its notes and activities still come in).")
                  .arg(AppSettings.appName).arg(MoodScale.minimum).arg(MoodScale.maximum)
        }
        Repeater {
            model: importer.unknownMoods
            delegate: GridLayout {
                id: moodRow
                required property string modelData
                Layout.fillWidth: true
                columns: section.width < 440 ? 1 : 2
                columnSpacing: Theme.spaceM
                rowSpacing: Theme.spaceXs
                // The same width in every row, so the lists line up under each other.
                BodyText {
                    Layout.fillWidth: moodRow.columns === 1
                    Layout.preferredWidth: moodRow.columns === 1 ? -1 : 180
                    Layout.maximumWidth: moodRow.columns === 1 ? Number.POSITIVE_INFINITY : 180
                    Layout.alignment: Qt.AlignVCenter
                    elide: Text.ElideRight
                    wrapMode: Text.NoWrap
                    text: moodRow.modelData
                }
                ChoiceBox {
                    objectName: "moodChoice_" + moodRow.modelData
                    Layout.fillWidth: true
                    Layout.preferredWidth: 220
                    model: MoodScale.values.length + 2
                    labelFor: (i) => i === 0 ? qsTr("Choose a value")
                                  : i === 1 ? qsTr("%1, the lowest").arg(MoodScale.minimum)
                                  : i === MoodScale.values.length ? qsTr("%1, the highest").arg(MoodScale.maximum)
                                  : i === MoodScale.values.length + 1 ? qsTr("Leave this mood out")
                                  : String(MoodScale.minimum + i - 1)
                    displayText: labelFor(currentIndex)
                    Accessible.name: qsTr("Value for the Daylio mood %1").arg(moodRow.modelData)
                    onActivated: (index) => section.moodChoiceChanged(moodRow.modelData, index)
                }
            }
        }
        BodyText {
            objectName: "importMoodsLeft"
            Layout.fillWidth: true
            muted: true
            visible: importer.moodsLeft > 0
            text: importer.moodsLeft === 1 ? qsTr("1 mood still to decide.")
                                           : qsTr("%n moods still to decide.", "", importer.moodsLeft)
        }
        GridLayout {
            Layout.fillWidth: true
            columns: section.width < 440 ? 1 : 2
            columnSpacing: Theme.spaceS
            rowSpacing: Theme.spaceS
            PrimaryButton {
                objectName: "importConfirm"
                Layout.fillWidth: true
                text: qsTr("Bring it in")
                enabled: importer.ready && importer.moodsLeft === 0
                Accessible.name: qsTr("Bring this file into %1").arg(AppSettings.appName)
                onClicked: importer.importChosen()
            }
            Button {
                objectName: "importCancel"
                Layout.fillWidth: true
                text: qsTr("Not now")
                Accessible.name: qsTr("Do not bring this file in")
                onClicked: importer.clear()
            }
        }
    }

    FileChooser {
        id: chooser
        objectName: "importFileChooser"
        mode: FileChooser.Open
        title: section.format === VaultImporter.DaylioCsv ? qsTr("Choose the Daylio export")
                                                          : qsTr("Choose the %1 export").arg(AppSettings.appName)
        nameFilters: section.format === VaultImporter.DaylioCsv ? ["*.csv"] : ["*.json"]
        onChosen: (path) => section.inspectFile(path)
    }
}
