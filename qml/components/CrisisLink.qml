import QtQuick
import QtQuick.Controls
import Tideline
import Tideline.App

// "Need support now?": always one step away; opens the panel of support numbers. The panel is
// built only when asked for, so it costs nothing at start-up. In neutral mode the link says
// only "Help", so a glance at the screen does not tell what the app is for.
TextLink {
    id: link

    // A shorter label for narrow bars.
    property bool compact: false
    // The numbers were looked at and put away; the page may want the keyboard back somewhere.
    signal dialogClosed()

    fitsWidth: compact
    text: AppSettings.neutralMode ? qsTr("Help") : compact ? qsTr("Support") : qsTr("Need support now?")
    Accessible.description: qsTr("Shows phone numbers for support lines")
    // A click does not take the keyboard from the field being typed in; Tab still reaches it.
    focusPolicy: Qt.TabFocus
    onClicked: dialogLoader.active = true

    Loader {
        id: dialogLoader
        objectName: "crisisDialogLoader"
        active: false
        sourceComponent: CrisisResourcesDialog {
            onClosed: {
                dialogLoader.active = false
                link.dialogClosed()
            }
        }
        onLoaded: item.open()
    }
}
