import QtQuick
import QtTest
import Tideline
import Tideline.App

// Quick exit is never behind anything: with each popup of the app open (support numbers, the
// grounding chooser and exercise, calendars, Today's settings, a drop-down list, the tags, the
// file chooser, the journal's undo bar), ONE click on Quick exit — or Ctrl+Shift+Q — hides the
// window and locks the vault. At 360×740 no dialog covers the button. The real window
// (Main.qml) is used, so Qt Quick's overlay and modal dimming are the app's own.
TestCase {
    id: testCase
    name: "QuickExit"
    width: 100
    height: 100
    visible: true
    when: windowShown

    property var window: null

    SecretEntry { id: typed }
    SignalSpy { id: hidden; target: Session; signalName: "hideRequested" }

    function initTestCase() {
        // The offscreen window is not always the active one; the privacy cover would take the clicks.
        AppSettings.coverWhenInactive = false
        const component = Qt.createComponent("qrc:/qt/qml/Tideline/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(testCase)
        verify(window)
        window.width = 360
        window.height = 740
        window.requestActivate()
        tryVerify(() => window.width === 360 && page() !== null)
    }
    function cleanupTestCase() {
        AppSettings.coverWhenInactive = true
        window.destroy()
    }

    function page() {
        const loader = findChild(window.contentItem, "pageLoader")
        return loader ? loader.item : null
    }

    // The unlocked home on the section asked for (sections reset when the vault locks).
    function home(section) {
        if (Session.state !== Session.Unlocked) {
            typed.clear()
            for (const c of "246810")
                typed.appendText(c)
            Session.unlock(typed)
            tryCompare(Session, "state", Session.Unlocked, 10000)
        }
        tryVerify(() => page() !== null && findChild(page(), "sectionLoader") !== null)
        const h = page()
        if (section !== "Today") {
            mouseClick(visibleChild(h, "nav" + section)) // the bottom bar's, not the hidden side bar's
            tryVerify(() => h.sections[h.current].title === section && findChild(h, "sectionLoader").item !== null)
        }
        waitForRendering(h)
        hidden.clear()
        return h
    }

    // The visible item called name below item (a name may be used twice, one copy hidden).
    function visibleChild(item, name) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (!child.visible)
                continue
            if (child.objectName === name)
                return child
            const found = visibleChild(child, name)
            if (found)
                return found
        }
        return null
    }

    // Clicks item once it has stopped moving: a page or the editor slides in calmly, and a
    // click aimed at where a control will be lands on nothing while it is still on its way.
    function clickWhenSettled(item) {
        let last = ""
        let still = 0
        tryVerify(() => {
            const p = item.mapToItem(null, 0, 0)
            const now = p.x + "," + p.y + "," + item.width + "," + item.height
            still = now === last ? still + 1 : 0
            last = now
            return still >= 3
        }, 5000)
        mouseClick(item)
    }

    // Where an item is in the window, as a rectangle.
    function rectOf(item) {
        const p = item.mapToItem(null, 0, 0)
        return { x: p.x, y: p.y, width: item.width, height: item.height }
    }
    function overlaps(a, b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    }

    // Each opener opens one popup the way the person would (or through its open() where the
    // control is off-screen on a phone-sized window) and returns { popup, exit }: the popup, and
    // the Quick exit the person sees (the top bar's, or the popup's own for a full-window one).
    function openSupport(h) {
        mouseClick(findChild(h, "crisisLink"))
        const loader = findChild(h, "crisisDialogLoader")
        tryVerify(() => loader.item !== null && loader.item.opened)
        return { popup: loader.item, exit: findChild(h, "quickExitButton") }
    }
    function openGroundingChooser(h) {
        const chooser = findChild(findChild(h, "todayGrounding"), "groundingChooser")
        chooser.open()
        tryVerify(() => chooser.opened)
        return { popup: chooser, exit: findChild(h, "quickExitButton") }
    }
    function openGroundingExercise(h) {
        const overlay = findChild(findChild(h, "todayGrounding"), "groundingOverlay")
        overlay.start("breathing")
        tryVerify(() => overlay.opened)
        return { popup: overlay, exit: findChild(overlay.contentItem, "quickExitButton"), fullWindow: true }
    }
    function openTodayCalendar(h) {
        clickWhenSettled(findChild(h, "chooseDay"))
        tryVerify(() => findChild(h, "calendarPopup") !== null && findChild(h, "calendarPopup").opened)
        return { popup: findChild(h, "calendarPopup"), exit: findChild(h, "quickExitButton") }
    }
    function openTodaySettings(h) {
        findChild(h, "openTodaySettings").clicked()
        const loader = findChild(h, "todaySettingsLoader")
        tryVerify(() => loader.item !== null && loader.item.opened)
        const popup = loader.item
        return { popup: popup, exit: findChild(popup.contentItem, "quickExitButton"), fullWindow: true }
    }
    function openDropDown(h) {
        const box = findChild(h, "autoLockChoice")
        box.popup.open()
        tryVerify(() => box.popup.opened)
        return { popup: box.popup, exit: findChild(h, "quickExitButton") }
    }
    function openTags(h) {
        const manager = findChild(h, "tagManager")
        manager.open()
        tryVerify(() => manager.opened)
        return { popup: manager, exit: findChild(h, "quickExitButton") }
    }
    function openEntryCalendar(h) {
        mouseClick(findChild(h, "newEntryButton"))
        tryVerify(() => findChild(h, "journalEditor").visible)
        clickWhenSettled(findChild(h, "entryDay"))
        tryVerify(() => findChild(h, "entryDayPicker") !== null && findChild(h, "entryDayPicker").opened)
        return { popup: findChild(h, "entryDayPicker"), exit: findChild(h, "quickExitButton") }
    }
    function openUndoBar(h) {
        mouseClick(findChild(h, "newEntryButton"))
        tryVerify(() => findChild(h, "journalEditor").visible)
        const body = findChild(h, "entryBody")
        body.forceActiveFocus()
        for (const c of "gone soon")
            keyClick(c)
        tryVerify(() => findChild(h, "saveState").text.indexOf("Saved") >= 0, 5000) // kept, so it can be undone
        mouseClick(findChild(h, "deleteEntry"))
        tryVerify(() => findChild(h, "undoBar").visible)
        return { popup: null, exit: findChild(h, "quickExitButton") }
    }
    function openShareCalendar(h) {
        mouseClick(findChild(h, "shareFrom"))
        tryVerify(() => findChild(h, "calendarPopup") !== null && findChild(h, "calendarPopup").opened)
        return { popup: findChild(h, "calendarPopup"), exit: findChild(h, "quickExitButton") }
    }
    function openFileChooser(h) {
        const chooser = findChild(h, "shareFileChooser")
        chooser.open()
        tryVerify(() => chooser.opened)
        return { popup: chooser, exit: findChild(h, "quickExitButton") }
    }

    // Records (Safety ▸ Records): a new record's calendar, its files' chooser, the PDF's chooser.
    function openRecordEditor(h) {
        visibleChild(h, "openRecords").clicked() // far down the Safety page on a phone
        tryVerify(() => findChild(h, "recordList") !== null)
        clickWhenSettled(visibleChild(h, "newRecord"))
        tryVerify(() => findChild(h, "recordEditorPane").visible)
    }
    function openRecordCalendar(h) {
        openRecordEditor(h)
        clickWhenSettled(visibleChild(h, "recordDay"))
        tryVerify(() => findChild(h, "calendarPopup") !== null && findChild(h, "calendarPopup").opened)
        return { popup: findChild(h, "calendarPopup"), exit: findChild(h, "quickExitButton") }
    }
    function openRecordFileChooser(h) {
        openRecordEditor(h)
        const chooser = findChild(h, "attachmentPicker")
        chooser.open()
        tryVerify(() => chooser.opened)
        return { popup: chooser, exit: findChild(h, "quickExitButton") }
    }
    function openRecordsPdfChooser(h) {
        visibleChild(h, "openRecords").clicked() // far down the Safety page on a phone
        tryVerify(() => findChild(h, "recordList") !== null)
        findChild(h, "shareRecords").clicked() // shown once there are records; its action works before
        tryVerify(() => findChild(h, "recordsSavePicker") !== null)
        const chooser = findChild(h, "recordsSavePicker")
        chooser.open()
        tryVerify(() => chooser.opened)
        return { popup: chooser, exit: findChild(h, "quickExitButton") }
    }

    function test_oneClickOrShortcut_data() {
        const rows = []
        const openers = [
            ["support numbers", "Today", openSupport],
            ["grounding chooser", "Today", openGroundingChooser],
            ["grounding exercise", "Today", openGroundingExercise],
            ["Today's calendar", "Today", openTodayCalendar],
            ["Today's settings", "Settings", openTodaySettings],
            ["a drop-down list", "Settings", openDropDown],
            ["the tags", "Journal", openTags],
            ["an entry's calendar", "Journal", openEntryCalendar],
            ["the undo bar after a delete", "Journal", openUndoBar],
            ["Share's calendar", "Share", openShareCalendar],
            ["the file chooser", "Share", openFileChooser],
            ["a record's calendar", "Safety", openRecordCalendar],
            ["a record's file chooser", "Safety", openRecordFileChooser],
            ["the records PDF's file chooser", "Safety", openRecordsPdfChooser],
        ]
        for (const [what, section, open] of openers) {
            rows.push({ tag: what + ", click", section: section, open: open, byKey: false })
            rows.push({ tag: what + ", Ctrl+Shift+Q", section: section, open: open, byKey: true })
        }
        return rows
    }

    function test_oneClickOrShortcut(data) {
        const h = home(data.section)
        const opened = data.open(h)
        verify(opened.exit, "a Quick exit in sight")
        verify(opened.exit.visible)
        if (opened.popup && !opened.fullWindow) {
            // Nothing covers the button at 360 px: the popup keeps below the top bar.
            const popupItem = opened.popup.contentItem.parent
            verify(!overlaps(rectOf(popupItem), rectOf(opened.exit)),
                   JSON.stringify(rectOf(popupItem)) + " covers " + JSON.stringify(rectOf(opened.exit)))
        }
        if (data.byKey)
            keyClick(Qt.Key_Q, Qt.ControlModifier | Qt.ShiftModifier)
        else
            mouseClick(opened.exit)
        // At once, from that one click or key: no second try, no waiting.
        compare(hidden.count, 1)
        compare(Session.state, Session.Locked)
        tryVerify(() => page() !== null && findChild(page(), "unlockInput") !== null)
    }

    function test_zLockScreenSupport_data() {
        return [{ tag: "click", byKey: false }, { tag: "Ctrl+Shift+Q", byKey: true }]
    }
    function test_zLockScreenSupport(data) {
        if (Session.state === Session.Unlocked)
            Session.lock()
        tryVerify(() => page() !== null && findChild(page(), "unlockInput") !== null, 5000, String(page()))
        const lockPage = page()
        hidden.clear()
        const opened = openSupport(lockPage)
        verify(!overlaps(rectOf(opened.popup.contentItem.parent), rectOf(opened.exit)))
        if (data.byKey)
            keyClick(Qt.Key_Q, Qt.ControlModifier | Qt.ShiftModifier)
        else
            mouseClick(opened.exit)
        // Hidden at once (the app then ends, so the numbers go with it).
        compare(hidden.count, 1)
        compare(Session.state, Session.Locked)
        opened.popup.close()
    }
}
