import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Support numbers: nothing fetched, nothing logged. While the vault is locked it shows only
// the shipped list (any region can be looked at, nothing is remembered); while it is open it
// shows the region the person chose, then their own numbers and contacts, marked "Yours".
CalmPopup {
    id: popup

    objectName: "crisisDialog"
    preferredWidth: 460

    CrisisResourceModel {
        id: resources
        objectName: "crisisResources"
        personal: Session.state === Session.Unlocked
    }

    // Everything but Close scrolls together: at a large text size on a small window the heading
    // and the region alone filled the dialog, and a list below them that scrolled on its own
    // was left no height at all, the numbers out of sight.
    contentItem: ColumnLayout {
        spacing: Theme.spaceM

        ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: entries.implicitHeight
            contentWidth: availableWidth
            clip: true
            // A visible bar says there is more below on a short window.
            ScrollBar.vertical.policy: contentHeight > height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded

            ColumnLayout {
                id: entries
                // Leaves the scroll bar its own lane instead of drawing it over the numbers.
                width: scroller.availableWidth - (scroller.ScrollBar.vertical.policy === ScrollBar.AlwaysOn
                                                  ? scroller.ScrollBar.vertical.width + Theme.spaceXs : 0)
                spacing: Theme.spaceM

                Heading {
                    Layout.fillWidth: true
                    text: qsTr("Support, whenever you need it")
                }
                BodyText {
                    Layout.fillWidth: true
                    muted: true
                    text: qsTr("If you are in danger right now, call your local emergency number.")
                }
                // The choice beside its words, or under them on a narrow window.
                GridLayout {
                    Layout.fillWidth: true
                    columns: width >= linesFor.implicitWidth + 190 + Theme.spaceS ? 2 : 1
                    columnSpacing: Theme.spaceS
                    BodyText { id: linesFor; Layout.fillWidth: true; Layout.alignment: Qt.AlignVCenter; text: qsTr("Lines for") }
                    ChoiceBox {
                        objectName: "crisisRegion"
                        Layout.preferredWidth: 190
                        Layout.fillWidth: parent.columns === 1
                        model: resources.regionNames
                        currentIndex: resources.regionIndex
                        Accessible.name: qsTr("Region for support numbers")
                        onActivated: (index) => resources.chooseRegion(index)
                    }
                }

                Repeater {
                    objectName: "crisisEntries"
                    model: resources
                    delegate: Rectangle {
                        id: entryBox
                        required property string name
                        required property string phone
                        required property string note
                        required property bool yours
                        Layout.fillWidth: true
                        implicitHeight: entry.implicitHeight + 2 * Theme.spaceM
                        radius: Theme.radius
                        color: yours ? Theme.accentSoft : Theme.surfaceRaised
                        Accessible.role: Accessible.StaticText
                        // Whole sentences, read aloud: a language orders and punctuates them its own way.
                        Accessible.name: Words.fill(
                            yours ? (note.length > 0 ? qsTr("Yours: %1, %2. %3", "a number of the person's own, its phone and note")
                                                     : qsTr("Yours: %1, %2", "a number of the person's own, and its phone"))
                                  : (note.length > 0 ? qsTr("%1, %2. %3", "a support line, its phone and what it is for")
                                                     : qsTr("%1, %2", "a support line and its phone")),
                            [name, phone, note])

                        ColumnLayout {
                            id: entry
                            anchors.fill: parent
                            anchors.margins: Theme.spaceM
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                BodyText {
                                    Layout.fillWidth: true
                                    text: entryBox.name
                                    textFormat: Text.PlainText
                                    font.weight: Font.DemiBold
                                }
                                Label {
                                    visible: entryBox.yours
                                    text: qsTr("Yours")
                                    color: Theme.accent
                                    font.pixelSize: Theme.fontCaption
                                }
                            }
                            BodyText {
                                Layout.fillWidth: true
                                text: entryBox.phone
                                font.pixelSize: Theme.fontLarge
                                textFormat: Text.PlainText
                                // A number is never broken over two lines: its type shrinks to
                                // fit the box instead (a phone at a large text size).
                                wrapMode: Text.NoWrap
                                fontSizeMode: Text.HorizontalFit
                                minimumPixelSize: 13
                            }
                            BodyText {
                                Layout.fillWidth: true
                                visible: entryBox.note.length > 0
                                text: entryBox.note
                                textFormat: Text.PlainText
                                muted: true
                                font.pixelSize: Theme.fontCaption
                            }
                        }
                    }
                }
            }
        }
        Button {
            objectName: "closeSupport"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Close")
            Accessible.name: text
            focus: true
            onClicked: popup.close()
        }
    }
}
