import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// The small entry in Settings that opens the Today settings (metrics, routines, prompts).
ColumnLayout {
    id: entry

    spacing: Theme.spaceS

    BodyText {
        Layout.fillWidth: true
        text: qsTr("Choose what the check-in asks, add your own measures and routine items, and pick the kinds "
                   + "of prompts you'd like.")
    }
    WrappingButton {
        objectName: "openTodaySettings"
        text: qsTr("Choose what Today shows")
        onClicked: settingsLoader.active = true
    }

    Loader {
        id: settingsLoader
        objectName: "todaySettingsLoader"
        active: false
        sourceComponent: Popup {
            id: popup
            objectName: "todaySettingsPopup"
            parent: Overlay.overlay
            x: 0; y: 0
            width: parent ? parent.width : 400
            height: parent ? parent.height : 600
            modal: true
            focus: true
            padding: 0
            closePolicy: Popup.CloseOnEscape
            background: Rectangle { color: Theme.background }
            contentItem: ColumnLayout {
                spacing: 0
                TopBar {
                    Layout.fillWidth: true
                    title: qsTr("What Today shows")
                    Button {
                        objectName: "closeTodaySettings"
                        text: qsTr("Done")
                        onClicked: popup.close()
                    }
                }
                TodaySettings { Layout.fillWidth: true; Layout.fillHeight: true }
            }
            onClosed: settingsLoader.active = false
        }
        onLoaded: item.open()
    }
}
