import QtQuick
import QtTest
import Tideline
import Tideline.App

// Layout: each onboarding step (welcome, choose a PIN or passphrase, type it again, restore a
// backup, and the recovery code once the vault exists) at a phone, a laptop and a desktop size,
// in light and dark (LayoutWalker.js).
TestCase {
    id: testCase
    name: "LayoutOnboarding"
    width: 1024
    height: 640
    visible: true
    when: windowShown

    Component { id: onboarding; OnboardingPage { width: testCase.width; height: testCase.height } }
    LayoutCheck { id: layout; testCase: testCase }
    ThemedHost { id: host }
    SecretEntry { id: secret }

    // The steps before the vault at the largest text size (200 %) on a phone, in English and
    // Spanish, each at its top and at its end: the first thing a person with large type sees.
    function test_0_stepsAt200PercentOnAPhone() {
        compare(Session.state, Session.NoVault)
        testCase.width = 360
        testCase.height = 740
        const found = []
        for (const language of ["", "es"]) {
            AppSettings.language = language
            AppSettings.textScale = 200
            const tag = (language.length > 0 ? language + "-" : "") + "onboarding-"
            const page = createTemporaryObject(onboarding, host)
            const look = (step) => found.push(...layout.problemsTopAndEnd(page, layout.flickableOf(page),
                                                                        tag + step + " at 200 %",
                                                                        "text-200-" + tag + step + "-360"))
            look("welcome")
            page.started = true
            page.step = 1
            tryVerify(() => findChild(page, "chooseStep") !== null && findChild(page, "chooseStep").visible)
            look("choose")
            findChild(page, "choosePassphrase").clicked()
            findChild(page, "suggestPassphrase").clicked()
            tryVerify(() => findChild(page, "suggestedWords").visible)
            look("choose-passphrase")
            page.step = 2
            tryVerify(() => findChild(page, "confirmStep").visible)
            look("confirm")
            page.restoring = true
            page.step = 4
            tryVerify(() => findChild(page, "restoreStep") !== null && findChild(page, "restoreStep").visible)
            look("restore")
            page.destroy()
            wait(0)
        }
        AppSettings.textScale = 100
        AppSettings.language = ""
        testCase.width = 1024
        testCase.height = 640
        for (const problem of found)
            console.warn(problem)
        verify(found.length === 0, found.length + " layout problems at 200 %; the first: " + found[0])
    }

    function test_1_stepsBeforeTheVault() {
        compare(Session.state, Session.NoVault)
        const page = createTemporaryObject(onboarding, host)
        layout.verifyLayout("onboarding-welcome", page)
        page.started = true
        page.step = 1
        tryVerify(() => findChild(page, "chooseStep") !== null && findChild(page, "chooseStep").visible)
        layout.verifyLayout("onboarding-choose", page)
        findChild(page, "choosePassphrase").clicked()
        findChild(page, "suggestPassphrase").clicked()
        tryVerify(() => findChild(page, "suggestedWords").visible)
        layout.verifyLayout("onboarding-choose-passphrase", page)
        page.step = 2
        tryVerify(() => findChild(page, "confirmStep").visible)
        layout.verifyLayout("onboarding-confirm", page)
        page.restoring = true
        page.step = 4
        tryVerify(() => findChild(page, "restoreStep") !== null && findChild(page, "restoreStep").visible)
        layout.verifyLayout("onboarding-restore", page)
    }

    function test_2_recoveryCode() {
        const page = createTemporaryObject(onboarding, host)
        for (const c of "135792")
            secret.appendText(c)
        Session.createVault(secret, Session.Pin)
        tryCompare(Session, "state", Session.Unlocked, 10000)
        tryVerify(() => findChild(page, "recoveryStep") !== null && findChild(page, "recoveryStep").visible)
        layout.verifyLayout("onboarding-recovery-code", page)
        Onboarding.acknowledgeRecoveryCode()
    }
}
