import QtQuick
import QtTest
import Tideline
import Tideline.App
import "LeaveCheck.js" as LeaveCheck
import TidelineTest

// Long work shows what is happening, how far along it is, and a Stop (issue 16). The bar is
// checked against a task whose pace the test sets (GatedTask), so every moment is seen without
// racing the clock; then a real JSON export is stopped from Settings and leaves no file, and a
// real export and import run to the end with the bar shown while they work.
TestCase {
    id: testCase
    name: "TaskProgress"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    Component {
        id: barHost
        Rectangle {
            property alias bar: bar
            property alias task: task
            color: Theme.background
            GatedTask { id: task }
            TaskProgressBar {
                id: bar
                x: Theme.spaceM
                width: parent.width - 2 * Theme.spaceM
                task: task.progress
                what: "Bringing in your file"
            }
        }
    }
    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }

    function host(width) {
        const made = createTemporaryObject(barHost, testCase, {width: width, height: 200})
        verify(made)
        return made
    }

    // TIDELINE_SHOTS_DIR: a picture of the screen, for people to look at (none without it).
    function shoot(item, name) {
        const folder = typeof tidelineShotsFolder === "string" ? tidelineShotsFolder : ""
        if (folder.length > 0) {
            waitForRendering(item)
            grabImage(item).save(folder + "/" + name + ".png")
        }
    }

    function test_a_barSaysWhatAndHowFar() {
        const h = host(testCase.width)
        const step = findChild(h.bar, "taskStep")
        const progressBar = findChild(h.bar, "taskBar")
        const stop = findChild(h.bar, "taskStop")
        verify(!h.bar.visible)                       // nothing shown while nothing runs

        verify(h.task.start("Adding what the file holds", 200))
        verify(h.bar.visible)
        verify(!h.task.start("Another", 10))          // one task at a time
        tryCompare(step, "text", "Adding what the file holds… 0 %")
        verify(!progressBar.indeterminate)
        h.task.advance(50)
        tryCompare(step, "text", "Adding what the file holds… 25 %")
        compare(progressBar.value, 0.25)
        compare(progressBar.Accessible.name, "Bringing in your file: 25 percent")
        verify(stop.enabled)
        verify(stop.Accessible.name.length > 0)
        shoot(h, "taskprogress-running")

        h.task.advance(200)
        tryCompare(step, "text", "Adding what the file holds… 100 %")
        h.task.finish()
        tryCompare(h.task, "outcome", "finished")
        verify(!h.bar.visible)
    }

    function test_b_unknownSizeIsAQuietMovingBar() {
        const h = host(testCase.width)
        verify(h.task.start("Checking the file", 0))
        const step = findChild(h.bar, "taskStep")
        const progressBar = findChild(h.bar, "taskBar")
        tryCompare(step, "text", "Checking the file…")
        verify(progressBar.indeterminate)
        compare(progressBar.Accessible.name, "Bringing in your file")
        shoot(h, "taskprogress-unknown-size")
        h.task.finish()
        tryCompare(h.task, "outcome", "finished")
    }

    function test_c_stopByKeyboard() {
        const h = host(testCase.width)
        verify(h.task.start("Writing your export", 100))
        h.task.advance(30)
        const step = findChild(h.bar, "taskStep")
        const stop = findChild(h.bar, "taskStop")
        tryCompare(step, "text", "Writing your export… 30 %")
        stop.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        // At once: the person sees the stop was heard, and cannot press it twice.
        verify(h.task.progress.stopping)
        compare(step.text, "Stopping, and leaving everything as it was…")
        verify(!stop.enabled)
        shoot(h, "taskprogress-stopping")
        tryCompare(h.task, "outcome", "stopped")
        verify(!h.bar.visible)

        // A new task after a stop starts fresh.
        verify(h.task.start("Writing your export", 100))
        verify(!h.task.progress.stopping)
        tryCompare(step, "text", "Writing your export… 0 %")
        verify(stop.enabled)
        h.task.finish()
        tryCompare(h.task, "outcome", "finished")
    }

    function test_d_fitsAPhone() {
        const h = host(360)
        verify(h.task.start("Adding what the file holds", 1000))
        h.task.advance(333)
        const step = findChild(h.bar, "taskStep")
        tryCompare(step, "text", "Adding what the file holds… 33 %")
        const stop = findChild(h.bar, "taskStop")
        waitForRendering(h.bar)
        const right = stop.mapToItem(h, stop.width, 0).x
        verify(right <= 360 - Theme.spaceM + 0.5, "Stop ends at " + right)
        verify(findChild(h.bar, "taskBar").width > 100)
        shoot(h, "taskprogress-360")
        h.task.finish()
        tryCompare(h.task, "outcome", "finished")
    }

    function test_e_realExportStoppedLeavesNoFile() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
        const home = createTemporaryObject(homePage, testCase)
        verify(home)
        mouseClick(findChild(home, "navSettings"))
        tryVerify(() => findChild(home, "exportSection") !== null)
        const section = findChild(home, "exportSection")
        const exporter = findChild(section, "vaultExporter")
        const bar = findChild(section, "exportProgress")
        const message = findChild(section, "exportMessage")

        // A whole export of the demo year, through the chooser: the bar shows while it works and
        // the buttons wait; then the file is there.
        findChild(section, "exportJson").clicked()
        const chooser = findChild(section, "exportFileChooser")
        tryVerify(() => chooser.opened)
        const name = findChild(chooser.contentItem, "fileChooserName")
        tryVerify(() => name.activeFocus)
        keyClick(Qt.Key_Return)
        tryVerify(() => !chooser.visible)
        const check = findChild(section, "exportLeaveCheck")
        LeaveCheck.confirm(testCase, check)
        tryVerify(() => exporter.savedPath.length > 0, 20000)
        verify(!exporter.progress.running)
        verify(!bar.visible)
        verify(findChild(section, "exportJson").enabled)
        verify(message.text.indexOf("Saved to " + exporter.savedPath) === 0, message.text)
        const folder = exporter.savedPath.substring(0, exporter.savedPath.lastIndexOf("/"))

        // Stopped as soon as it starts: no file is left under that name, and the person is told.
        const target = folder + "/stopped-export.json"
        const page = findChild(home, "sectionLoader").item
        page.contentY = Math.min(bar.mapToItem(page.contentItem, 0, 0).y - 300, page.contentHeight - page.height)
        // Stop is pressed the moment the export starts, inside the start itself: the PIN check
        // waits for its dialog to close, and a demo year's export can be done by then.
        const atStart = {}
        const stopAtStart = () => {
            if (!exporter.progress.running || atStart.seen)
                return
            atStart.seen = true
            atStart.barVisible = bar.visible
            atStart.exportEnabled = findChild(section, "exportJson").enabled
            findChild(bar, "taskStop").clicked()
            atStart.step = findChild(bar, "taskStep").text
        }
        exporter.progress.runningChanged.connect(stopAtStart)
        section.pendingFormat = VaultExporter.Json
        section.saveTo(target)
        LeaveCheck.confirm(testCase, check)
        exporter.progress.runningChanged.disconnect(stopAtStart)
        verify(atStart.seen)
        verify(atStart.barVisible)
        verify(!atStart.exportEnabled)   // one export at a time
        compare(atStart.step, "Stopping, and leaving everything as it was…")
        shoot(home, "export-stopping")
        tryVerify(() => !exporter.progress.running, 20000)
        compare(exporter.lastError, "")
        compare(message.text, "Stopped. No file was made.")
        verify(!message.concern)
        shoot(home, "export-stopped")
        // The name is free: nothing was written there, not even part of a file.
        section.saveTo(target)
        LeaveCheck.confirm(testCase, check)
        tryVerify(() => !exporter.progress.running, 20000)
        compare(exporter.savedPath, target)
        verify(message.text.indexOf("Saved to " + target) === 0, message.text)

        // That file brought back in: the bar shows while it is read and added; nothing is new.
        mouseClick(findChild(home, "navSettings"))
        tryVerify(() => findChild(home, "importSection") !== null)
        const importSection = findChild(home, "importSection")
        const importer = findChild(importSection, "vaultImporter")
        findChild(importSection, "importKindJson").clicked()
        compare(importSection.format, VaultImporter.TidelineJson)
        importSection.inspectFile(target)
        verify(importer.progress.running)
        verify(findChild(importSection, "importProgress").visible)
        verify(!findChild(importSection, "importChooseFile").enabled)
        tryVerify(() => !importer.progress.running, 20000)
        compare(importer.lastError, "")
        verify(importer.ready)
        verify(!findChild(importSection, "importProgress").visible)
        importer.importChosen()
        verify(importer.progress.running)
        tryVerify(() => !importer.progress.running, 20000)
        compare(importer.lastError, "")
        verify(importer.result.indexOf("already here") >= 0, importer.result)
    }
}
