import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Records of the period with a tick box each, for the therapist summary. None goes in unless
// ticked; sensitive ones show no words here. Hidden when the period has no records.
ColumnLayout {
    id: picker

    property RecordPickModel model
    readonly property bool hasRecords: model && model.count > 0

    visible: hasRecords
    spacing: Theme.spaceS

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceM
        text: AppSettings.neutralMode ? qsTr("Documents") : qsTr("Records")
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    BodyText {
        objectName: "shareRecordsTicked"
        Layout.fillWidth: true
        muted: true
        text: !picker.model || picker.model.tickedCount === 0
              ? qsTr("No record goes in unless you tick it. Their files stay in %1.").arg(AppSettings.appName)
              : picker.model.tickedCount === 1 ? qsTr("1 record ticked. Its files stay in %1.").arg(AppSettings.appName)
              : qsTr("%n records ticked. Their files stay in %1.", "", picker.model.tickedCount).arg(AppSettings.appName)
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(list.contentHeight + 2, 240)
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        ListView {
            id: list
            objectName: "shareRecordPicker"
            anchors.fill: parent
            anchors.margins: 1
            clip: true
            model: picker.model
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: CheckDelegate {
                id: row
                required property var recordId
                required property string when
                required property string headline
                required property bool sensitive
                required property bool ticked
                width: ListView.view.width
                checked: ticked
                text: when
                Accessible.name: qsTr("Record of %1. Include it in the summary").arg(when)
                onToggled: picker.model.setTicked(recordId, checked)
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        Layout.rightMargin: row.indicator.width + row.spacing
                        text: row.when
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.rightMargin: row.indicator.width + row.spacing
                        text: row.sensitive ? qsTr("Sensitive, words hidden") : row.headline
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontCaption
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
