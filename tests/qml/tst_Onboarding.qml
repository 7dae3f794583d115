import QtQuick
import QtTest
import Tideline
import Tideline.App

// Onboarding makes a vault and shows the recovery code once, behind an "I have saved it" step.
TestCase {
    id: testCase
    name: "Onboarding"
    width: 400
    height: 760
    visible: true
    when: windowShown

    Component { id: onboarding; OnboardingPage { width: testCase.width; height: testCase.height } }

    function test_createsVaultAndShowsRecoveryCodeOnce() {
        compare(Session.state, Session.NoVault)
        const page = createTemporaryObject(onboarding, testCase)
        verify(page)

        mouseClick(findChild(page, "welcomeContinue"))
        const choose = findChild(page, "chooseStep")
        tryVerify(() => choose.visible)
        const newField = findChild(findChild(page, "newSecretInput"), "secretField")
        newField.forceActiveFocus()
        for (const key of "2468")
            keyClick(key)
        mouseClick(findChild(page, "chooseNext"))
        verify(choose.visible)                 // too short: explained, not accepted
        verify(choose.problem.length > 0)

        // Rather than a PIN, take the suggested four random words.
        mouseClick(findChild(page, "choosePassphrase"))
        mouseClick(findChild(page, "suggestPassphrase"))
        const shown = findChild(page, "suggestedWords")
        tryVerify(() => shown.visible)
        const words = []
        for (let i = 0; i < shown.children.length; ++i) {
            if (shown.children[i].text !== undefined)
                words.push(shown.children[i].text)
        }
        compare(words.length, 4)
        const phrase = words.join(" ")
        mouseClick(findChild(page, "useSuggestion"))
        compare(findChild(page, "newSecretInput").entry.length, phrase.length)
        mouseClick(findChild(page, "chooseNext"))

        const confirm = findChild(page, "confirmStep")
        tryVerify(() => confirm.visible)
        verify(!shown.visible)                 // the words leave the screen with the step
        const confirmField = findChild(findChild(page, "confirmSecretInput"), "secretField")
        confirmField.forceActiveFocus()
        for (const key of phrase)
            keyClick(key)
        mouseClick(findChild(page, "createVault"))

        tryCompare(Session, "state", Session.Unlocked, 10000)
        compare(Session.secretKind, Session.Passphrase)
        const recovery = findChild(page, "recoveryStep")
        tryVerify(() => recovery.visible)
        // The code never reaches QML: only how many groups it has, each drawn by its own view.
        compare(Onboarding.recoveryCode, undefined)
        compare(Onboarding.recoveryGroupCount, 7)
        const groups = findChild(page, "recoveryCodeGroups")
        compare(groups.Accessible.name, "Recovery code, in 7 groups")
        for (let i = 0; i < 7; ++i) {
            const view = findChild(groups, "recoveryCodeGroup" + i)
            verify(view !== null && view.visible && view.implicitWidth > 0, "group " + i)
            compare(view.Accessible.name, "Recovery code, group " + (i + 1) + " of 7")
        }
        // Keyboard alone reaches each group (a screen reader stops there to read it).
        findChild(groups, "recoveryCodeGroup0").forceActiveFocus()
        keyClick(Qt.Key_Tab)
        verify(findChild(groups, "recoveryCodeGroup1").activeFocus)
        // One row when it fits (a desktop's column), else even rows: 4 and 3 on a phone.
        page.width = 1000
        tryCompare(groups, "rows", 1, 1000, groups.width + " " + groups.chipWidth)
        verify(groups.childrenRect.width <= groups.width, groups.childrenRect.width + " > " + groups.width)
        page.width = 360
        tryVerify(() => groups.width <= 360 && groups.childrenRect.width <= groups.width)
        compare(groups.columns, 4)
        compare(groups.rows, 2)

        const proceed = findChild(page, "recoveryContinue")
        verify(!proceed.enabled)               // not before "I have saved it"
        mouseClick(findChild(page, "savedCheck"))
        verify(proceed.enabled)
        mouseClick(proceed)
        verify(!Onboarding.showingCode)      // shown once: gone now
        compare(Onboarding.recoveryGroupCount, 0)
        verify(!Onboarding.active)
        compare(Session.state, Session.Unlocked)
    }
}
