import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// First start, in a few calm steps: what Tideline keeps and where; choose a PIN or passphrase;
// type it again; then the recovery code, shown once. The last step appears as soon as the
// vault exists and stays until the person says the code is saved.
FocusScope {
    id: page

    property int step: 0
    property bool started: false
    property bool restoring: false // "Restore from a backup" was chosen on the welcome
    readonly property bool showingCode: Onboarding.showingCode

    TopBar {
        id: topBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: AppSettings.appName
    }

    Flickable {
        id: flick
        anchors.top: topBar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        contentHeight: Math.max(height, steps.implicitHeight + 2 * Theme.spaceXl)
        contentWidth: width // vertical only: children size themselves to the window, never wider
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        StackLayout {
            id: steps
            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(Theme.spaceXl, (flick.height - implicitHeight) / 2)
            width: Math.min(flick.width - 2 * Theme.spaceL, Theme.contentMaxWidth)
            currentIndex: page.showingCode ? 3 : page.step
            // Each step starts at its top (the restore form is long: the recovery code came up scrolled).
            onCurrentIndexChanged: flick.contentY = 0

            WelcomeStep {
                objectName: "welcomeStep"
                focus: steps.currentIndex === 0
                onNext: { page.started = true; page.step = 1 }
                onRestore: { page.restoring = true; page.step = 4 }
            }
            // The other steps are made when the person moves on: the first frame shows only
            // the welcome. Once made they stay, so what was typed survives Back and Next.
            Loader {
                id: chooseLoader
                focus: steps.currentIndex === 1
                active: page.started
                sourceComponent: ChooseSecretStep {
                    objectName: "chooseStep"
                    focus: true
                    onBack: page.step = 0
                    onNext: { page.step = 2; confirmLoader.item.begin() }
                }
            }
            Loader {
                id: confirmLoader
                focus: steps.currentIndex === 2
                active: page.started
                sourceComponent: ConfirmSecretStep {
                    objectName: "confirmStep"
                    focus: true
                    first: chooseLoader.item ? chooseLoader.item.entry : null
                    kind: chooseLoader.item ? chooseLoader.item.kind : Session.Pin
                    onBack: {
                        Session.clearError()
                        chooseLoader.item.entry.clear()
                        page.step = 1
                        chooseLoader.item.focusField()
                    }
                }
            }
            // Made only once the vault exists: nothing of it is needed for the first frame.
            Loader {
                focus: steps.currentIndex === 3
                active: page.showingCode
                sourceComponent: RecoveryCodeStep {
                    objectName: "recoveryStep"
                    focus: true
                }
            }
            Loader {
                focus: steps.currentIndex === 4
                active: page.restoring
                sourceComponent: RestoreBackupStep {
                    objectName: "restoreStep"
                    focus: true
                    onBack: page.step = 0
                }
            }
        }
    }
    Component.onDestruction: if (chooseLoader.item) chooseLoader.item.entry.clear()
}
