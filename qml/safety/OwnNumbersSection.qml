import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Which region's support lines "Need support now?" shows, and the numbers the person adds
// themselves. Both are kept inside the vault: where someone lives is personal.
ColumnLayout {
    id: section

    // The region chosen for the support numbers; the help beyond them follows it.
    readonly property alias regionCode: resources.regionCode

    spacing: Theme.spaceS

    CrisisResourceModel { id: resources; objectName: "ownNumbersModel"; personal: true }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceM
        text: qsTr("Support numbers")
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    // The choice beside its words, or under them on a narrow window, as in Settings.
    GridLayout {
        Layout.fillWidth: true
        columns: width < 480 ? 1 : 2
        columnSpacing: Theme.spaceM
        BodyText { Layout.fillWidth: true; Layout.alignment: Qt.AlignVCenter; text: qsTr("Show the lines for") }
        ChoiceBox {
            objectName: "regionChoice"
            Layout.preferredWidth: 200
            Layout.fillWidth: parent.columns === 1
            model: resources.regionNames
            currentIndex: resources.regionIndex
            Accessible.name: qsTr("Region for support numbers")
            onActivated: (index) => resources.chooseRegion(index)
        }
    }
    BodyText {
        Layout.fillWidth: true
        muted: true
        text: qsTr("Add numbers you trust, such as a local shelter or your counsellor's line. They show under "
                   + "“Need support now?” while %1 is open, never on the lock screen.").arg(AppSettings.appName)
    }
    Repeater {
        objectName: "ownNumbers"
        model: resources
        delegate: Rectangle {
            id: ownRow
            required property int index
            required property string name
            required property string phone
            required property string note
            required property bool removable
            visible: removable
            Layout.fillWidth: true
            implicitHeight: visible ? ownLayout.implicitHeight + 2 * Theme.spaceS : 0
            radius: Theme.radius
            color: Theme.surfaceRaised
            RowLayout {
                id: ownLayout
                anchors.fill: parent
                anchors.margins: Theme.spaceS
                anchors.leftMargin: Theme.spaceM
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    BodyText { Layout.fillWidth: true; text: ownRow.name; font.weight: Font.DemiBold; textFormat: Text.PlainText }
                    BodyText { Layout.fillWidth: true; text: ownRow.phone; textFormat: Text.PlainText }
                    BodyText {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        muted: true
                        font.pixelSize: Theme.fontCaption
                        textFormat: Text.PlainText
                        text: ownRow.note
                    }
                }
                ToolButton {
                    objectName: "ownNumberRemove"
                    text: "✕"
                    Accessible.name: qsTr("Remove %1").arg(ownRow.name)
                    onClicked: resources.removeOwn(ownRow.index)
                }
            }
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: width > 520 ? 3 : 1
        columnSpacing: Theme.spaceS
        rowSpacing: Theme.spaceS
        TextField {
            id: ownName
            objectName: "ownNumberName"
            Layout.fillWidth: true
            placeholderText: qsTr("Name")
            Accessible.name: qsTr("Name of the support line")
        }
        TextField {
            id: ownPhone
            objectName: "ownNumberPhone"
            Layout.fillWidth: true
            placeholderText: qsTr("Number")
            inputMethodHints: Qt.ImhDialableCharactersOnly
            Accessible.name: qsTr("Phone number")
        }
        TextField {
            id: ownNote
            objectName: "ownNumberNote"
            Layout.fillWidth: true
            placeholderText: qsTr("Note (optional)")
            Accessible.name: qsTr("Note, optional")
        }
    }
    Button {
        objectName: "ownNumberAdd"
        text: qsTr("Add number")
        Accessible.name: text
        onClicked: {
            if (resources.addOwn(ownName.text, ownPhone.text, ownNote.text)) {
                ownName.clear(); ownPhone.clear(); ownNote.clear()
            }
        }
    }
    GentleMessage { objectName: "ownNumberError"; Layout.fillWidth: true; text: resources.lastError }
}
