import QtQuick
import QtTest
import Tideline
import Tideline.App

// Layout: the lock screen (PIN pad, the recovery form) at a phone, a laptop and a desktop size,
// in light and dark (LayoutWalker.js).
TestCase {
    id: testCase
    name: "LayoutLock"
    width: 1024
    height: 640
    visible: true
    when: windowShown

    Component { id: lockPage; LockPage { width: testCase.width; height: testCase.height } }
    LayoutCheck { id: layout; testCase: testCase }
    ThemedHost { id: host }

    function test_1_lock() {
        tryCompare(Session, "state", Session.Locked, 10000)
        const page = createTemporaryObject(lockPage, host)
        layout.verifyLayout("lock", page)
    }

    function test_2_recovery() {
        const page = createTemporaryObject(lockPage, host)
        const link = findChild(page, "useRecoveryCode")
        verify(link, "the recovery link")
        link.clicked()
        tryVerify(() => findChild(page, "recoveryCodeField") !== null && findChild(page, "recoveryCodeField").visible)
        layout.verifyLayout("lock-recovery", page)
    }
}
