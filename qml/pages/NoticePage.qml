import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// When the vault cannot be opened at all: open elsewhere, its key file missing, damaged
// data or a newer version. Calm words, what it means, and what can be done; nothing is deleted.
FocusScope {
    id: page

    readonly property string title: Session.state === Session.InUse ? qsTr("%1 is already open").arg(AppSettings.appName)
                                  : Session.state === Session.KeyslotsMissing ? qsTr("%1 can't open this vault").arg(AppSettings.appName)
                                  : qsTr("Something needs your attention")
    readonly property string body: Session.state === Session.InUse
        ? qsTr("%1 is open in another window on this computer. Switch to that window, or close it and try again here.").arg(AppSettings.appName)
        : Session.state === Session.KeyslotsMissing
          ? qsTr("The vault's key file (named “keyslots”) is missing from %1, so the journal can't be opened, "
                 + "not even with the recovery code. If you have a backup of that folder, putting the keyslots "
                 + "file back will bring everything back. Nothing has been deleted.").arg(Session.dataDirectory)
          : Session.lastError   // core's messages already say what was (not) changed

    TopBar {
        id: topBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: AppSettings.appName
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spaceL, Theme.contentMaxWidth)
        spacing: Theme.spaceL

        Heading { objectName: "noticeTitle"; Layout.fillWidth: true; text: page.title }
        BodyText { objectName: "noticeBody"; Layout.fillWidth: true; text: page.body }
        PrimaryButton {
            focus: true
            text: qsTr("Try again")
            onClicked: Session.start()
        }
    }
}
