import QtQuick
import QtTest
import Tideline
import Tideline.App

// Right-to-left paragraphs (Hebrew, Arabic) follow their own direction beside left-to-right
// ones: in the editor (each paragraph aligned to its own side, as typed and as opened), in the
// list's previews and in search snippets (a text per paragraph).
TestCase {
    id: testCase
    name: "RightToLeft"
    width: 800
    height: 740
    visible: true
    when: windowShown

    Component { id: journalPage; JournalPage { width: testCase.width; height: testCase.height } }
    SecretEntry { id: typed }

    readonly property string hebrew: "היום הלכתי לאורך הנהר והמים היו שקטים"
    readonly property string arabic: "مشيت اليوم على طول النهر"
    readonly property string english: "Then a walk home along the river"

    function initTestCase() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    // Where a paragraph starts and ends on screen, in the text area.
    function span(area, from, length) {
        return { start: area.positionToRectangle(from).x, end: area.positionToRectangle(from + length).x }
    }

    function labelsNamed(root, name) {
        const found = []
        const walk = (item) => {
            for (let i = 0; i < item.children.length; ++i) {
                if (item.children[i].objectName.indexOf(name) === 0 && item.children[i].visible)
                    found.push(item.children[i])
                walk(item.children[i])
            }
        }
        walk(root)
        return found
    }

    function test_1_editorAlignsEachParagraph() {
        const page = createTemporaryObject(journalPage, testCase)
        page.newEntry()
        const body = findChild(page, "entryBody")
        tryVerify(() => body.activeFocus)
        // Typed: Hebrew first, then English, then Arabic.
        body.insert(0, testCase.hebrew)
        body.insert(body.length, "\n" + testCase.english)
        body.insert(body.length, "\n" + testCase.arabic)
        wait(50)
        const middle = body.width / 2
        const he = span(body, 0, testCase.hebrew.length)
        const en = span(body, testCase.hebrew.length + 1, testCase.english.length)
        const ar = span(body, testCase.hebrew.length + testCase.english.length + 2, testCase.arabic.length)
        verify(he.start > middle && he.start > he.end, "Hebrew starts on the right: " + JSON.stringify(he))
        verify(en.start < middle && en.start < en.end, "English starts on the left: " + JSON.stringify(en))
        verify(ar.start > middle && ar.start > ar.end, "Arabic starts on the right: " + JSON.stringify(ar))
        findChild(page, "entryTitle").text = "Mixed"
        findChild(page, "saveEntry").clicked()
        tryVerify(() => !findChild(page, "journalEditor").visible)
    }

    function test_2_listPreviewAndSnippetFollowEachParagraph() {
        const page = createTemporaryObject(journalPage, testCase)
        const list = findChild(page, "journalList")
        tryVerify(() => list.count > 0)
        const preview = labelsNamed(list, "previewParagraph")
        verify(preview.length >= 2, preview.length)
        compare(preview[0].text, testCase.hebrew)
        compare(preview[0].effectiveHorizontalAlignment, Text.AlignRight)
        compare(preview[1].text, testCase.english)
        compare(preview[1].effectiveHorizontalAlignment, Text.AlignLeft)

        // Opened again, the editor aligns it as it was typed.
        page.openEntry(list.itemAtIndex(0).entryId)
        const body = findChild(page, "entryBody")
        tryVerify(() => body.visible && body.text.length > 0)
        wait(50)
        const he = span(body, 0, testCase.hebrew.length)
        verify(he.start > body.width / 2, JSON.stringify(he))
        findChild(page, "saveEntry").clicked()

        findChild(page, "journalSearchField").text = "river"
        const results = findChild(page, "searchResults")
        tryVerify(() => results.count > 0, 3000)
        tryVerify(() => labelsNamed(results, "resultSnippet").length >= 1, 3000)
        const snippets = labelsNamed(results, "resultSnippet")
        const rtl = snippets.filter(s => s.text.indexOf("הנהר") >= 0 || s.text.indexOf("היום") >= 0)
        const ltr = snippets.filter(s => s.text.indexOf("river") >= 0)
        verify(ltr.length > 0 && ltr.every(s => s.effectiveHorizontalAlignment === Text.AlignLeft))
        verify(rtl.every(s => s.effectiveHorizontalAlignment === Text.AlignRight))
    }
}
