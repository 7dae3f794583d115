import QtQuick
import QtTest
import Tideline
import Tideline.App

// After unlocking: the quiet notice about a wrong try can be put away, the sections can be
// reached, settings are kept, the PIN can be changed, and Lock drops back to the lock screen.
TestCase {
    id: testCase
    name: "HomeAndSettings"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }

    function typeInto(input, text) {
        const field = findChild(input, "secretField")
        verify(field, "secret field inside " + input.objectName)
        field.forceActiveFocus()
        for (const c of text)
            keyClick(c)
    }

    function unlockWith(pin) {
        typed.clear()
        for (const c of pin)
            typed.appendText(c)
        Session.unlock(typed)
    }

    function test_homeAndSettings() {
        compare(Session.state, Session.Locked)
        unlockWith("999999")                            // a wrong try first, for the notice
        tryCompare(Session, "errorCode", Session.WrongSecret, 10000)
        tryCompare(Session, "state", Session.Locked, 10000)
        unlockWith("246810")
        tryCompare(Session, "state", Session.Unlocked, 10000)

        const home = createTemporaryObject(homePage, testCase)
        verify(home)

        // On a wide window Lock keeps its own size, right beside the support link and Quick exit
        // (on a phone at a large text size the bar may shrink it: tst_LayoutTextSize).
        const lock = findChild(home, "lockButton")
        tryVerify(() => lock.width > 0)
        verify(lock.width <= lock.implicitWidth + 1, "Lock is " + lock.width + " wide, it asks for " + lock.implicitWidth)
        const crisis = findChild(home, "crisisLink")
        verify(crisis.mapToItem(null, 0, 0).x - (lock.mapToItem(null, 0, 0).x + lock.width) < 20,
               "Lock sits beside the support link")

        // The notice says once, and goes when the person hides it.
        const notice = findChild(home, "unlockNotice")
        verify(notice.visible)
        verify(notice.text.indexOf("1 try didn't match") === 0, notice.text)
        mouseClick(findChild(notice, "hideMessage"))
        compare(Session.unlockNotice, "")
        verify(!notice.visible)

        // Every section can be reached; pages not built yet say so plainly.
        mouseClick(findChild(home, "navJournal"))
        tryVerify(() => findChild(home, "sectionLoader").item !== null)
        compare(findChild(home, "sectionLoader").item.title, "Journal")
        // A second click on the page already shown keeps its mark in the side bar.
        verify(findChild(home, "navJournal").checked)
        mouseClick(findChild(home, "navJournal"))
        verify(findChild(home, "navJournal").checked, "still marked as the page shown")
        verify(!findChild(home, "navToday").checked)

        // Settings: a choice made is kept in the settings file.
        mouseClick(findChild(home, "navSettings"))
        tryVerify(() => findChild(home, "autoLockChoice") !== null)
        const autoLock = findChild(home, "autoLockChoice")
        autoLock.activated(AppSettings.autoLockChoices.indexOf(15))
        compare(AppSettings.autoLockMinutes, 15)

        // Change the PIN from the keyboard: current, new, confirm, Enter.
        mouseClick(findChild(home, "openChangeSecret"))
        typeInto(findChild(home, "currentSecret"), "246810")
        typeInto(findChild(home, "newSecret"), "112233")
        typeInto(findChild(home, "confirmSecret"), "112233")
        keyClick(Qt.Key_Return)
        tryVerify(() => findChild(home, "changeSecretMessage").text.indexOf("Done") >= 0, 10000)

        // Lock: the home goes, and only the new PIN opens the vault again.
        mouseClick(findChild(home, "lockButton"))
        compare(Session.state, Session.Locked)
        unlockWith("246810")
        tryCompare(Session, "errorCode", Session.WrongSecret, 10000)
        tryCompare(Session, "state", Session.Locked, 10000)
        unlockWith("112233")
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }
}
