import QtQuick
import QtTest
import Tideline
import Tideline.App
import "LeaveCheck.js" as LeaveCheck

// Share: the not-encrypted warning is there before anything is made, no journal entry is
// ticked until the person ticks it, the preview shows pages and is dropped when a choice
// changes, a save lands where the person chose and never replaces a file, and locking
// forgets the preview and the ticks.
TestCase {
    id: testCase
    name: "SummaryPage"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }

    function openShare() {
        if (Session.state !== Session.Unlocked) {
            for (const c of "246810")
                typed.appendText(c)
            Session.unlock(typed)
            tryCompare(Session, "state", Session.Unlocked, 10000)
        }
        const home = createTemporaryObject(homePage, testCase)
        verify(home)
        mouseClick(findChild(home, "navShare"))
        tryVerify(() => findChild(home, "summaryMaker") !== null)
        return home
    }

    // Scrolls the form so that the control is in view, then clicks it as a person would.
    function clickInForm(home, name) {
        const form = findChild(home, "shareForm")
        const control = findChild(home, name)
        form.contentY = Math.max(0, Math.min(control.mapToItem(form.contentItem, 0, 0).y - 100,
                                             form.contentHeight - form.height))
        waitForRendering(form)
        mouseClick(control)
    }

    function test_1_choicesAndWarning() {
        const home = openShare()
        const maker = findChild(home, "summaryMaker")
        const warning = findChild(home, "shareWarning")
        verify(warning.visible)
        verify(warning.text.indexOf("not encrypted") >= 0, warning.text)
        for (const name of ["shareCharts", "shareAverages", "shareRoutines", "shareReview", "shareMoments",
                            "shareName", "shareAgenda", "sharePreview", "shareSave",
                            "shareFrom", "shareTo", "sharePeriod_14", "sharePeriod_365"]) {
            const control = findChild(home, name)
            verify(control, name)
            verify(control.Accessible.name.length > 0, name)
        }
        // The last 30 days by default, ending today.
        compare(maker.to, Qt.formatDate(new Date(), "yyyy-MM-dd"))
        verify(maker.periodValid)

        // The demo year has entries in its last 90 days; none is ticked until the person does.
        mouseClick(findChild(home, "sharePeriod_90"))
        tryVerify(() => maker.entries.count > 0, 5000, "entries of the period are offered")
        compare(maker.entries.tickedCount, 0)
        verify(findChild(home, "shareTickedCount").text.indexOf("None") >= 0)

        // A period that ends after it starts is refused with a plain word, and nothing can be made.
        maker.from = maker.to
        maker.to = "2001-01-01"
        verify(!maker.periodValid)
        verify(maker.periodLabel.indexOf("swap") >= 0, maker.periodLabel)
        verify(!findChild(home, "shareSave").enabled)
    }

    function test_2_previewSaveAndLock() {
        const home = openShare()
        const maker = findChild(home, "summaryMaker")
        maker.useLastDays(90)
        tryVerify(() => maker.entries.count > 0, 5000)
        const list = findChild(home, "shareEntryList")
        verify(list)
        tryVerify(() => list.itemAtIndex(0) !== null)
        const form = findChild(home, "shareForm")
        form.contentY = list.mapToItem(form.contentItem, 0, 0).y - 40   // scrolled to, as a person would
        waitForRendering(form)
        mouseClick(list.itemAtIndex(0))
        tryCompare(maker.entries, "tickedCount", 1)
        maker.agenda = "Sleep, and the week of the move"

        // Scrolled down to the buttons (the records' list sits between them and the entries).
        const preview = findChild(home, "sharePreview")
        form.contentY = Math.min(preview.mapToItem(form.contentItem, 0, 0).y - 40, form.contentHeight - form.height)
        waitForRendering(form)
        mouseClick(preview)
        tryVerify(() => maker.previewPages > 0, 30000, "the preview has pages")
        verify(!maker.busy)
        const pane = findChild(home, "sharePreviewPane")
        tryVerify(() => pane.visible)
        verify(!findChild(home, "shareForm").visible)
        tryVerify(() => findChild(pane, "previewPages").count === maker.previewPages)

        // Any change of what goes in drops the preview rather than show an out-of-date one.
        maker.moments = !maker.moments
        compare(maker.previewPages, 0)
        mouseClick(findChild(pane, "previewBack"))
        tryVerify(() => findChild(home, "shareForm").visible)

        // Saving from the form: Tideline's own chooser opens in Documents with the name ready;
        // the keyboard alone saves it there.
        const chooser = findChild(home, "shareFileChooser")
        clickInForm(home, "shareSave")
        tryVerify(() => chooser.opened)
        verify(chooser.folder.endsWith("/Documents"), chooser.folder)
        const nameField = findChild(chooser.contentItem, "fileChooserName")
        tryVerify(() => nameField.activeFocus)
        keySequence("Ctrl+A")
        for (const c of "for-my-therapist")
            keyClick(c)
        keyClick(Qt.Key_Return)
        tryVerify(() => !chooser.visible)
        const check = findChild(home, "summaryLeaveCheck")
        LeaveCheck.confirm(testCase, check)
        tryVerify(() => !maker.busy, 30000)
        compare(maker.lastError, "")
        compare(maker.savedPath, chooser.folder + "/for-my-therapist.pdf")
        const message = findChild(home, "shareMessage")
        verify(message.text.indexOf("Saved to " + maker.savedPath) === 0, message.text)
        verify(message.text.indexOf("not encrypted") >= 0, message.text)

        // The same name again: the chooser says so and stays, and nothing is replaced.
        clickInForm(home, "shareSave")
        tryVerify(() => chooser.opened && nameField.activeFocus)
        keySequence("Ctrl+A")
        for (const c of "for-my-therapist.pdf")
            keyClick(c)
        keyClick(Qt.Key_Return)
        const problem = findChild(chooser.contentItem, "fileChooserMessage")
        tryVerify(() => problem.text.indexOf("already a file") >= 0, 3000, problem.text + " / " + nameField.text)
        verify(chooser.visible)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !chooser.visible)
        verify(!maker.busy)

        // Saving from the preview answers there too, with the full path.
        mouseClick(findChild(home, "sharePreview"))
        tryVerify(() => maker.previewPages > 0 && pane.visible, 30000)
        mouseClick(findChild(pane, "previewSave"))
        tryVerify(() => chooser.opened)
        tryVerify(() => nameField.activeFocus)
        keySequence("Ctrl+A")
        for (const c of "from-the-preview")
            keyClick(c)
        keyClick(Qt.Key_Return)
        LeaveCheck.confirm(testCase, check)
        tryVerify(() => !maker.busy && maker.savedPath.endsWith("from-the-preview.pdf"), 30000)
        const previewMessage = findChild(pane, "previewMessage")
        tryVerify(() => previewMessage.visible)
        verify(previewMessage.text.indexOf("Saved to " + chooser.folder + "/from-the-preview.pdf") === 0,
               previewMessage.text)
        verify(pane.visible) // still looking at the pages
        mouseClick(findChild(pane, "previewBack"))

        maker.makePreview(400)
        tryVerify(() => maker.previewPages > 0, 30000)
        Session.lock()
        tryCompare(Session, "state", Session.Locked)
        compare(maker.previewPages, 0)
        compare(maker.entries.tickedCount, 0)
        compare(maker.entries.count, 0)
        compare(maker.agenda, "")
    }
}
