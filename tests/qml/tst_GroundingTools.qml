import QtQuick
import QtTest
import Tideline
import Tideline.App

// The three grounding tools through the launcher other pages embed: each steps through, each
// can be left at any moment (Stop, Escape), reduce motion gives a still, word-only guide, and
// 5-4-3-2-1 notes are kept only when the person ticks "keep my notes".
TestCase {
    id: testCase
    name: "GroundingTools"
    width: 800
    height: 760
    visible: true
    when: windowShown

    Component { id: launcherComponent; GroundingLauncher {} }
    SecretEntry { id: typed }

    function initTestCase() {
        typed.clear()
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function cleanup() {
        AppSettings.reduceMotion = false
    }

    // Opens the chooser and starts one tool; returns [overlay, tool item].
    function startTool(launcher, tool) {
        mouseClick(launcher)
        const chooser = findChild(launcher, "groundingChooser")
        tryVerify(() => chooser.opened)
        mouseClick(findChild(chooser.contentItem, "choose_" + tool))
        const overlay = findChild(launcher, "groundingOverlay")
        tryVerify(() => overlay.opened)
        const loader = findChild(overlay.contentItem, "groundingToolLoader")
        tryVerify(() => loader.item !== null)
        return [overlay, loader.item]
    }

    function test_breathingGuidesAndStops() {
        const launcher = createTemporaryObject(launcherComponent, testCase)
        const [overlay, tool] = startTool(launcher, "breathing")
        compare(findChild(overlay.contentItem, "groundingBar").title, "Slow breathing")
        verify(!tool.running) // nothing starts by itself
        mouseClick(findChild(tool, "rhythm1")) // 4-7-8
        mouseClick(findChild(tool, "breathingStartPause"))
        verify(tool.running)
        compare(findChild(tool, "breathingWords").text, "Breathe in")
        verify(findChild(tool, "breathingCircle").visible)
        tool.advance(); tool.advance(); tool.advance(); tool.advance()
        compare(findChild(tool, "breathingWords").text, "Hold gently")
        compare(tool.secondsLeft, 7)

        // Reduce motion: no moving circle, the count in words instead.
        AppSettings.reduceMotion = true
        verify(!findChild(tool, "breathingGuide").visible)
        compare(findChild(tool, "breathingWords").text, "Hold gently … 7")

        // Left at any moment with Escape.
        keyClick(Qt.Key_Escape)
        tryVerify(() => !overlay.opened)
        compare(overlay.tool, "")
    }

    function test_sensesStepByStepNotesKeptOnlyWhenAsked() {
        const launcher = createTemporaryObject(launcherComponent, testCase)
        let [overlay, tool] = startTool(launcher, "senses")
        compare(findChild(tool, "sensesProgress").text, "Step 1 of 5")
        verify(findChild(tool, "sensesPrompt").text.indexOf("five things you can see") >= 0)
        const note = findChild(tool, "sensesNote")
        note.forceActiveFocus()
        for (const c of "the lamp")
            keyClick(c)
        mouseClick(findChild(tool, "sensesNext"))
        compare(findChild(tool, "sensesProgress").text, "Step 2 of 5")
        compare(findChild(tool, "sensesNote").text, "") // a fresh field for each step
        mouseClick(findChild(tool, "sensesBack"))
        compare(findChild(tool, "sensesNote").text, "the lamp") // kept while the tool is open
        for (let i = 0; i < 5; ++i)
            mouseClick(findChild(tool, "sensesNext"))
        verify(tool.finished)
        const keep = findChild(tool, "keepNotes")
        verify(keep.visible)
        verify(!keep.checked) // never kept unless asked
        mouseClick(keep)
        mouseClick(findChild(tool, "sensesNext")) // "Close"
        tryVerify(() => !overlay.opened)

        // Without notes there is nothing to keep, and Stop leaves at once.
        ;[overlay, tool] = startTool(launcher, "senses")
        mouseClick(findChild(tool, "sensesNext"))
        mouseClick(findChild(overlay.contentItem, "groundingStop"))
        tryVerify(() => !overlay.opened)
    }

    function test_bodyScanStepsAndFinishes() {
        const launcher = createTemporaryObject(launcherComponent, testCase)
        const [overlay, tool] = startTool(launcher, "bodyscan")
        verify(findChild(tool, "bodyScanProgress").text.indexOf("Step 1 of 10") === 0)
        verify(!findChild(tool, "bodyScanBack").visible)
        for (let i = 0; i < 9; ++i)
            mouseClick(findChild(tool, "bodyScanNext"))
        verify(findChild(tool, "bodyScanText").text.indexOf("end of the scan") >= 0)
        compare(findChild(tool, "bodyScanNext").text, "Finish")
        mouseClick(findChild(tool, "bodyScanNext"))
        tryVerify(() => !overlay.opened)
    }

    // start(tool) skips the chooser, for pages that offer one tool directly.
    function test_startDirectly() {
        const launcher = createTemporaryObject(launcherComponent, testCase)
        launcher.start("bodyscan")
        const overlay = findChild(launcher, "groundingOverlay")
        tryVerify(() => overlay.opened)
        compare(findChild(overlay.contentItem, "groundingBar").title, "Body scan")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !overlay.opened)
    }
}
