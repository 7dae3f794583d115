import QtQuick
import QtTest
import Tideline
import Tideline.App

// A second Tideline on the same vault is refused with a plain page, never a crash; support
// numbers are one tap away there too, and show nothing personal.
TestCase {
    id: testCase
    name: "NoticeAndSupport"
    width: 400
    height: 760
    visible: true
    when: windowShown

    Component { id: noticePage; NoticePage { width: testCase.width; height: testCase.height } }

    function test_inUseIsExplainedAndSupportIsOneTapAway() {
        compare(Session.state, Session.InUse)
        const page = createTemporaryObject(noticePage, testCase)
        verify(page)
        compare(findChild(page, "noticeTitle").text, "Tideline is already open")
        verify(findChild(page, "noticeBody").text.indexOf("another window") >= 0)

        // Trying again while the other one still holds the vault changes nothing.
        Session.start()
        compare(Session.state, Session.InUse)

        mouseClick(findChild(page, "crisisLink"))
        const loader = findChild(page, "crisisDialogLoader")
        tryVerify(() => loader.item !== null && loader.item.opened)
        const entries = findChild(loader.item.contentItem, "crisisEntries")
        verify(entries)
        // The shipped list for the default region (the US), nothing of the person's.
        let all = ""
        for (let i = 0; i < entries.count; ++i) {
            all += entries.itemAt(i).Accessible.name + "\n"
            verify(entries.itemAt(i).Accessible.name.indexOf("Yours") < 0)
        }
        verify(entries.count >= 3, all)
        verify(all.indexOf("800-799-7233") >= 0, all)
        verify(all.indexOf("800-950-6264") >= 0, all)
        verify(all.indexOf("Emergency services, 911") >= 0, all)
        keyClick(Qt.Key_Escape)
        tryVerify(() => loader.item === null)
    }
}
