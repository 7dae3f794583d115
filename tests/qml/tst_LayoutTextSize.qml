import QtQuick
import QtTest
import Tideline
import Tideline.App
import TidelineTest

// Text size at its largest (200 %) on a phone (360×740), with a demo vault's content, in English
// and in Spanish (about a quarter longer): every section, Records included, still fits, at its
// top and at its end: nothing past the window's sides, no text wider than its box, no cut button
// label (Quick exit's above all), no overlapping neighbours (LayoutWalker.js). tst_TextSize checks
// the choice itself. What the demo vault shows depends on the day it is made, so the widest cases are
// put there by the test: a covered sensitive entry of one word at the top of the journal, a hard
// moment logged today (its fold link once widened all of Today), a safety contact with a note
// (its buttons once squeezed it into 64 px), and a Share period that starts on a day with a long name.
TestCase {
    id: testCase
    name: "LayoutTextSize"
    width: 360
    height: 740
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    Component { id: lockPage; LockPage { width: testCase.width; height: testCase.height } }
    LayoutCheck { id: layout; testCase: testCase }
    ThemedHost { id: host }
    SecretEntry { id: typed }
    JournalEditor { id: writer }
    MomentsModel { id: moments }
    SafetyContactModel { id: contacts }

    function initTestCase() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
        writer.startNew()
        writer.day = Qt.formatDate(new Date(), "yyyy-MM-dd")
        writer.title = ""
        writer.body = "Later."
        writer.sensitive = true
        verify(writer.finish(), writer.lastError)
        verify(moments.add("flashback", "", 6, "A door slamming in the hall", "", "", "Breathing out slowly"),
               moments.lastError)
        verify(contacts.add("Maya", "555 0134", "Knows the code word; call after 6 pm", "person"), contacts.lastError)
    }

    function cleanupTestCase() {
        AppSettings.textScale = 100
        AppSettings.language = ""
    }

    function openSection(index) {
        const home = createTemporaryObject(homePage, host)
        home.openSection(index)
        tryVerify(() => findChild(home, "sectionLoader").item !== null)
        return home
    }

    // At 360×740 only, light: the section's own scrolling page at its top and at its end.
    function problemsAtPhone(name, home) {
        const page = layout.flickableOf(findChild(home, "sectionLoader").item)
        verify(page, "a scrolling page in " + name)
        return layout.problemsTopAndEnd(home, page, name + " at 200 %", "text-200-" + name + "-360")
    }

    // Every section at 200 % on a phone, in the language chosen; the problems found, each named.
    function problemsOfEverySection(language) {
        AppSettings.language = language
        AppSettings.textScale = 200
        const found = []
        for (const [index, name] of [[0, "today"], [1, "journal"], [2, "trends"], [3, "safety"], [4, "share"],
                                     [5, "settings"], [6, "records"]]) {
            const home = openSection(index)
            if (name === "records") {
                // The links scroll with the records at this size: as the page opens, they are
                // there, in view, above the first one.
                layout.settle(home)
                const list = findChild(home, "recordList")
                const share = findChild(home, "shareRecords")
                verify(share && share.visible && share.width > 100 && share.height > 30, "Share records is shown")
                const first = list.itemAtIndex(0)
                verify(first, "a record is listed")
                const shareTop = share.mapToItem(list, 0, 0).y
                verify(shareTop >= 0, "Share records is in view, not scrolled away above the list")
                verify(shareTop + share.height <= first.mapToItem(list, 0, 0).y,
                       "Share records is above the first record")
            }
            if (name === "share") {
                const maker = findChild(home, "summaryMaker")
                maker.from = (new Date().getFullYear() - 1) + "-11-28" // "From 28 Nov …", one of the longest
                verify(findChild(home, "shareFrom").text.indexOf("28") > 0)
            }
            const tag = (language.length > 0 ? language + "-" : "") + name
            found.push(...problemsAtPhone(tag, home))
            if (name === "today") {
                // Today's moments unfolded too, with the notes logged with them.
                const toggle = findChild(home, "toggleMoments")
                verify(toggle && toggle.visible, "the moment logged today is offered")
                toggle.clicked() // scrolled out of reach at the end of the page
                tryVerify(() => findChild(home, "removeMoment_0") !== null)
                found.push(...problemsAtPhone(tag + "-moments", home))
            }
            home.destroy() // one page at a time in the window (and in its pictures)
            wait(0)
        }
        AppSettings.textScale = 100
        AppSettings.language = ""
        return found
    }

    function verifyNone(found) {
        for (const problem of found)
            console.warn(problem)
        verify(found.length === 0, found.length + " layout problems at 200 %; the first: " + found[0])
    }

    function test_everySectionAt200PercentOnAPhone() {
        verifyNone(problemsOfEverySection(""))
    }

    // Spanish runs about a quarter longer than English.
    function test_everySectionAt200PercentOnAPhoneInSpanish() {
        verifyNone(problemsOfEverySection("es"))
    }

    // The lock screen and the recovery form (reached from it when the PIN is forgotten): the
    // form at its top and, scrolled, at its end, where its button is.
    function test_lockAndRecoveryAt200PercentOnAPhone() {
        const found = []
        for (const language of ["", "es"]) {
            AppSettings.language = language
            AppSettings.textScale = 200
            const page = createTemporaryObject(lockPage, host)
            const tag = language.length > 0 ? language + "-" : ""
            layout.settle(page)
            found.push(...layout.problemsOf(page, tag + "lock at 200 %"))
            findChild(page, "useRecoveryCode").clicked()
            tryVerify(() => findChild(page, "recoveryCodeField") !== null)
            const flick = layout.flickableOf(page)
            found.push(...layout.problemsTopAndEnd(page, flick, tag + "recovery at 200 %",
                                                   "text-200-" + tag + "recovery-360"))
            // Its button can be scrolled to: the page is as tall as the form.
            const open = findChild(page, "recoveryOpen")
            const bottom = open.mapToItem(flick, 0, 0).y + open.height
            verify(bottom <= flick.height + 1, "the recovery form's button is reached by scrolling (" + bottom + ")")
            page.destroy()
            wait(0)
        }
        AppSettings.textScale = 100
        AppSettings.language = ""
        verifyNone(found)
    }

    // The support numbers, opened from the top bar: what a frightened person reads at the
    // largest type on a phone, in both languages, at its top and at its end.
    function test_supportNumbersAt200PercentOnAPhone() {
        const found = []
        for (const language of ["", "es"]) {
            AppSettings.language = language
            AppSettings.textScale = 200
            const home = openSection(0)
            layout.settle(home)
            findChild(home, "crisisLink").clicked()
            const loader = findChild(home, "crisisDialogLoader")
            tryVerify(() => loader.item !== null && loader.item.opened)
            const dialog = loader.item
            const window = home.Window.window.contentItem
            const flick = layout.flickableOf(dialog.contentItem)
            const tag = (language.length > 0 ? language + "-" : "") + "support"
            found.push(...layout.problemsTopAndEnd(dialog.contentItem, flick, tag + " at 200 %", "text-200-" + tag + "-360"))
            const r = dialog.contentItem.mapToItem(window, 0, 0)
            if (r.x < -1 || r.x + dialog.contentItem.width > testCase.width + 1)
                found.push(tag + ": the dialog is " + dialog.contentItem.width + " wide at x " + r.x)
            // Scrolled to its end, the last number is in view, whole.
            const numbers = findChild(dialog.contentItem, "crisisEntries")
            verify(numbers.count > 0)
            const last = numbers.itemAt(numbers.count - 1)
            const top = last.mapToItem(flick, 0, 0).y
            verify(top >= -1 && top + last.height <= flick.height + 1,
                   "the last support line is in view at the end (" + top + ", " + last.height + " in " + flick.height + ")")
            dialog.close()
            tryVerify(() => loader.item === null)
            home.destroy()
            wait(0)
        }
        AppSettings.textScale = 100
        AppSettings.language = ""
        verifyNone(found)
    }

    // Writing, where people spend the most time: an existing entry in the editor (its day, its
    // tools, Done) at its top and at its end, and the tag manager over it, in both languages.
    function test_journalEditorAndTagsAt200PercentOnAPhone() {
        const found = []
        for (const language of ["", "es"]) {
            AppSettings.language = language
            AppSettings.textScale = 200
            const home = openSection(1)
            layout.settle(home)
            const tag = (language.length > 0 ? language + "-" : "") + "editor"
            const list = findChild(home, "journalList")
            tryVerify(() => list.count > 0)
            findChild(home, "newEntryButton").clicked()
            const editor = findChild(home, "journalEditor")
            tryVerify(() => editor.visible)
            const body = findChild(editor, "entryBody")
            body.text = "A long day. ".repeat(60)
            layout.settle(home)
            found.push(...layout.problemsTopAndEnd(editor, layout.flickableOf(editor), tag + " at 200 %",
                                                   "text-200-" + tag + "-360"))
            // Done stays whole on the first row, beside the way back.
            const done = findChild(editor, "saveEntry")
            const r = done.mapToItem(null, 0, 0)
            verify(r.x >= 0 && r.x + done.width <= testCase.width + 1, tag + ": Done is in the window (" + r.x + ")")
            done.clicked()
            tryVerify(() => !editor.visible)

            findChild(home, "openTagManager").clicked()
            const manager = findChild(home, "tagManager")
            tryVerify(() => manager.opened)
            layout.settle(home)
            const mtag = (language.length > 0 ? language + "-" : "") + "tags"
            found.push(...layout.problemsOf(manager.contentItem, mtag + " at 200 %"))
            const m = manager.contentItem.mapToItem(null, 0, 0)
            if (m.x < -1 || m.x + manager.contentItem.width > testCase.width + 1)
                found.push(mtag + ": the dialog is " + manager.contentItem.width + " wide at x " + m.x)
            manager.close()
            tryVerify(() => !manager.visible)
            home.destroy()
            wait(0)
        }
        AppSettings.textScale = 100
        AppSettings.language = ""
        verifyNone(found)
    }

    // The grounding tools, for a hard moment: the chooser, then each tool over the whole window,
    // at its top and at its end, in both languages.
    // A dialog opened over `home`: walked at its top and its end, and it stays inside the window.
    function problemsOfDialog(home, dialog, tag) {
        tryVerify(() => dialog.opened)
        layout.settle(home)
        const found = layout.problemsTopAndEnd(dialog.contentItem, layout.flickableOf(dialog.contentItem),
                                               tag + " at 200 %", "text-200-" + tag + "-360")
        const r = dialog.contentItem.mapToItem(home.Window.window.contentItem, 0, 0)
        if (r.x < -1 || r.x + dialog.contentItem.width > testCase.width + 1)
            found.push(tag + ": the dialog is " + dialog.contentItem.width + " wide at x " + r.x)
        return found
    }

    // What opens from the sections, at 200 % on a phone in both languages: the calendar, the
    // hard-moment form, a check-up's first page and first question, the review of two periods,
    // Today's settings, Change PIN and Renew keys, the file chooser, the PIN asked before a file
    // leaves and a new record.
    // Each one ran past the window's side or cut its words before (the month's name over its
    // buttons, "Add details (optional)", "Añadir la medida" and "Guardar en el diario" widening
    // their whole page, "Harm through technology" wider than a phone, "Save the summary" cut).
    function test_formsAndDialogsAt200PercentOnAPhone() {
        const found = []
        for (const language of ["", "es"]) {
            AppSettings.language = language
            AppSettings.textScale = 200
            const tag = language.length > 0 ? language + "-" : ""

            let home = openSection(0)
            findChild(home, "chooseDay").clicked()
            found.push(...problemsOfDialog(home, findChild(home, "calendarPopup"), tag + "calendar"))
            home.destroy()
            wait(0)

            home = openSection(0)
            findChild(home, "logMoment").clicked()
            tryVerify(() => findChild(home, "saveMoment") !== null)
            findChild(home, "momentDetailsToggle").clicked()
            found.push(...problemsAtPhone(tag + "moment-form", home))
            home.destroy()
            wait(0)

            home = openSection(0)
            const take = findChild(home, "dueTake_phq9")
            verify(take && take.visible, "the demo vault's PHQ-9 is due")
            take.clicked()
            const taking = findChild(home, "checkupTaking")
            tryVerify(() => taking.item !== null)
            layout.settle(home)
            found.push(...layout.problemsTopAndEnd(home, layout.flickableOf(taking.item), tag + "checkup at 200 %",
                                                   "text-200-" + tag + "checkup-360"))
            findChild(home, "beginCheckup").clicked() // and its first question
            tryVerify(() => findChild(home, "nextQuestion") !== null && findChild(home, "nextQuestion").visible)
            layout.settle(home)
            found.push(...layout.problemsTopAndEnd(home, layout.flickableOf(taking.item), tag + "checkup question at 200 %",
                                                   "text-200-" + tag + "checkup-question-360"))
            home.destroy()
            wait(0)

            home = openSection(0)
            home.openReview()
            tryVerify(() => findChild(home, "reviewTitle") !== null)
            layout.settle(home)
            found.push(...layout.problemsTopAndEnd(home, layout.flickableOf(findChild(home, "sectionLoader").item),
                                                   tag + "review at 200 %", "text-200-" + tag + "review-360"))
            home.destroy()
            wait(0)

            home = openSection(5)
            findChild(home, "openChangeSecret").clicked() // their buttons side by side made Settings
            findChild(home, "openRenewKeys").clicked()    // wider than the window, at 100 % too
            layout.settle(home)
            found.push(...problemsAtPhone(tag + "settings-forms", home))
            home.destroy()
            wait(0)

            home = openSection(5)
            findChild(home, "openTodaySettings").clicked()
            const settings = findChild(home, "todaySettingsLoader")
            tryVerify(() => settings.item !== null)
            found.push(...problemsOfDialog(home, settings.item, tag + "today-settings"))
            home.destroy()
            wait(0)

            home = openSection(4)
            const chooser = findChild(home, "shareFileChooser")
            chooser.open()
            found.push(...problemsOfDialog(home, chooser, tag + "file-chooser"))
            chooser.close()
            const leave = findChild(home, "summaryLeaveCheck")
            leave.open()
            found.push(...problemsOfDialog(home, leave, tag + "leave-check"))
            home.destroy()
            wait(0)

            home = openSection(6)
            findChild(home, "newRecord").clicked()
            const record = findChild(home, "recordFlick")
            tryVerify(() => record !== null && record.visible)
            found.push(...layout.problemsTopAndEnd(home, record, tag + "new-record at 200 %",
                                                   "text-200-" + tag + "new-record-360"))
            home.destroy()
            wait(0)
        }
        AppSettings.textScale = 100
        AppSettings.language = ""
        verifyNone(found)
    }

    function test_groundingToolsAt200PercentOnAPhone() {
        const found = []
        for (const language of ["", "es"]) {
            AppSettings.language = language
            AppSettings.textScale = 200
            const home = openSection(0)
            layout.settle(home)
            const launcher = findChild(home, "todayGrounding")
            const tag = language.length > 0 ? language + "-" : ""
            launcher.clicked()
            const chooser = findChild(launcher, "groundingChooser")
            tryVerify(() => chooser.opened)
            layout.settle(home)
            found.push(...layout.problemsOf(chooser.contentItem, tag + "grounding chooser at 200 %"))
            const r = chooser.contentItem.mapToItem(null, 0, 0)
            if (r.x < -1 || r.x + chooser.contentItem.width > testCase.width + 1)
                found.push(tag + "grounding chooser is " + chooser.contentItem.width + " wide at x " + r.x)
            chooser.close()
            const overlay = findChild(launcher, "groundingOverlay")
            for (const tool of ["breathing", "senses", "bodyscan"]) {
                launcher.start(tool)
                tryVerify(() => overlay.opened)
                found.push(...layout.problemsTopAndEnd(overlay.contentItem, layout.flickableOf(overlay.contentItem),
                                                       tag + tool + " at 200 %", "text-200-" + tag + tool + "-360"))
                overlay.close()
                tryVerify(() => !overlay.visible)
            }
            home.destroy()
            wait(0)
        }
        AppSettings.textScale = 100
        AppSettings.language = ""
        verifyNone(found)
    }
}
