import QtQuick
import QtTest
import Tideline
import Tideline.App

// The Safety page with a real vault: lines are added, reordered and ticked; a contact and an
// own number appear under "Need support now?" marked as the person's; after locking, the
// lock screen's support list shows none of it.
TestCase {
    id: testCase
    name: "SafetyPlan"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    Component { id: lockPage; LockPage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }

    function unlock() {
        typed.clear()
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function typeInto(field, text) {
        field.forceActiveFocus()
        field.selectAll()
        for (const c of text)
            keyClick(c)
    }

    // Scrolls the Safety page so that item is in view, as the person would before clicking.
    function reveal(home, item) {
        const page = safetyPage(home)
        const y = item.mapToItem(page.contentItem, 0, 0).y
        page.contentY = Math.max(0, Math.min(y - 100, page.contentHeight - page.height))
        return item
    }

    // The Safety section holds the plan page or, when asked for, the page on understanding.
    function safetyPage(home) {
        return findChild(findChild(home, "sectionLoader").item, "safetyPageLoader").item
    }

    function texts(repeater) {
        const out = []
        for (let i = 0; i < repeater.count; ++i)
            out.push(findChild(repeater.itemAt(i), "itemText").text)
        return out
    }

    function crisisNames(page) {
        mouseClick(findChild(page, "crisisLink"))
        const loader = findChild(page, "crisisDialogLoader")
        tryVerify(() => loader.item !== null && loader.item.opened)
        const entries = findChild(loader.item.contentItem, "crisisEntries")
        const names = []
        for (let i = 0; i < entries.count; ++i)
            names.push(entries.itemAt(i).Accessible.name)
        keyClick(Qt.Key_Escape)
        tryVerify(() => loader.item === null)
        return names.join("\n")
    }

    function test_planAndSupport() {
        unlock()
        const home = createTemporaryObject(homePage, testCase)
        mouseClick(findChild(home, "navSafety"))
        tryVerify(() => findChild(home, "planAdd_warning_sign") !== null)

        // Two warning signs, from the keyboard, then the second moved up.
        const add = findChild(home, "planAdd_warning_sign")
        typeInto(add, "Sleeping badly")
        keyClick(Qt.Key_Return)
        typeInto(add, "I stop answering")
        keyClick(Qt.Key_Return)
        const signs = findChild(home, "planItems_warning_sign")
        tryCompare(signs, "count", 2)
        compare(texts(signs), ["Sleeping badly", "I stop answering"])
        mouseClick(reveal(home, findChild(signs.itemAt(1), "itemUp")))
        tryVerify(() => texts(signs)[0] === "I stop answering")

        // Blank text is refused kindly and nothing is added.
        typeInto(add, "   ")
        keyClick(Qt.Key_Return)
        verify(findChild(home, "planError_warning_sign").text.indexOf("a few words") >= 0)
        compare(signs.count, 2)

        // Edit in place.
        mouseClick(reveal(home, findChild(signs.itemAt(1), "itemEdit")))
        const editor = findChild(signs.itemAt(1), "itemEditor")
        typeInto(editor, "Sleeping badly, again")
        keyClick(Qt.Key_Return)
        tryVerify(() => texts(signs)[1] === "Sleeping badly, again")

        // Removing is instant, and can be undone.
        mouseClick(reveal(home, findChild(signs.itemAt(0), "itemRemove")))
        tryCompare(signs, "count", 1)
        const undo = findChild(home, "planUndo_warning_sign")
        verify(undo.visible)
        mouseClick(findChild(undo, "undoRemove"))
        tryCompare(signs, "count", 2)
        compare(texts(signs), ["I stop answering", "Sleeping badly, again"])
        verify(!undo.visible)

        // The bag comes with its eight items; one is ticked and stays ticked.
        const bag = findChild(home, "planItems_emergency_bag")
        compare(bag.count, 8)
        compare(texts(bag)[1], "Extra keys")
        const check = findChild(bag.itemAt(2), "itemCheck")
        verify(check.visible)
        mouseClick(reveal(home, check))
        tryVerify(() => findChild(bag.itemAt(2), "itemCheck").checked)

        // What to keep close at hand has ticks too, and ends with a place of safety in mind.
        const close = findChild(home, "planItems_close_at_hand")
        compare(close.count, 5)
        compare(texts(close)[4], "A place of safety in mind, and how to get there")
        mouseClick(reveal(home, findChild(close.itemAt(0), "itemCheck")))
        tryVerify(() => findChild(close.itemAt(0), "itemCheck").checked)

        // Help beyond the support lines, for the region of the numbers (the US by default).
        const legal = findChild(home, "legalHelp")
        verify(legal.count > 0)
        let names = []
        for (let i = 0; i < legal.count; ++i)
            if (legal.itemAt(i).visible)
                names.push(legal.itemAt(i).name)
        verify(names.indexOf("LawHelp.org") >= 0, names)

        // The page on understanding what happened opens only from its link, and Back returns.
        verify(findChild(home, "understandingNote") === null)
        mouseClick(reveal(home, findChild(home, "openUnderstanding")))
        tryVerify(() => findChild(home, "understandingNote") !== null)
        verify(findChild(home, "understandingNote").text.length > 0)
        mouseClick(findChild(home, "understandingBack"))
        tryVerify(() => findChild(home, "planItems_close_at_hand") !== null)
        compare(findChild(home, "planItems_close_at_hand").count, 5)

        // A contact with a number, and a number of one's own.
        typeInto(findChild(home, "contactName"), "Maya")
        typeInto(findChild(home, "contactPhone"), "555 0100")
        mouseClick(reveal(home, findChild(home, "contactSave")))
        tryCompare(findChild(home, "contactItems"), "count", 1)
        typeInto(findChild(home, "ownNumberName"), "Local refuge")
        typeInto(findChild(home, "ownNumberPhone"), "01234 567890")
        mouseClick(reveal(home, findChild(home, "ownNumberAdd")))
        tryVerify(() => findChild(home, "ownNumberError").text === "")

        const unlockedList = crisisNames(home)
        verify(unlockedList.indexOf("Yours: Maya, 555 0100") >= 0, unlockedList)
        verify(unlockedList.indexOf("Yours: Local refuge, 01234 567890") >= 0, unlockedList)
        verify(unlockedList.indexOf("800-799-7233") >= 0, unlockedList)

        // Locked: the lock screen's list is the shipped one only.
        mouseClick(findChild(home, "lockButton"))
        compare(Session.state, Session.Locked)
        const lock = createTemporaryObject(lockPage, testCase)
        const lockedList = crisisNames(lock)
        verify(lockedList.indexOf("800-799-7233") >= 0, lockedList)
        verify(lockedList.indexOf("Maya") < 0, lockedList)
        verify(lockedList.indexOf("refuge") < 0, lockedList)
        verify(lockedList.indexOf("Yours") < 0, lockedList)
    }
}
