import QtQuick
import QtQuick.Controls
import QtTest
import Tideline
import Tideline.App

// A record's pictures on the demo vault: thumbnails painted from memory, the full-size viewer
// (zoom, turn, fit), the notice that a picture carries a location, a copy saved without it by
// default, a file named like something else, at 1440 px and 360 px, light and dark; locking
// drops every picture.
TestCase {
    id: testCase
    name: "AttachmentViewer"
    width: 1440
    height: 900
    visible: true
    when: windowShown

    // The page as the app's window shows it: on the window's colour, with its palette (a grab
    // of the page alone would be transparent, and controls would miss the theme's colours).
    Component {
        id: framedHome
        Pane {
            property alias home: home
            padding: 0
            background: Rectangle { color: Theme.background }
            font.pixelSize: Theme.fontBody
            palette.window: Theme.background
            palette.windowText: Theme.text
            palette.base: Theme.surface
            palette.alternateBase: Theme.surfaceRaised
            palette.text: Theme.text
            palette.button: Theme.surfaceRaised
            palette.buttonText: Theme.text
            palette.highlight: Theme.accent
            palette.highlightedText: Theme.textOnAccent
            palette.light: Theme.surface
            palette.midlight: Theme.surfaceRaised
            palette.mid: Theme.border
            palette.dark: Theme.textMuted
            HomePage { id: home; anchors.fill: parent }
        }
    }
    SecretEntry { id: typed }

    function initTestCase() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function cleanup() {
        AppSettings.theme = AppSettings.Light
    }

    function shot(item, name) {
        const folder = typeof tidelineShotsFolder === "string" ? tidelineShotsFolder : ""
        if (folder.length === 0)
            return
        waitForRendering(item)
        const done = { value: false }
        item.parent.parent.grabToImage(result => { result.saveToFile(folder + "/" + name + ".png"); done.value = true })
        tryVerify(() => done.value, 5000)
    }

    // The one of several items called name that is shown (the side bar and the bottom bar both
    // have a "navSafety").
    function findShown(root, name) {
        const children = root.children
        for (let i = 0; i < children.length; ++i) {
            const c = children[i]
            if (c.objectName === name && c.visible)
                return c
            const found = c.visible ? findShown(c, name) : null
            if (found)
                return found
        }
        return null
    }

    // Opens Safety ▸ Records ▸ the record whose headline starts with `words`.
    function openRecord(w, h, words) {
        const frame = createTemporaryObject(framedHome, testCase, { width: w, height: h })
        const home = frame.home
        waitForRendering(home)
        mouseClick(findShown(home, "navSafety"))
        tryVerify(() => findChild(home, "openRecords") !== null)
        findChild(home, "sectionLoader").item.recordsRequested()
        tryVerify(() => findChild(home, "recordList") !== null)
        const list = findChild(home, "recordList")
        tryVerify(() => list.count === 5)
        let row = null
        for (let i = 0; i < list.count && !row; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            tryVerify(() => list.itemAtIndex(i) !== null)
            const item = list.itemAtIndex(i)
            if (item.headline.indexOf(words) === 0) {
                row = item
                if (item.sensitive)
                    mouseClick(findChild(item, "revealSensitive"))
            }
        }
        verify(row, words)
        waitForRendering(list)
        mouseClick(row)
        tryVerify(() => findChild(home, "recordFiles") !== null)
        const files = findChild(home, "recordFiles")
        tryVerify(() => files.count === 1)
        return home
    }

    // The record's first file, scrolled into view as a person would before clicking it.
    function tileOf(home) {
        const tiles = findChild(home, "attachmentTiles")
        tryVerify(() => tiles.visible)
        let tile = null
        for (let i = 0; i < tiles.children.length && !tile; ++i)
            if (tiles.children[i].attachmentId !== undefined)
                tile = tiles.children[i]
        const flick = findChild(home, "recordFlick")
        let last = -1
        for (let i = 0; i < 20 && tile.mapToItem(flick.contentItem, 0, 0).y !== last; ++i) {
            last = tile.mapToItem(flick.contentItem, 0, 0).y
            flick.contentY = Math.max(0, Math.min(last - flick.height / 4, flick.contentHeight - flick.height))
            wait(50)
        }
        waitForRendering(flick)
        return tile
    }

    function test_1_thumbnailViewerAndLocation() {
        const home = openRecord(1440, 900, "Argument about money")
        const tile = tileOf(home)
        verify(tile)
        const thumbnail = findChild(tile, "attachmentThumbnail")
        tryVerify(() => thumbnail.hasPicture, 5000, "the thumbnail is painted from memory")
        verify(tile.position.length > 0, "the door picture carries a made-up position")
        verify(tile.nameMismatch, "door.jpg is a PNG")
        shot(home, "record-files-1440-light")

        mouseClick(tile)
        const pane = findChild(home, "attachmentViewerPane")
        tryVerify(() => pane.visible)
        const viewer = findChild(pane, "attachmentViewer")
        tryVerify(() => !viewer.loading, 5000)
        verify(!viewer.failed)
        compare(viewer.sizeText, "480 × 360")
        const notice = findChild(pane, "pictureDetailsNotice")
        verify(notice.visible)
        verify(notice.text.indexOf("51.47791° N") >= 0, notice.text)
        verify(notice.text.indexOf("place it was taken") >= 0, notice.text)
        compare(findChild(pane, "attachmentHash").text.length, 64)
        shot(home, "attachment-viewer-1440-light")

        mouseClick(findChild(pane, "zoomIn"))
        verify(viewer.zoom > 1)
        mouseClick(findChild(pane, "turnRight"))
        compare(viewer.turn, 90)
        mouseClick(findChild(pane, "fitPicture"))
        compare(viewer.zoom, 1)
        compare(viewer.turn, 0)
        for (const name of ["viewerBack", "zoomIn", "zoomOut", "turnLeft", "turnRight", "fitPicture", "saveCopy", "removeFile"])
            verify(findChild(pane, name).Accessible.name.length > 0, name)

        // A copy leaves without the location by default, and says it is not encrypted; the
        // choice is shown before Tideline's own file chooser asks where.
        mouseClick(findChild(pane, "saveCopy"))
        const strip = findChild(pane, "stripDetails")
        verify(strip.visible && strip.checked)
        const chooser = findChild(pane, "savePicker")
        mouseClick(findChild(pane, "saveCopyChoose"))
        tryVerify(() => chooser.opened)
        const nameField = findChild(chooser.contentItem, "fileChooserName")
        verify(nameField.text.indexOf("door") === 0, nameField.text) // its own name offered
        saveCopyBesideVault(chooser)
        tryVerify(() => !chooser.visible)
        const message = findChild(pane, "viewerMessage")
        tryVerify(() => message.text.indexOf("without its hidden details") >= 0, 3000, message.text)
        verify(message.text.indexOf("not encrypted") >= 0)
        // Never over an existing file: the chooser says so and stays open.
        mouseClick(findChild(pane, "saveCopy"))
        mouseClick(findChild(pane, "saveCopyChoose"))
        tryVerify(() => chooser.opened)
        saveCopyBesideVault(chooser)
        const problem = findChild(chooser.contentItem, "fileChooserMessage")
        tryVerify(() => problem.text.indexOf("already a file") >= 0, 3000, problem.text)
        verify(chooser.visible)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !chooser.visible)

        mouseClick(findChild(pane, "viewerBack"))
        tryVerify(() => !pane.visible)
    }

    // The folder that holds the data folder, and the copy's name there (outside the vault).
    function besideVault() {
        const dir = Session.dataDirectory
        const slash = dir.lastIndexOf("/")
        return { folder: dir.substring(0, slash), name: dir.substring(slash + 1) + "-door-copy.png" }
    }
    function saveCopyBesideVault(chooser) {
        const where = besideVault()
        chooser.goTo(where.folder)
        findChild(chooser.contentItem, "fileChooserName").text = where.name
        mouseClick(findChild(chooser.contentItem, "fileChooserAccept"))
    }

    function test_2_phoneWidthAndDark() {
        for (const dark of [false, true]) {
            AppSettings.theme = dark ? AppSettings.Dark : AppSettings.Light
            const home = openRecord(360, 740, "He grabbed my phone")
            const tile = tileOf(home)
            tryVerify(() => findChild(tile, "attachmentThumbnail").hasPicture, 5000)
            shot(home, "record-files-360-" + (dark ? "dark" : "light"))
            mouseClick(tile)
            const viewerPane = findChild(home, "attachmentViewerPane")
            tryVerify(() => viewerPane.visible)
            const viewer = findChild(viewerPane, "attachmentViewer")
            tryVerify(() => !viewer.loading, 5000)
            verify(viewer.width <= 360)
            const back = findChild(viewerPane, "viewerBack")
            verify(back.mapToItem(null, 0, 0).x + back.width <= 360)
            shot(home, "attachment-viewer-360-" + (dark ? "dark" : "light"))
            mouseClick(back)
        }
    }

    function test_3_lockDropsThePictures() {
        const home = openRecord(1440, 900, "Argument about money")
        const tile = tileOf(home)
        tryVerify(() => findChild(tile, "attachmentThumbnail").hasPicture, 5000)
        mouseClick(tile)
        const viewer = findChild(home, "attachmentViewer")
        tryVerify(() => !viewer.loading && viewer.sizeText.length > 0, 5000)
        Session.lock()
        tryCompare(Session, "state", Session.Locked)
        compare(viewer.sizeText, "")
        compare(viewer.attachmentId, 0)
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    // A journal entry takes files too: through Tideline's file chooser or a drop. The copy saved
    // by test_1 stands in for a picture from the person's folder.
    function test_4_journalEntryFiles() {
        const frame = createTemporaryObject(framedHome, testCase, { width: 1440, height: 900 })
        const home = frame.home
        waitForRendering(home)
        mouseClick(findShown(home, "navJournal"))
        tryVerify(() => findChild(home, "journalList") !== null)
        keyClick(Qt.Key_N, Qt.ControlModifier)
        tryVerify(() => findChild(home, "entryBody") !== null && findChild(home, "entryBody").activeFocus)
        for (const c of "The door again")
            keyClick(c)
        const files = findChild(home, "entryFiles")
        tryVerify(() => files.entryId > 0, 3000, "the entry is saved as a draft, so files can belong to it")
        const chooser = findChild(home, "attachmentPicker")
        mouseClick(findShown(home, "addFiles"))
        tryVerify(() => chooser.opened)
        const where = besideVault()
        chooser.goTo(where.folder)
        chooser.openFile(where.folder + "/" + where.name)
        tryVerify(() => !chooser.visible)
        tryCompare(files, "count", 1)
        verify(findShown(home, "deleteOriginalOffer") !== null)
        shot(home, "journal-entry-files-1440-light")
        compare(findShown(home, "keepOriginals").text, "Leave it where it is")
        findShown(home, "keepOriginals").clicked() // below the editor's fold at this size
        tryVerify(() => findShown(home, "deleteOriginalOffer") === null)
    }

    // Two files at once, as a drop brings them: the offer to delete the originals counts them
    // with its plural form (%n), and keeping them closes it. The second original is a copy of
    // the first saved under another name beside the vault, as the viewer saves one.
    function test_5_twoOriginalsAtOnce() {
        const frame = createTemporaryObject(framedHome, testCase, { width: 1440, height: 900 })
        const home = frame.home
        waitForRendering(home)
        mouseClick(findShown(home, "navJournal"))
        tryVerify(() => findChild(home, "journalList") !== null)
        keyClick(Qt.Key_N, Qt.ControlModifier)
        tryVerify(() => findChild(home, "entryBody") !== null && findChild(home, "entryBody").activeFocus)
        for (const c of "Two pictures")
            keyClick(c)
        const files = findChild(home, "entryFiles")
        tryVerify(() => files.entryId > 0, 3000, "the entry is saved as a draft, so files can belong to it")
        const where = besideVault()
        const first = where.folder + "/" + where.name
        const second = where.folder + "/" + where.name.replace(".png", "-again.png")
        verify(files.addFiles([first]))
        tryCompare(files, "count", 1)
        const tile = findShown(home, "attachmentTiles").children[0]
        verify(files.saveCopy(tile.attachmentId, second, false), files.message)
        files.keepAddedOriginals()
        verify(files.removeFile(tile.attachmentId))
        tryCompare(files, "count", 0)

        verify(files.addFiles([first, second]), files.message)
        tryCompare(files, "count", 2)
        compare(files.addedOriginals.length, 2)
        const offer = findShown(home, "deleteOriginalOffer")
        verify(offer !== null)
        const words = findChild(offer, "deleteOriginalsText")
        compare(words.text, "The 2 originals are still where they were. You can leave them there, or delete them now "
                + "that " + AppSettings.appName + " keeps copies.")
        compare(findChild(offer, "deleteOriginals").text, "Delete the originals")
        compare(findChild(offer, "keepOriginals").text, "Leave them where they are")
        shot(home, "journal-entry-two-originals-1440-light")
        findShown(home, "keepOriginals").clicked()
        tryVerify(() => findShown(home, "deleteOriginalOffer") === null)
    }
}
