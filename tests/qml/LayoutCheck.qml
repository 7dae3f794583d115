import QtQuick
import QtTest
import Tideline.App
import TidelineTest
import "LayoutWalker.js" as Walker

// The layout tests' shared steps: a page at a phone (360×740), a laptop (1024×640) and a
// desktop (1440×900) window, in light and dark, walked by LayoutWalker.js. Every problem of
// every size is collected before the test fails, so one run shows them all. With
// TIDELINE_LAYOUT_SHOTS=DIR a picture of each is saved there too.
QtObject {
    id: check

    // The TestCase: its size is the window's.
    required property Item testCase
    readonly property var sizes: [{ width: 360, height: 740 }, { width: 1024, height: 640 },
                                  { width: 1440, height: 900 }]
    readonly property var themes: [{ name: "light", value: AppSettings.Light },
                                   { name: "dark", value: AppSettings.Dark }]

    // Lets the layouts run: a frame is asked for (it would not come when nothing changed, and
    // waiting for it would take the whole timeout) and waited for.
    function settle(item) {
        testCase.wait(0)
        item.Window.window.update()
        testCase.waitForRendering(item, 1000)
    }

    // Problems of `page` once it has settled, each prefixed with `label`. A problem must still be
    // there a few frames later to count: a list places a row that grew (its text wrapped once the
    // layout gave it a width) at its next polish, and on a loaded machine (CI, under ASan) the
    // walk once caught two journal rows in between, overlapping for that moment only. A layout
    // that is wrong stays wrong, and still fails.
    function problemsOf(page, label) {
        let found = Walker.problems(page, testCase.width)
        for (let frame = 0; found.length > 0 && frame < 3; ++frame) {
            testCase.wait(50)
            check.settle(page)
            found = Walker.problems(page, testCase.width)
        }
        return found.map(p => label + ": " + p)
    }

    // For each size and theme: resize, let `prepare(size)` put the page in the state to look
    // at (optional), walk it. Returns the problems found; the test fails when there are any.
    function walk(name, page, prepare) {
        const found = []
        for (const size of check.sizes) {
            testCase.width = size.width
            testCase.height = size.height
            for (const theme of check.themes) {
                AppSettings.theme = theme.value
                if (prepare)
                    prepare(size)
                check.settle(page)
                const label = name + " at " + size.width + "×" + size.height + ", " + theme.name
                found.push(...check.problemsOf(page, label))
                if (TestEnvironment.shotsFolder.length > 0) {
                    testCase.grabImage(testCase).save(TestEnvironment.shotsFolder + "/" + name + "-"
                                                      + size.width + "-" + theme.name + ".png")
                }
            }
        }
        AppSettings.theme = AppSettings.Light
        return found
    }

    // The scrolling page nearest below `item` (itself included), or null.
    function flickableOf(item) {
        if (item.contentHeight !== undefined && item.contentY !== undefined && item.flick !== undefined)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = check.flickableOf(item.children[i])
            if (found)
                return found
        }
        return null
    }

    // Problems of `root` as it is, with `flick` (if any) scrolled to its top and then to its end
    // (a list's header sits above 0: originY). With TIDELINE_LAYOUT_SHOTS, a picture of each,
    // named `shot` and `shot`-end.
    function problemsTopAndEnd(root, flick, label, shot) {
        const found = []
        for (const end of [false, true]) {
            if (flick)
                flick.contentY = flick.originY + (end ? Math.max(0, flick.contentHeight - flick.height) : 0)
            check.settle(root)
            found.push(...check.problemsOf(root, label + (end ? " (end)" : "")))
            if (TestEnvironment.shotsFolder.length > 0 && shot)
                testCase.grabImage(testCase).save(TestEnvironment.shotsFolder + "/" + shot + (end ? "-end" : "") + ".png")
        }
        return found
    }

    // Walks and fails when anything is found; every problem is printed, one to a line.
    function verifyLayout(name, page, prepare) {
        const found = check.walk(name, page, prepare)
        for (const problem of found)
            console.warn(problem)
        testCase.verify(found.length === 0, found.length + " layout problems; the first: " + found[0])
    }
}
