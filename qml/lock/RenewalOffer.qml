import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// After an unlock, when the last recovery code went with a lock before the person said it was
// saved: a calm offer to make a new one (renew the keys). "Not now" puts it away until the next
// unlock; nothing is lost either way.
ColumnLayout {
    id: offer

    visible: Session.renewalOffered
    spacing: Theme.spaceS

    GentleMessage {
        objectName: "renewalOffer"
        Layout.fillWidth: true
        text: Session.renewalOffered
              ? qsTr("Your recovery code was on screen when the app locked, before you said you had written it "
                     + "down. Make a new one now?")
              : ""
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceM
        Item { Layout.fillWidth: true }
        Button {
            objectName: "renewalOfferLater"
            text: qsTr("Not now")
            Accessible.name: qsTr("Not now: put this offer away")
            onClicked: Session.dismissRenewalOffer()
        }
        PrimaryButton {
            objectName: "renewalOfferAccept"
            text: qsTr("Make a new code")
            Accessible.name: qsTr("Make a new recovery code")
            onClicked: { dialog.open(); renewForm.begin() }
        }
    }

    CalmPopup {
        id: dialog
        objectName: "renewalDialog"
        preferredWidth: 520
        onClosed: renewForm.open = false

        contentItem: Flickable {
            implicitHeight: renewForm.implicitHeight
            contentHeight: renewForm.implicitHeight
            contentWidth: width
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            RenewKeysForm {
                id: renewForm
                objectName: "offerRenewKeysForm"
                title: qsTr("Make a new recovery code")
                width: parent.width
                onCancelled: dialog.close()
            }
        }
    }
    Connections {
        target: Session
        function onRenewFinished(renewed) {
            if (renewed)
                dialog.close()
        }
    }
}
