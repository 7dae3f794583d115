import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Tideline's own file chooser, for every file that leaves the vault (summary, safety plan,
// exports, backups) and every file brought in (import, restore). Neither the desktop's nor
// Qt's dialogs are used: a desktop dialog puts the file in the recent-files list, where anyone
// glancing at the computer would see it. The data folder is refused with a plain reason, and
// the person always sees where the file will go.
//
//     FileChooser {
//         id: chooser
//         mode: FileChooser.Save                // or FileChooser.Open
//         title: qsTr("Save the summary")
//         suggestedName: "summary.pdf"          // Save: the name field's start
//         nameFilters: ["*.pdf"]                // Open: files offered; Save: the extension kept
//         onChosen: (path) => maker.saveTo(path) // absolute, local, already checked
//         onCancelled: …
//     }
//     chooser.open()
//
// Keyboard: Save starts in the name field (Return saves here), Open in the list (Return opens a
// folder or picks the file, Backspace goes up); Tab visits the path bar, Up, the places, the
// list, the name and the buttons; Escape cancels.
CalmPopup {
    id: chooser

    enum Mode { Save, Open }

    property int mode: FileChooser.Save
    property string title
    property string suggestedName
    property var nameFilters: []
    signal chosen(string path)
    signal cancelled()

    readonly property bool saving: mode === FileChooser.Save
    readonly property string folder: folders.folder
    // Open: the file picked in the list, not yet opened.
    property string selectedPath: ""
    property bool answered: false
    // Why the folder shown cannot be used (the data folder above all); "" when it can.
    readonly property string folderNote: choice.folderNote(folders.folder, saving)

    objectName: "fileChooser"
    preferredWidth: 640
    implicitHeight: 760 // the list wants room; CalmPopup keeps the dialog inside the window
    closePolicy: Popup.CloseOnEscape // a stray click beside it must not lose the name typed

    FileChoice { id: choice }
    FolderModel { id: folders; nameFilters: chooser.nameFilters }
    PlacesModel { id: places }

    function goTo(path) {
        if (path === "")
            return
        choice.clearProblem()
        chooser.selectedPath = ""
        folders.folder = path
        pathField.text = folders.folder
    }
    function goToTyped() {
        const folder = choice.typedFolder(pathField.text, folders.folder)
        if (folder !== "")
            goTo(folder)
    }
    function saveHere() {
        const path = choice.savePath(folders.folder, nameField.text, chooser.nameFilters)
        if (path !== "")
            finish(path)
        else
            nameField.forceActiveFocus()
    }
    function openFile(path) {
        const checked = choice.openPath(path)
        if (checked !== "")
            finish(checked)
    }
    function finish(path) {
        chooser.answered = true
        chooser.close()
        chooser.chosen(path)
    }

    onAboutToShow: {
        chooser.answered = false
        places.refresh()
        nameField.text = chooser.suggestedName
        goTo(choice.startFolder())
    }
    onOpened: {
        if (chooser.saving) {
            nameField.forceActiveFocus()
            // The name without its extension is selected, ready to be typed over.
            const dot = nameField.text.lastIndexOf(".")
            nameField.select(0, dot > 0 ? dot : nameField.text.length)
        } else {
            list.forceActiveFocus()
        }
    }
    onClosed: if (!chooser.answered) chooser.cancelled()

    contentItem: ColumnLayout {
        spacing: Theme.spaceM

        Heading {
            objectName: "fileChooserTitle"
            Layout.fillWidth: true
            font.pixelSize: Theme.fontLarge
            text: chooser.title
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Button {
                objectName: "fileChooserUp"
                text: qsTr("Up")
                implicitWidth: Math.max(implicitContentWidth + leftPadding + rightPadding, Theme.controlHeight + Theme.spaceL)
                enabled: folders.parentFolder !== ""
                Accessible.name: qsTr("Go up to the folder that holds this one")
                onClicked: chooser.goTo(folders.parentFolder)
            }
            TextField {
                id: pathField
                objectName: "fileChooserPath"
                Layout.fillWidth: true
                selectByMouse: true
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Folder. Type a folder's path and press Enter to go there")
                onAccepted: chooser.goToTyped()
                Keys.onEscapePressed: (event) => {
                    // First Escape puts the path back; the next one closes the chooser.
                    if (text !== folders.folder) {
                        text = folders.folder
                        event.accepted = true
                    } else {
                        event.accepted = false
                    }
                }
            }
        }
        FileChooserPlaces {
            objectName: "fileChooserPlaces"
            Layout.fillWidth: true
            model: places
            current: folders.folder
            onActivated: (path) => chooser.goTo(path)
        }
        GentleMessage {
            objectName: "fileChooserMessage"
            Layout.fillWidth: true
            concern: true
            text: choice.problem !== "" ? choice.problem
                  : folders.problem !== "" ? folders.problem
                  : chooser.folderNote
        }
        FileChooserList {
            id: list
            objectName: "fileChooserList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 3 * Theme.controlHeight
            model: folders
            saving: chooser.saving
            selectedPath: chooser.selectedPath
            onFolderActivated: (path) => chooser.goTo(path)
            onUpRequested: chooser.goTo(folders.parentFolder)
            onFileSelected: (path, name) => {
                if (chooser.saving)
                    nameField.text = name
                else
                    chooser.selectedPath = path
            }
            onFileActivated: (path, name) => {
                if (chooser.saving) {
                    nameField.text = name
                    nameField.forceActiveFocus()
                } else {
                    chooser.openFile(path)
                }
            }
            BodyText {
                objectName: "fileChooserEmpty"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spaceL
                horizontalAlignment: Text.AlignHCenter
                visible: list.count === 0 && !folders.loading && folders.problem === "" && chooser.folderNote === ""
                muted: true
                text: chooser.saving ? qsTr("No folders in here. You can save here, or go up.")
                                     : qsTr("Nothing here that can be opened. Try another folder.")
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: folders.loading
                visible: folders.loading
            }
        }
        Label {
            visible: chooser.saving
            Layout.fillWidth: true
            text: qsTr("File name")
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
        }
        TextField {
            id: nameField
            objectName: "fileChooserName"
            visible: chooser.saving
            Layout.fillWidth: true
            selectByMouse: true
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("File name")
            onAccepted: chooser.saveHere()
        }
        BodyText {
            objectName: "fileChooserWhere"
            Layout.fillWidth: true
            muted: true
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            text: chooser.saving && chooser.folderNote !== "" ? qsTr("Nothing can be saved in this folder.")
                  : chooser.saving ? qsTr("It will be saved in %1").arg(folders.folder)
                  : chooser.selectedPath !== "" ? qsTr("Chosen: %1").arg(chooser.selectedPath)
                  : qsTr("Choose a file in the list.")
        }
        ActionRow { // one above the other where they do not fit side by side (200 %, Spanish)
            id: chooserActions
            Layout.fillWidth: true
            Item { Layout.fillWidth: true; visible: chooserActions.fits }
            Button {
                objectName: "fileChooserCancel"
                Layout.fillWidth: !chooserActions.fits
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: chooser.close()
            }
            PrimaryButton {
                objectName: "fileChooserAccept"
                Layout.fillWidth: !chooserActions.fits
                fitsParent: !chooserActions.fits
                text: chooser.saving ? qsTr("Save here") : qsTr("Open")
                enabled: chooser.saving ? chooser.folderNote === "" : chooser.selectedPath !== ""
                Accessible.name: chooser.saving ? qsTr("Save here, in %1").arg(folders.folder)
                                                : qsTr("Open the chosen file")
                onClicked: chooser.saving ? chooser.saveHere() : chooser.openFile(chooser.selectedPath)
            }
        }
    }
}
