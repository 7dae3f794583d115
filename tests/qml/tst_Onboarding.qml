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
        const code = Onboarding.recoveryCode
        verify(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){6}$/.test(code), code)
        const groups = findChild(page, "recoveryCodeGroups")
        compare(groups.Accessible.name, "Recovery code: " + code.split("-").join(", "))
        // Nothing spills past the margin, on a phone-sized window too.
        verify(groups.childrenRect.width <= groups.width, groups.childrenRect.width + " > " + groups.width)
        page.width = 360
        tryVerify(() => groups.width <= 360 && groups.childrenRect.width <= groups.width)
        compare(groups.columns, 4)

        const proceed = findChild(page, "recoveryContinue")
        verify(!proceed.enabled)               // not before "I have saved it"
        mouseClick(findChild(page, "savedCheck"))
        verify(proceed.enabled)
        mouseClick(proceed)
        compare(Onboarding.recoveryCode, "")      // shown once: gone now
        verify(!Onboarding.active)
        compare(Session.state, Session.Unlocked)
    }
}
