import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// PIN or passphrase, with one honest sentence about what each protects against.
ColumnLayout {
    id: choice

    property int kind: Session.Pin
    // The person picked one (mouse or Space): the form moves the keyboard into its field.
    signal chosen()

    spacing: Theme.spaceS

    // A radio button whose label wraps on a phone-width window instead of pushing it wider.
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
    }

    WrappingRadio {
        objectName: "choosePin"
        text: qsTr("A PIN of 6 or more digits")
        checked: choice.kind === Session.Pin
        Accessible.name: text
        onClicked: { choice.kind = Session.Pin; choice.chosen() }
    }
    WrappingRadio {
        objectName: "choosePassphrase"
        text: qsTr("A passphrase of 8 or more characters")
        checked: choice.kind === Session.Passphrase
        Accessible.name: text
        onClicked: { choice.kind = Session.Passphrase; choice.chosen() }
    }
    BodyText {
        Layout.fillWidth: true
        muted: true
        font.pixelSize: Theme.fontCaption
        text: qsTr("A PIN is quick, and it stops someone at the keyboard. But if someone copied %1's files, "
                   + "a fast computer could guess a 6-digit PIN in under an hour. A longer passphrase protects "
                   + "better: four random words would take far longer than a lifetime.").arg(AppSettings.appName)
    }
}
