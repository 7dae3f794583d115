import QtQuick
import QtTest
import Tideline
import Tideline.App
import TidelineTest

// Words the journal could not save as Tideline locked (a full disk; the C++ side is
// JournalFullDiskTest): the lock screen says they wait in memory without showing them, and
// after unlocking Home says they are saved now (OK puts it away) or still not, with Try again
// and Hide. The words themselves are never on either screen.
TestCase {
    id: testCase
    name: "HeldWords"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    readonly property string secretWords: "Only in the vault: held words 🌙"

    Component { id: lockPage; LockPage { width: testCase.width; height: testCase.height } }
    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }

    function unlock() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function lock() {
        Session.lock()
        compare(Session.state, Session.Locked)
    }

    // TIDELINE_SHOTS_DIR: a picture of the screen, for people to look at.
    function shoot(item, name) {
        const folder = typeof tidelineShotsFolder === "string" ? tidelineShotsFolder : ""
        if (folder.length > 0) {
            waitForRendering(item)
            grabImage(item).save(folder + "/held-words-" + name + ".png")
        }
    }

    function shownText(page) {
        const notice = findChild(page, "heldWordsNotice")
        return notice && notice.visible ? notice.text : ""
    }

    function test_1_savedAtTheNextUnlock() {
        compare(Session.state, Session.Locked)
        const lock1 = createTemporaryObject(lockPage, testCase)
        compare(shownText(lock1), "")
        TestEnvironment.holdWords("Held title", testCase.secretWords)
        const told = shownText(lock1)
        verify(told.indexOf("disk is full") >= 0, told)
        verify(told.indexOf("held words") < 0 && told.indexOf("Held title") < 0, told)
        // Nothing to do on the lock screen but read it and unlock.
        verify(!findChild(lock1, "heldWordsTryAgain").visible)
        verify(!findChild(findChild(lock1, "heldWordsNotice"), "hideMessage").visible)
        shoot(lock1, "lock")
        lock1.destroy()

        unlock()
        const home = createTemporaryObject(homePage, testCase)
        const saved = shownText(home)
        verify(saved.indexOf("saved now") >= 0, saved)
        verify(!findChild(home, "heldWordsTryAgain").visible)
        const ok = findChild(findChild(home, "heldWordsNotice"), "hideMessage")
        compare(ok.text, "OK")
        shoot(home, "saved")
        mouseClick(ok)
        tryCompare(findChild(home, "heldWordsNotice"), "visible", false)
        // The journal has them, as a draft.
        mouseClick(findChild(home, "navJournal"))
        tryVerify(() => findChild(home, "continueDraft") !== null && findChild(home, "continueDraft").visible, 5000)
        lock()
    }

    function test_2_stillNotSavedOffersTryAgain() {
        TestEnvironment.holdWords("", " ") // blank: words core refuses every time
        unlock()
        const home = createTemporaryObject(homePage, testCase)
        const notice = findChild(home, "heldWordsNotice")
        verify(notice.visible)
        verify(notice.text.indexOf("still could not be saved") >= 0, notice.text)
        verify(notice.concern)
        const again = findChild(home, "heldWordsTryAgain")
        verify(again.visible)
        shoot(home, "not-saved")
        mouseClick(again)
        verify(notice.visible) // still refused, still said
        const hide = findChild(notice, "hideMessage")
        compare(hide.text, "Hide")
        mouseClick(hide)
        tryCompare(notice, "visible", false)
        lock()
        // Still held: the lock screen says so again.
        const lock2 = createTemporaryObject(lockPage, testCase)
        verify(shownText(lock2).indexOf("disk is full") >= 0)
    }
}
