import QtQuick
import QtQuick.Controls
import Tideline
import Tideline.App

// The window. Shows exactly one page for the session's state; every page but the current one
// is unloaded, so when the vault locks no view keeps any content.
ApplicationWindow {
    id: window

    // Nothing personal in the task bar; in neutral mode not even what the app is for.
    title: AppSettings.appName
    width: 1024
    height: 720
    minimumWidth: 360
    minimumHeight: 520
    visible: true
    color: Theme.background
    font.pixelSize: Theme.fontBody

    // The Basic style's palette, in Tideline's light or dark colours.
    Component.onCompleted: Theme.paint(window.palette)
    Connections {
        target: Theme
        function onDarkChanged() { Theme.paint(window.palette) }
    }

    function pageFor(state, onboarding) {
        if (onboarding || state === Session.NoVault)
            return "onboarding/OnboardingPage.qml"
        if (state === Session.Locked || state === Session.Busy)
            return "lock/LockPage.qml"
        if (state === Session.Unlocked)
            return "pages/HomePage.qml"
        if (state === Session.Starting)
            return ""
        return "pages/NoticePage.qml"
    }

    Loader {
        id: page
        objectName: "pageLoader"
        anchors.fill: parent
        focus: true
        source: window.pageFor(Session.state, Onboarding.active) // relative to this file
        onLoaded: item.forceActiveFocus()
    }

    // Quick exit from anywhere, even the lock screen: hide now, lock, quit.
    Shortcut {
        sequences: ["Ctrl+Shift+Q"]
        context: Qt.ApplicationShortcut
        onActivated: Session.quickExit()
    }

    // Privacy cover while the window is in the background (someone glancing at the screen).
    Rectangle {
        objectName: "privacyCover"
        anchors.fill: parent
        color: Theme.cover
        visible: AppSettings.coverWhenInactive && !window.active && Session.state === Session.Unlocked
        Accessible.role: Accessible.Pane
        Accessible.name: qsTr("%1 is covered while it is in the background").arg(AppSettings.appName)

        Label {
            anchors.centerIn: parent
            text: AppSettings.appName
            color: Theme.textMuted
            font.pixelSize: Theme.fontLarge
        }
        // Swallows clicks so nothing underneath reacts to the click that brings the window back.
        MouseArea { anchors.fill: parent }
    }
}
