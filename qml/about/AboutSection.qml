import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Settings → About: which version this is, what it is built on, where the data lives (with a
// way to copy the folder's path, which is not a secret) and the licences. Neutral mode names
// the app as it names it everywhere (AppSettings.appName).
ColumnLayout {
    id: section

    property bool copied: false
    // In neutral mode the folder's path is shown only when asked: its name is the app's real name.
    property bool folderShown: !AppSettings.neutralMode

    spacing: Theme.spaceS

    AboutInfo { id: about }

    component SubTitle: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceS
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    BodyText {
        objectName: "aboutVersion"
        Layout.fillWidth: true
        text: qsTr("%1, version %2").arg(AppSettings.appName).arg(about.version)
    }
    BodyText {
        objectName: "aboutParts"
        Layout.fillWidth: true
        muted: true
        text: qsTr("Encryption: SQLCipher %1 on SQLite %2, and libsodium %3. Qt %4.")
              .arg(about.sqlcipherVersion).arg(about.sqliteVersion).arg(about.sodiumVersion).arg(about.qtVersion)
    }

    SubTitle { text: qsTr("Where your data lives") }
    BodyText {
        Layout.fillWidth: true
        text: qsTr("Everything you keep in %1 is encrypted and stays in this folder on this computer:")
              .arg(AppSettings.appName)
    }
    BodyText {
        objectName: "dataDirectoryHidden"
        Layout.fillWidth: true
        visible: !section.folderShown
        muted: true
        text: qsTr("The folder's name is not shown while neutral mode is on, because it says what this app is.")
    }
    BodyText {
        objectName: "dataDirectory"
        Layout.fillWidth: true
        visible: section.folderShown
        text: about.dataFolder
        textFormat: Text.PlainText
        font.family: "monospace"
        wrapMode: Text.WrapAnywhere
    }
    Flow { // the two buttons go one under the other when a row cannot hold both
        Layout.fillWidth: true
        spacing: Theme.spaceM
        WrappingButton {
            objectName: "showDataFolder"
            visible: !section.folderShown
            text: qsTr("Show the folder")
            Accessible.name: text
            onClicked: section.folderShown = true
        }
        WrappingButton {
            objectName: "copyDataFolder"
            text: qsTr("Copy the folder's path")
            Accessible.name: text
            onClicked: { about.copyDataFolder(); section.copied = true }
        }
        BodyText {
            Layout.fillWidth: true
            visible: section.copied
            muted: true
            text: qsTr("Copied.")
        }
    }
    BodyText {
        Layout.fillWidth: true
        muted: true
        text: qsTr("The file settings.ini in that folder holds only the choices on this page, never anything "
                   + "you write. Nothing is sent anywhere.")
    }

    SubTitle { text: qsTr("Licences") }
    Repeater {
        objectName: "aboutLicences"
        model: about.licences
        delegate: ColumnLayout {
            required property var modelData
            Layout.fillWidth: true
            spacing: 0
            BodyText {
                Layout.fillWidth: true
                text: qsTr("%1: %2").arg(modelData.name).arg(modelData.licence)
            }
            BodyText {
                Layout.fillWidth: true
                muted: true
                font.pixelSize: Theme.fontCaption
                text: modelData.note
            }
        }
    }
    BodyText {
        Layout.fillWidth: true
        muted: true
        font.pixelSize: Theme.fontCaption
        text: qsTr("The full texts come with each package: on Debian, in /usr/share/doc/ (each package's "
                   + "“copyright” file) and /usr/share/common-licenses/.")
    }
}
