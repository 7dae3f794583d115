import QtQuick
import QtTest
import Tideline
import Tideline.App

// Logging a hard moment in a few taps (and how it counts into the day), the prompt card's
// choices, the hand-over to the journal, and the calm support card for the sensitive measure.
TestCase {
    id: testCase
    name: "TodayMomentsAndPrompt"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    Component { id: todayPage; TodayPage { width: testCase.width; height: testCase.height } }
    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    Component { id: metricSettings; MetricSettingsModel {} }
    SecretEntry { id: typed }
    SignalSpy { id: writeSpy; signalName: "writeFromPrompt" }

    function initTestCase() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    // Scrolls the Today page to the item first: a click outside the window would land elsewhere.
    function tap(page, item, name) {
        verify(item, "item to tap: " + name)
        wait(50) // a form that just opened is laid out on the next frame
        const today = page.objectName === "todayPage" ? page : findChild(page, "todayPage")
        today.showFocused(item)
        mouseClick(item)
    }

    function valueText(page, key) {
        return findChild(page, "value_" + key).text
    }

    function showPromptText(page) {
        tryVerify(() => findChild(page, "writeFromPrompt").visible || findChild(page, "showPrompt").visible)
        if (findChild(page, "showPrompt").visible) {
            verify(findChild(page, "promptNote").text.length > 0) // the content note comes first
            tap(page, findChild(page, "showPrompt"), "showPrompt")
        }
        verify(findChild(page, "writeFromPrompt").visible)
        return findChild(page, "promptText").text
    }

    function test_1_momentInTwoTaps() {
        const page = createTemporaryObject(todayPage, testCase)
        tryVerify(() => findChild(page, "value_flashbacks") !== null)
        compare(valueText(page, "flashbacks"), "—, not recorded")

        tap(page, findChild(page, "logMoment"), "logMoment")
        tryVerify(() => findChild(page, "saveMoment") !== null)
        verify(!findChild(page, "saveMoment").enabled) // the kind is the one thing it needs
        tap(page, findChild(page, "momentKind_flashback"), "momentKind_flashback")
        tap(page, findChild(page, "saveMoment"), "saveMoment")
        tryCompare(page.moments, "count", 1)
        compare(valueText(page, "flashbacks"), "1") // counted into the day
        tryVerify(() => findChild(page, "saveMoment") === null) // the form folds away

        // With details, right-to-left text and an emoji, and an intensity by keyboard.
        tap(page, findChild(page, "logMoment"), "logMoment")
        tryVerify(() => findChild(page, "saveMoment") !== null)
        tap(page, findChild(page, "momentKind_panic"), "momentKind_panic")
        findChild(page, "momentIntensity").forceActiveFocus()
        keyClick("7")
        tap(page, findChild(page, "momentDetailsToggle"), "momentDetailsToggle")
        findChild(page, "momentTrigger").text = "صوت عالٍ 🔊"
        findChild(page, "momentHelped").text = "slow breathing"
        tap(page, findChild(page, "saveMoment"), "saveMoment")
        tryCompare(page.moments, "count", 2)
        compare(valueText(page, "flashbacks"), "1") // panic does not feed a count

        // A time that has not come yet is refused kindly; nothing is saved. In the last two
        // minutes of the day no time is still to come: "23:59" would be saved and the form would
        // fold away under the steps below (the test failed when run at 23:58).
        tap(page, findChild(page, "logMoment"), "logMoment")
        tryVerify(() => findChild(page, "saveMoment") !== null)
        tap(page, findChild(page, "momentKind_nightmare"), "momentKind_nightmare")
        const now = new Date()
        if (now.getHours() < 23 || now.getMinutes() < 58) {
            findChild(page, "momentTime").text = "23:59"
            tap(page, findChild(page, "saveMoment"), "saveMoment")
            compare(page.moments.count, 2)
            verify(page.moments.lastError.indexOf("still to come") >= 0, page.moments.lastError)
        }
        // A huge paste is refused with a message and stays in the field; nothing is cut off.
        findChild(page, "momentTime").text = ""
        tap(page, findChild(page, "momentDetailsToggle"), "momentDetailsToggle")
        const huge = "a".repeat(5000)
        findChild(page, "momentHelped").text = huge
        tap(page, findChild(page, "saveMoment"), "saveMoment")
        verify(page.moments.lastError.indexOf("very long") >= 0, page.moments.lastError)
        compare(findChild(page, "momentHelped").text.length, 5000)
        compare(page.moments.count, 2)
        tap(page, findChild(page, "cancelMoment"), "cancelMoment")

        // Removing a moment leaves the count as the person last saw it. The list starts folded.
        compare(findChild(page, "removeMoment_0"), null)
        verify(findChild(page, "toggleMoments").text.indexOf("2 moments") >= 0, findChild(page, "toggleMoments").text)
        tap(page, findChild(page, "toggleMoments"), "toggleMoments")
        tryVerify(() => findChild(page, "removeMoment_1") !== null)
        const firstRemove = findChild(page, "removeMoment_1")
        tap(page, firstRemove, "removeMoment_1")
        tryCompare(page.moments, "count", 1)
        compare(valueText(page, "flashbacks"), "1")
    }

    function test_2_promptChoices() {
        let page = createTemporaryObject(todayPage, testCase)
        const first = showPromptText(page)
        verify(first.length > 10)
        tap(page, findChild(page, "anotherPrompt"), "anotherPrompt")
        const second = showPromptText(page)
        verify(second !== first)

        writeSpy.target = page
        tap(page, findChild(page, "writeFromPrompt"), "writeFromPrompt")
        compare(writeSpy.count, 1)
        verify(writeSpy.signalArguments[0][0].length > 0) // the prompt's key
        compare(writeSpy.signalArguments[0][1], second)

        tap(page, findChild(page, "promptNotToday"), "promptNotToday")
        verify(findChild(page, "promptResting").visible)
        page.destroy()
        page = createTemporaryObject(todayPage, testCase) // remembered
        tryVerify(() => findChild(page, "promptResting").visible)
        tap(page, findChild(page, "promptAfterAll"), "promptAfterAll")
        showPromptText(page)
    }

    function test_3_promptOpensTheJournal() {
        const home = createTemporaryObject(homePage, testCase)
        tryVerify(() => findChild(home, "promptCard") !== null)
        const text = showPromptText(home)
        tap(home, findChild(home, "writeFromPrompt"), "writeFromPrompt")
        compare(home.current, 1)
        // The journal opens a new entry on that prompt and takes the request, once.
        tryVerify(() => findChild(home, "promptChip") !== null && findChild(home, "promptChip").visible)
        const chipName = findChild(home, "promptChip").Accessible.name
        verify(chipName.indexOf(text) >= 0, chipName)
        tryCompare(home, "pendingJournalRequest", null)
    }

    function test_5_aMomentBeingTypedIsKeptAtQuickLock() {
        let page = createTemporaryObject(todayPage, testCase)
        tryVerify(() => findChild(page, "logMoment") !== null)
        const before = page.moments.count
        tap(page, findChild(page, "logMoment"), "logMoment")
        tryVerify(() => findChild(page, "saveMoment") !== null)
        tap(page, findChild(page, "momentDetailsToggle"), "momentDetailsToggle")
        findChild(page, "momentBody").text = "shaking hands"
        Session.lock() // as the auto-lock or quick exit does, with the form still open
        compare(Session.state, Session.Locked)
        page.destroy()
        typed.clear()
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
        page = createTemporaryObject(todayPage, testCase)
        tryCompare(page.moments, "count", before + 1)
    }

    function test_4_supportCardIsCalmAndInPage() {
        let page = createTemporaryObject(todayPage, testCase)
        tryVerify(() => findChild(page, "value_mood") !== null)
        compare(findChild(page, "value_self_harm_thoughts"), null) // off until turned on

        const settings = createTemporaryObject(metricSettings, testCase)
        let row = -1
        for (let i = 0; i < settings.count; ++i)
            if (settings.data(settings.index(i, 0), MetricSettingsModel.SensitiveRole))
                row = i
        verify(row >= 0)
        verify(settings.setOnToday(row, true))
        page.checkin.reload()
        tryVerify(() => findChild(page, "control_self_harm_thoughts") !== null)
        verify(!findChild(page, "supportCard").visible)

        findChild(page, "control_self_harm_thoughts").forceActiveFocus()
        keyClick("0")
        verify(!findChild(page, "supportCard").visible) // zero: nothing is shown
        keyClick("3")
        tryVerify(() => findChild(page, "supportCard").visible)
        const link = findChild(page, "supportCardLink")
        verify(link)
        compare(findChild(link, "crisisDialogLoader").active, false) // offered, never pushed
        tap(page, link)
        compare(findChild(link, "crisisDialogLoader").active, true)
        keyClick(Qt.Key_Escape)
        findChild(page, "control_self_harm_thoughts").forceActiveFocus()
        keyClick(Qt.Key_Delete)
        tryVerify(() => !findChild(page, "supportCard").visible)
        verify(settings.setOnToday(row, false))
    }
}
