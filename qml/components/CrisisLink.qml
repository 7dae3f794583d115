import QtQuick
import QtQuick.Controls
import Tideline

// "Need support now?": always one tap away; opens a panel of static phone numbers.
// The panel is built only when asked for, so it costs nothing at start-up.
TextLink {
    id: link

    text: qsTr("Need support now?")
    Accessible.description: qsTr("Shows phone numbers for support lines")
    onClicked: dialogLoader.active = true

    Loader {
        id: dialogLoader
        objectName: "crisisDialogLoader"
        active: false
        sourceComponent: CrisisResourcesDialog {
            onClosed: dialogLoader.active = false
        }
        onLoaded: item.open()
    }
}
