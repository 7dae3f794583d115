import QtQuick
import QtTest
import Tideline
import Tideline.App

// Layout: Records (Safety ▸ Records) on the demo vault's records with pictures: the list, a
// record open with its fields and files, a new record, and sharing (the PDF's choices), at a
// phone, a laptop and a desktop size in light and dark (LayoutWalker.js).
TestCase {
    id: testCase
    name: "LayoutRecords"
    width: 1024
    height: 640
    visible: true
    when: windowShown

    Component { id: homePage; HomePage { width: testCase.width; height: testCase.height } }
    LayoutCheck { id: layout; testCase: testCase }
    ThemedHost { id: host }
    SecretEntry { id: typed }

    function initTestCase() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function openRecords() {
        const home = createTemporaryObject(homePage, host)
        home.openSection(home.recordsIndex)
        tryVerify(() => findChild(home, "recordList") !== null)
        tryVerify(() => findChild(home, "recordList").count > 0, 5000, "the demo vault has records")
        return home
    }

    function test_1_list() {
        layout.verifyLayout("records-list", openRecords())
    }

    function test_2_recordWithFiles() {
        const home = openRecords()
        // The first record that has files (the demo's records have pictures), opened as a click would.
        const model = findChild(home, "recordListModel")
        let id = 0
        for (let row = 0; row < model.rowCount() && id === 0; ++row) {
            const index = model.index(row, 0)
            if (model.data(index, Qt.UserRole + 7) > 0) // fileCount
                id = model.data(index, Qt.UserRole + 1)
        }
        verify(id > 0, "a record with files")
        findChild(home, "sectionLoader").item.openRecord(id)
        const flick = () => findChild(home, "recordFlick")
        tryVerify(() => findChild(home, "recordEditorPane").visible)
        tryVerify(() => findChild(home, "recordFiles").count > 0, 5000)
        layout.verifyLayout("record-open", home, () => flick().contentY = 0)
        layout.verifyLayout("record-open-end", home,
                            () => flick().contentY = Math.max(0, flick().contentHeight - flick().height))
    }

    function test_3_newRecord() {
        const home = openRecords()
        mouseClick(findChild(home, "newRecord"))
        tryVerify(() => findChild(home, "recordEditorPane").visible)
        layout.verifyLayout("record-new", home)
    }

    function test_4_share() {
        const home = openRecords()
        mouseClick(findChild(home, "shareRecords"))
        tryVerify(() => findChild(home, "recordsSavePicker") !== null)
        layout.verifyLayout("records-share", home)
    }
}
