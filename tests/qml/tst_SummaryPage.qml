import QtQuick
import QtTest
import Tideline
import Tideline.App

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

    function test_1_choicesAndWarning() {
        const home = openShare()
        const maker = findChild(home, "summaryMaker")
        const warning = findChild(home, "shareWarning")
        verify(warning.visible)
        verify(warning.text.indexOf("not encrypted") >= 0, warning.text)
        for (const name of ["shareCharts", "shareAverages", "shareRoutines", "shareReview", "shareMoments",
                            "shareName", "shareAgenda", "shareFileName", "sharePreview", "shareSave",
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

        mouseClick(findChild(home, "sharePreview"))
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

        // The folder dialog hands over a folder; the test's own data folder stands in.
        const folder = "file://" + Session.dataDirectory
        findChild(home, "shareFileName").text = "for-my-therapist"
        maker.saveTo(folder, "for-my-therapist")
        tryVerify(() => !maker.busy, 30000)
        compare(maker.lastError, "")
        verify(maker.savedPath.endsWith("for-my-therapist.pdf"), maker.savedPath)
        const message = findChild(home, "shareMessage")
        verify(message.text.indexOf("not encrypted") >= 0, message.text)

        maker.saveTo(folder, "for-my-therapist.pdf")
        verify(!maker.busy)
        verify(maker.lastError.indexOf("already a file") >= 0, maker.lastError)

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
