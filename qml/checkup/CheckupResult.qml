import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// A check-up's result in plain words: the total (or why there is none), the band in the
// instrument's own terms and never as a diagnosis, and the change since last time.
ColumnLayout {
    id: result

    property string total: ""
    property string band: ""
    property string change: ""
    signal done()

    function focusDone() { doneButton.forceActiveFocus(Qt.TabFocusReason) }

    spacing: Theme.spaceM

    BodyText { objectName: "resultTotal"; Layout.fillWidth: true; font.pixelSize: Theme.fontLarge; text: result.total }
    BodyText { objectName: "resultBand"; Layout.fillWidth: true; visible: text.length > 0; text: result.band }
    BodyText { objectName: "resultChange"; Layout.fillWidth: true; visible: text.length > 0; muted: true; text: result.change }
    PrimaryButton {
        id: doneButton
        objectName: "checkupDone"
        text: qsTr("Done")
        Accessible.name: qsTr("Done: back to check-ups")
        onClicked: result.done()
    }
}
