import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// What Tideline keeps, where, and who can read it: said plainly before anything is asked.
FocusScope {
    id: step

    signal next()
    signal restore()

    implicitHeight: column.implicitHeight

    component Point: RowLayout {
        property alias text: label.text
        Layout.fillWidth: true
        spacing: Theme.spaceM
        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 8
            width: 8; height: 8; radius: 4
            color: Theme.accent
        }
        BodyText { id: label; Layout.fillWidth: true }
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spaceL

        Heading { Layout.fillWidth: true; large: true; text: qsTr("Welcome to %1").arg(AppSettings.appName) }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("A private place to write, and to notice how you are doing, day by day. "
                       + "Here is what it keeps, and where.")
        }
        Point {
            // In neutral mode the folder is not named: its name is the app's real name.
            text: AppSettings.neutralMode
                  ? qsTr("Everything you write or record is encrypted and stays on this computer, in one folder "
                         + "(Settings shows where).")
                  : qsTr("Everything you write or record is encrypted and stays on this computer, in this folder: %1")
                    .arg(Session.dataDirectory)
        }
        Point { text: qsTr("Nothing is sent anywhere. There is no account and no cloud.") }
        Point { text: qsTr("No one who makes %1 can read what you keep, or open it for you.").arg(AppSettings.appName) }
        Point {
            text: qsTr("You'll choose a PIN or passphrase to open it. You'll also get a recovery code: "
                       + "it is the only way back in if the PIN is ever forgotten.")
        }
        BodyText { Layout.fillWidth: true; muted: true; text: qsTr("Go at your own pace. Nothing here is timed.") }
        ActionRow {
            id: welcomeActions
            Layout.fillWidth: true
            // The quiet other way in, for someone who already has a backup.
            TextLink {
                objectName: "welcomeRestore"
                // Wraps rather than widening the page when a language's words run longer.
                Layout.fillWidth: true
                Layout.maximumWidth: welcomeActions.fits ? implicitWidth : Number.POSITIVE_INFINITY
                text: qsTr("Restore from a backup")
                onClicked: step.restore()
            }
            Item { Layout.fillWidth: true; visible: welcomeActions.fits }
            PrimaryButton {
                objectName: "welcomeContinue"
                Layout.fillWidth: !welcomeActions.fits
                fitsParent: !welcomeActions.fits
                focus: true
                text: qsTr("Continue")
                onClicked: step.next()
                Keys.onReturnPressed: step.next()
                Keys.onEnterPressed: step.next()
            }
        }
    }
}
