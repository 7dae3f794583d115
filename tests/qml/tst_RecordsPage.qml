import QtQuick
import QtQuick.Controls
import QtTest
import Tideline
import Tideline.App
import "LeaveCheck.js" as LeaveCheck

// Records, two steps from home (Safety ▸ Records), on the demo vault: the list with a sensitive
// record covered, a new record saved and changed (two versions kept), search, deleting in two
// steps with undo, neutral mode's name, and the page at 360 px and at 1440 px wide, light and
// dark (TIDELINE_SHOTS_DIR keeps pictures of each screen for people to look at).
TestCase {
    id: testCase
    name: "RecordsPage"
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
        AppSettings.neutralMode = false
        AppSettings.theme = AppSettings.Light
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

    function openRecords(w, h) {
        const frame = createTemporaryObject(framedHome, testCase, { width: w, height: h })
        verify(frame)
        const home = frame.home
        waitForRendering(home)
        mouseClick(findShown(home, "navSafety"))
        tryVerify(() => findChild(home, "openRecords") !== null, 5000,
                  "Safety opened: " + findChild(home, "sectionLoader").item)
        const entry = findChild(home, "openRecords")
        // The Safety section shows its plan page through a loader (SafetySection). Its sections
        // settle a moment after it opens (the plan's lists, the region's numbers), moving the
        // entry down the page: scroll as a person would, until the entry stays in view.
        const safety = findChild(findChild(home, "sectionLoader").item, "safetyPageLoader").item
        scrollTo(safety, entry)
        const centre = entry.mapToItem(safety, entry.width / 2, entry.height / 2)
        verify(centre.y > 0 && centre.y < safety.height, "Open records is in view: " + centre.y)
        mouseClick(entry)
        tryVerify(() => findChild(home, "recordList") !== null)
        const list = findChild(home, "recordList")
        tryVerify(() => list.count > 0)
        return home
    }

    // Scrolls a Flickable so that item is in view, as a person would before clicking it.
    function scrollTo(flick, item) {
        // Files and pictures arrive a moment after the page: scroll again until nothing moves.
        let last = -1
        for (let i = 0; i < 20 && item.mapToItem(flick.contentItem, 0, 0).y !== last; ++i) {
            last = item.mapToItem(flick.contentItem, 0, 0).y
            flick.contentY = Math.max(0, Math.min(last - flick.height / 3, flick.contentHeight - flick.height))
            wait(50)
        }
        waitForRendering(flick)
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

    // Nothing of the page reaches past the window's right edge.
    function checkFits(root, w) {
        waitForRendering(root)
        checkFitsBelow(root, w)
    }
    function checkFitsBelow(root, w) {
        const children = root.children
        for (let i = 0; i < children.length; ++i) {
            const c = children[i]
            if (!c.visible || c.width === 0)
                continue
            const p = c.mapToItem(null, 0, 0)
            verify(p.x + c.width <= w + 1, c.objectName + " " + c + " ends at " + (p.x + c.width) + " of " + w
                   + " (parent " + c.parent + " width " + c.parent.width + ", x " + c.x + ")")
            if (c.objectName !== "recordList" && c.objectName !== "attachmentTiles")
                checkFitsBelow(c, w)
        }
    }

    function rowsOf(list) {
        const rows = []
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            tryVerify(() => list.itemAtIndex(i) !== null)
            rows.push(list.itemAtIndex(i))
        }
        return rows
    }

    function test_1_twoStepsAwayAndTheListCoversSensitiveRecords() {
        const home = openRecords(1440, 900)
        const list = findChild(home, "recordList")
        compare(list.count, 5)
        compare(findChild(home, "sectionLoader").item.title, "Records")
        let covered = 0
        for (const row of rowsOf(list)) {
            if (row && row.sensitive) {
                covered++
                const cover = findChild(row, "revealSensitive")
                verify(cover && cover.visible)
                verify(row.Accessible.name.indexOf("covered") >= 0, row.Accessible.name)
            }
        }
        compare(covered, 1)
        for (const name of ["newRecord", "recordSearch", "shareRecords", "editKinds"]) {
            const control = findChild(home, name)
            verify(control && control.visible, name)
            verify(control.Accessible.name.length > 0, name)
        }
        shot(home, "records-list-1440-light")
    }

    function test_2_newRecordEveryChangeKept() {
        const home = openRecords(1440, 900)
        mouseClick(findChild(home, "newRecord"))
        const editor = findChild(home, "recordEditor")
        tryVerify(() => editor.active)
        const what = findChild(home, "recordWhatHappened")
        tryVerify(() => what !== null)
        mouseClick(what)
        for (const c of "Shouted at me on the stairs")
            keyClick(c)
        findChild(home, "recordPlace").text = "The stairs 🏠 \u05D1\u05D9\u05EA"
        editor.time = "18:40"
        tryVerify(() => editor.unsaved)
        mouseClick(findChild(home, "saveRecord"))
        tryVerify(() => editor.recordId > 0)
        compare(editor.lastError, "")
        verify(findChild(home, "recordWritten").text.indexOf("Written on") === 0)
        shot(home, "record-editor-1440-light")

        // A change, saved: the record says it was changed and keeps both versions.
        findChild(home, "recordInjuries").text = "None"
        tryVerify(() => editor.unsaved)
        verify(findChild(home, "recordUnsaved").visible)
        mouseClick(findChild(home, "saveRecord"))
        tryVerify(() => !editor.unsaved)
        tryVerify(() => findChild(home, "recordWritten").text.indexOf("changed on") > 0)
        // A second change: the number of changes is said with its plural form (%n).
        findChild(home, "recordInjuries").text = "None that show"
        tryVerify(() => editor.unsaved)
        mouseClick(findChild(home, "saveRecord"))
        tryVerify(() => !editor.unsaved)
        tryVerify(() => findChild(home, "recordWritten").text.indexOf("; changed 2 times, last on ") > 0, 5000,
                  findChild(home, "recordWritten").text)
        shot(home, "record-editor-changed-1440-light")
        const historyLink = findChild(home, "recordHistory")
        scrollTo(findChild(home, "recordFlick"), historyLink)
        mouseClick(historyLink)
        tryVerify(() => findChild(home, "recordHistoryModel") !== null)
        tryCompare(findChild(home, "recordHistoryModel"), "count", 3)
        shot(home, "record-history-1440-light")
        mouseClick(findChild(home, "historyBack"))
        mouseClick(findChild(home, "recordBack"))
        tryCompare(findChild(home, "recordList"), "count", 6)

        // Search finds it by its words; the match is marked.
        const search = findChild(home, "recordSearch")
        search.text = "stairs"
        const list = findChild(home, "recordList")
        tryCompare(list, "count", 1)
        verify(list.itemAtIndex(0).snippet.indexOf("<b>") >= 0, list.itemAtIndex(0).snippet)
        search.text = ""
        tryCompare(list, "count", 6)
    }

    function test_3_deleteTakesTwoStepsAndCanBeUndone() {
        const home = openRecords(1440, 900)
        const list = findChild(home, "recordList")
        const before = list.count
        mouseClick(list.itemAtIndex(0))
        tryVerify(() => findChild(home, "deleteRecord") !== null)
        const link = findChild(home, "deleteRecord")
        scrollTo(findChild(home, "recordFlick"), link)
        mouseClick(link)
        const confirm = findChild(home, "confirmDelete")
        tryVerify(() => confirm.visible)
        wait(100)
        verify(confirm.mapToItem(null, 0, 0).y + confirm.height <= testCase.height, "the question is in view")
        mouseClick(confirm)
        tryVerify(() => findChild(home, "recordsList").visible)
        tryCompare(findChild(home, "recordList"), "count", before - 1)
        const undo = findChild(home, "undoRecordDelete")
        verify(undo.visible)
        shot(home, "records-undo-1440-light")
        mouseClick(undo)
        tryCompare(findChild(home, "recordList"), "count", before)
    }

    function test_4_nameFollowsNeutralMode() {
        const home = openRecords(1440, 900)
        AppSettings.neutralMode = true
        compare(findChild(home, "sectionLoader").item.title, "Documents")
        verify(findChild(home, "recordsList").children.length > 0)
    }

    function test_5_phoneWidthLightAndDark() {
        for (const dark of [false, true]) {
            AppSettings.theme = dark ? AppSettings.Dark : AppSettings.Light
            const home = openRecords(360, 740)
            checkFits(findChild(home, "recordsList"), 360)
            shot(home, "records-list-360-" + (dark ? "dark" : "light"))
            mouseClick(findChild(home, "recordList").itemAtIndex(1))
            tryVerify(() => findChild(home, "recordEditorPane") !== null)
            const pane = findChild(home, "recordEditorPane")
            tryVerify(() => pane.visible)
            waitForRendering(pane)
            checkFits(pane, 360)
            shot(home, "record-editor-360-" + (dark ? "dark" : "light"))
            mouseClick(findChild(home, "recordBack"))
            mouseClick(findChild(home, "shareRecords"))
            tryVerify(() => findChild(home, "recordsShareForm") !== null)
            checkFits(findChild(home, "recordsShareForm"), 360)
            shot(home, "records-share-360-" + (dark ? "dark" : "light"))
        }
    }

    function test_6_lockForgetsEverything() {
        const home = openRecords(1440, 900)
        const list = findChild(home, "recordList")
        verify(list.count > 0)
        const model = findChild(home, "recordListModel")
        Session.lock()
        tryCompare(Session, "state", Session.Locked)
        compare(model.count, 0)
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    // A record ticked and looked at as a PDF: the pages are read and painted on a worker (the
    // bar and Stop show meanwhile), then the preview opens with them.
    function test_7_shareLooksAtThePdfFirst() {
        const home = openRecords(1440, 900)
        mouseClick(findChild(home, "shareRecords"))
        tryVerify(() => findChild(home, "shareRecordList") !== null)
        const picks = findChild(home, "shareRecordList")
        tryVerify(() => picks.count > 0)
        const maker = findChild(home, "recordsPdfMaker")
        mouseClick(picks.itemAtIndex(0))
        tryCompare(findChild(home, "recordsTicked"), "text", "1 record ticked.")
        compare(maker.chosenCount, 1)
        const preview = findChild(home, "recordsPreview")
        scrollTo(findChild(home, "recordsShareForm"), preview)
        mouseClick(preview)
        verify(maker.busy)
        tryVerify(() => findChild(home, "recordsPreviewPane").visible, 30000, "error: " + maker.lastError + " busy " + maker.busy + " pages " + maker.previewPages)
        verify(maker.previewPages > 0)
        compare(maker.lastError, "")
        verify(!maker.busy)
        shot(home, "records-preview-1440-light")
        mouseClick(findChild(home, "previewBack"))
        tryVerify(() => !findChild(home, "recordsPreviewPane").visible)
    }

    // Saving through Tideline's chooser and the PIN asked once more: the PDF, then the folder of
    // original files, each made on a worker. After each, whatever came of it, the message says
    // so and the buttons are there again.
    function test_8_savePdfAndFolderThroughTheChooser() {
        const home = openRecords(1440, 900)
        mouseClick(findChild(home, "shareRecords"))
        tryVerify(() => findChild(home, "shareRecordList") !== null)
        const picks = findChild(home, "shareRecordList")
        tryVerify(() => picks.count > 0)
        const maker = findChild(home, "recordsPdfMaker")
        // A record of the demo's with a file (a picture): read, decoded and copied on workers.
        let withFile = null
        for (let i = 0; i < picks.count && !withFile; ++i) {
            picks.positionViewAtIndex(i, ListView.Contain)
            tryVerify(() => picks.itemAtIndex(i) !== null)
            if (picks.itemAtIndex(i).fileCount > 0)
                withFile = picks.itemAtIndex(i)
        }
        verify(withFile, "a demo record with a file")
        scrollTo(findChild(home, "recordsShareForm"), withFile)
        mouseClick(withFile)
        tryCompare(maker, "chosenCount", 1)
        const form = findChild(home, "recordsShareForm")
        const message = findChild(home, "recordsShareMessage")
        for (const what of ["pdf", "folder"]) {
            const button = findChild(home, what === "pdf" ? "recordsSavePdf" : "recordsExportFiles")
            scrollTo(form, button)
            mouseClick(button)
            const chooser = findChild(home, "recordsSavePicker")
            tryVerify(() => chooser.opened)
            const name = findChild(chooser.contentItem, "fileChooserName")
            tryVerify(() => name.activeFocus)
            verify(name.text.indexOf("records-") === 0, name.text)
            keyClick(Qt.Key_Return)
            tryVerify(() => !chooser.visible)
            LeaveCheck.confirm(testCase, findChild(home, "recordsLeaveCheck"))
            if (what === "pdf")
                tryVerify(() => message.text.indexOf("Saved as ") === 0, 30000, message.text)
            else
                tryVerify(() => message.text.indexOf("Made the folder ") === 0
                          && message.text.indexOf(" with 1 file exactly as it came in") > 0, 30000, message.text)
            shot(home, "records-saved-" + what + "-1440-light")
            tryVerify(() => button.visible && button.enabled, 5000, what)
        }
    }
}
