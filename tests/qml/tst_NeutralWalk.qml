import QtQuick
import QtTest
import Tideline
import Tideline.App

// Neutral mode says "Tideline" nowhere: with it on, every screen and dialog is opened in the
// real window, and the text, placeholder, title, tool tip and accessible name and description
// of every visible item are read. None may name the app; "Notes" appears where it names itself.
// (A file name's ".tidelinebackup" ending and the "tideline-export" format are data, not names.)
TestCase {
    id: testCase
    name: "NeutralWalk"
    width: 100
    height: 100
    visible: true
    when: windowShown

    property var window: null
    property var found: []     // "where: text" for each visible string that names the app
    property int readCount: 0  // strings read, so a walk that reads nothing cannot pass
    // The data folder's own path (its name is the app's): shown only where the person went there
    // on purpose (the file chooser sent to it) or asked to see it.
    property bool dataPathAllowed: false

    SecretEntry { id: typed }

    function initTestCase() {
        AppSettings.coverWhenInactive = false
        AppSettings.neutralMode = true
        const component = Qt.createComponent("qrc:/qt/qml/Tideline/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(testCase)
        window.width = 1024
        window.height = 900
        tryVerify(() => page() !== null)
    }
    function cleanupTestCase() {
        window.destroy()
        AppSettings.neutralMode = false
        AppSettings.coverWhenInactive = true
    }

    function page() {
        const loader = findChild(window.contentItem, "pageLoader")
        return loader ? loader.item : null
    }

    function names(text) {
        if (typeof text !== "string" || text.length === 0)
            return false
        let plain = text.replace(/\.tidelinebackup/g, "").replace(/tideline-export/g, "")
        if (dataPathAllowed)
            plain = plain.split(Session.dataDirectory).join("")
        return plain.toLowerCase().indexOf("tideline") >= 0
    }
    function check(where, what, text) {
        if (typeof text !== "string" || text.length === 0)
            return
        readCount++
        if (names(text))
            found.push(where + " " + what + ": " + text)
    }
    // Every visible item below root, popups included (they live in the window's overlay, which
    // the window's root item holds).
    function walk(item, where) {
        if (!item || !item.visible)
            return
        const label = where + "/" + (item.objectName || String(item).split("(")[0])
        for (const property of ["text", "placeholderText", "title", "displayText"])
            check(label, property, item[property])
        if (item.Accessible) {
            check(label, "accessible name", item.Accessible.name)
            check(label, "accessible description", item.Accessible.description)
        }
        if (item.ToolTip)
            check(label, "tool tip", item.ToolTip.text)
        for (let i = 0; i < item.children.length; ++i)
            walk(item.children[i], label)
    }
    function walkWindow(step) {
        waitForRendering(window.contentItem)
        check(step, "window title", window.title)
        walk(window.contentItem.parent, step)
    }

    function visibleChild(item, name) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (!child.visible)
                continue
            if (child.objectName === name)
                return child
            const inner = visibleChild(child, name)
            if (inner)
                return inner
        }
        return null
    }
    function unlock(pin) {
        typed.clear()
        for (const c of pin)
            typed.appendText(c)
        Session.unlock(typed)
    }
    function section(home, name) {
        mouseClick(visibleChild(home, "nav" + name))
        tryVerify(() => home.sections[home.current].title === name && findChild(home, "sectionLoader").item !== null)
        wait(100)
        return findChild(home, "sectionLoader").item
    }

    function test_1_lockScreen() {
        compare(window.title, "Notes")
        const lock = page()
        tryVerify(() => findChild(lock, "unlockInput") !== null)
        walkWindow("lock")
        // A wrong try and its gentle words.
        unlock("999999")
        tryCompare(Session, "errorCode", Session.WrongSecret, 10000)
        tryCompare(Session, "state", Session.Locked, 10000)
        walkWindow("lock after a wrong try")
        mouseClick(findChild(lock, "crisisLink"))
        const loader = findChild(lock, "crisisDialogLoader")
        tryVerify(() => loader.item !== null && loader.item.opened)
        walkWindow("lock, support")
        loader.item.close()
        tryVerify(() => loader.item === null)
        mouseClick(findChild(lock, "useRecoveryCode"))
        tryVerify(() => findChild(lock, "recoveryCodeField") !== null)
        walkWindow("recovery form")
        compare(found, [])
    }

    Component { id: onboardingPage; OnboardingPage { width: 1024; height: 900 } }
    Component { id: noticePage; NoticePage { width: 1024; height: 900 } }

    function test_2_onboardingAndNotice() {
        const onboarding = createTemporaryObject(onboardingPage, window.contentItem)
        walk(onboarding, "welcome")
        mouseClick(findChild(onboarding, "welcomeContinue"))
        tryVerify(() => findChild(onboarding, "chooseStep") !== null)
        walk(onboarding, "choose")
        mouseClick(findChild(onboarding, "choosePassphrase"))
        walk(onboarding, "choose passphrase")
        onboarding.destroy()
        const restore = createTemporaryObject(onboardingPage, window.contentItem)
        mouseClick(findChild(restore, "welcomeRestore"))
        tryVerify(() => findChild(restore, "restoreStep") !== null)
        walk(restore, "restore")
        mouseClick(findChild(restore, "restoreBrowse"))
        const chooser = findChild(restore, "restoreFileChooser")
        tryVerify(() => chooser.opened)
        walkWindow("restore, file chooser")
        chooser.close()
        restore.destroy()
        const notice = createTemporaryObject(noticePage, window.contentItem)
        walk(notice, "notice")
        notice.destroy()
        compare(found, [])
    }

    function test_3_everySection() {
        unlock("246810")
        tryCompare(Session, "state", Session.Unlocked, 10000)
        tryVerify(() => page() !== null && findChild(page(), "sectionLoader") !== null)
        const home = page()
        verify(findChild(home, "unlockNotice").visible) // the wrong try of test 1
        walkWindow("home, Today")
        mouseClick(findChild(home, "chooseDay"))
        walkWindow("Today, calendar")
        keyClick(Qt.Key_Escape)
        const launcher = findChild(home, "todayGrounding")
        findChild(launcher, "groundingChooser").open()
        walkWindow("grounding chooser")
        findChild(launcher, "groundingChooser").close()
        for (const tool of ["breathing", "senses", "bodyscan"]) {
            const overlay = findChild(launcher, "groundingOverlay")
            overlay.start(tool)
            tryVerify(() => overlay.opened)
            walkWindow("grounding " + tool)
            overlay.close()
            tryVerify(() => !overlay.visible)
        }

        const journal = section(home, "Journal")
        walkWindow("Journal")
        findChild(home, "tagManager").open()
        walkWindow("tags")
        findChild(home, "tagManager").close()
        mouseClick(findChild(home, "newEntryButton"))
        tryVerify(() => findChild(home, "journalEditor").visible)
        walkWindow("journal editor")
        findChild(home, "editorBack").clicked()

        section(home, "Trends")
        tryVerify(() => findChild(home, "trendChartModel") !== null, 10000)
        walkWindow("Trends")

        section(home, "Safety")
        walkWindow("Safety")
        const pdfChooser = findChild(home, "pdfFileChooser")
        pdfChooser.open()
        tryVerify(() => pdfChooser.opened)
        walkWindow("safety plan, file chooser")
        pdfChooser.close()

        section(home, "Share")
        walkWindow("Share")
        const share = findChild(home, "shareFileChooser")
        share.open()
        tryVerify(() => share.opened)
        // The vault's own folder, typed into the path bar: the refusal names the app, as "Notes".
        const path = findChild(share.contentItem, "fileChooserPath")
        path.text = Session.dataDirectory
        path.accepted()
        tryCompare(share, "folder", Session.dataDirectory)
        const note = findChild(share.contentItem, "fileChooserMessage")
        verify(note.text.indexOf("Notes keeps your encrypted vault") >= 0, note.text)
        dataPathAllowed = true
        walkWindow("share, file chooser in the data folder")
        dataPathAllowed = false
        share.close()

        section(home, "Settings")
        walkWindow("Settings")
        mouseClick(findChild(home, "openChangeSecret"))
        walkWindow("Settings, change PIN")
        findChild(home, "openTodaySettings").clicked()
        const todaySettings = findChild(home, "todaySettingsLoader")
        tryVerify(() => todaySettings.item !== null && todaySettings.item.opened)
        walkWindow("Today's settings")
        todaySettings.item.close()
        for (const name of ["exportFileChooser", "backupFileChooser", "importFileChooser"]) {
            const chooser = findChild(home, name)
            chooser.open()
            tryVerify(() => chooser.opened)
            walkWindow("Settings, " + name)
            chooser.close()
        }
        verify(findChild(home, "aboutVersion").text.indexOf("Notes, version") === 0)
        // The data folder's path only when asked for.
        verify(!findChild(home, "dataDirectory").visible)
        findChild(home, "showDataFolder").clicked()
        verify(findChild(home, "dataDirectory").visible)
        compare(findChild(home, "dataDirectory").text, Session.dataDirectory)

        verify(readCount > 500, "strings read: " + readCount)
        compare(found, [])
        Session.lock()
    }
}
