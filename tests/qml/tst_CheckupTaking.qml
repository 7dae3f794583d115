import QtQuick
import QtTest
import Tideline
import Tideline.App

// Taking a check-up with the keyboard alone, on a phone-sized window (360 px, one question at a
// time) and a large one (1440 px, the whole list): Tab to an answer, Space to choose it, and the
// result in words; PHQ-9 question 9 above "Not at all" shows support right under it.
TestCase {
    id: testCase
    name: "CheckupTaking"
    width: 1440
    height: 900
    visible: true
    when: windowShown

    Component { id: takeView; CheckupTakeView {} }
    SecretEntry { id: typed }

    function unlock() {
        if (Session.state === Session.Unlocked)
            return
        typed.clear()
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function focusedName() {
        const item = testCase.Window.activeFocusItem
        return item ? item.objectName : "(none)"
    }

    function tabTo(name) {
        for (let i = 0; i < 60 && focusedName() !== name; ++i)
            keyClick(Qt.Key_Tab)
        compare(focusedName(), name)
    }

    // On the focused question's first answer: Tab to the answer worth `value`, then Space.
    function choose(value) {
        tabTo("answer_" + value)
        keyClick(Qt.Key_Space)
    }

    function test_phoneOneAtATime() {
        unlock()
        const view = createTemporaryObject(takeView, testCase, { width: 360, height: 740, formKey: "phq9" })
        verify(view)
        compare(findChild(view, "recallSentence").text, "These questions are about the last 2 weeks.")
        view.forceActiveFocus()
        tabTo("beginCheckup")
        keyClick(Qt.Key_Space)
        tryVerify(() => view.taker.started)
        tryVerify(() => focusedName() === "answer_0", 2000) // on question 1's first answer, no mouse

        const answers = [1, 2, 0, 1, 3, 0, 1, 0] // questions 1 to 8
        for (let i = 0; i < answers.length; ++i) {
            compare(view.current, i)
            choose(answers[i])
            tryCompare(view, "current", i + 1)
            tryVerify(() => focusedName() === "answer_0", 2000)
        }
        // Question 9: "Several days". Support shows right there; the page does not move on by itself.
        compare(findChild(view, "singleQuestion").text,
                "Thoughts that you would be better off dead or of hurting yourself in some way")
        verify(!findChild(view, "checkupSupport").visible)
        choose(1)
        tryVerify(() => findChild(view, "checkupSupport").visible)
        compare(view.current, 8)
        verify(view.taker.showSupport)
        tabTo("nextQuestion")
        keyClick(Qt.Key_Space)
        tryCompare(view, "current", 9)
        // The difficulty question (not scored), then on to Finish.
        choose(2)
        tryVerify(() => focusedName() === "finishCheckup", 2000)
        keyClick(Qt.Key_Space)
        tryVerify(() => view.taker.finished)
        compare(findChild(view, "resultTotal").text, "Your total: 9 of 27.")
        verify(findChild(view, "resultBand").text.indexOf("“mild”") >= 0)
        verify(findChild(view, "resultBand").text.indexOf("not a diagnosis") >= 0)
        verify(findChild(view, "checkupSupport").visible) // still there on the result
        compare(focusedName(), "checkupDone")
        // Nothing is wider than the phone's window, once the result's layout has settled (it
        // is laid out in the next polish after the result appears).
        tryVerify(() => findChild(view, "resultBand").width > 0 && findChild(view, "resultBand").width <= 360)
    }

    function test_desktopWholeListWithContentNote() {
        unlock()
        const view = createTemporaryObject(takeView, testCase, { width: 1440, height: 900, formKey: "pcl5" })
        verify(view)
        // A content note first, before anything about the worst event is asked.
        verify(findChild(view, "contentNote").visible)
        verify(findChild(view, "contentNote").text.indexOf("worst event") >= 0)
        view.forceActiveFocus()
        tabTo("acceptNote")
        keyClick(Qt.Key_Space)
        tryVerify(() => focusedName() === "beginCheckup", 2000)
        tabTo("layout_all")
        keyClick(Qt.Key_Space)
        compare(view.oneAtATime, false)
        tabTo("beginCheckup")
        keyClick(Qt.Key_Space)
        tryVerify(() => view.taker.started)
        // Tab through the list: question 1's answers, its skip link, question 2's answers…
        // Answer "A little bit" (1) to every question by pressing Tab to it and Space.
        tryVerify(() => focusedName() === "answer_0", 2000)
        for (let q = 0; q < 20; ++q) {
            keyClick(Qt.Key_Tab)        // answer_1 of this question
            compare(focusedName(), "answer_1")
            keyClick(Qt.Key_Space)
            if (q < 19) {
                for (let i = 0; i < 8 && focusedName() !== "answer_0"; ++i)
                    keyClick(Qt.Key_Tab) // past the other answers and the skip link
            }
        }
        tryCompare(view.taker, "answeredCount", 20)
        tabTo("finishCheckup")
        keyClick(Qt.Key_Space)
        tryVerify(() => view.taker.finished)
        compare(findChild(view, "resultTotal").text, "Your total: 20 of 80.")
        verify(findChild(view, "resultBand").text.indexOf("below the range (31 to 33)") >= 0)
        verify(!findChild(view, "checkupSupport").visible)
    }

    // In Spanish: the PHQ-9 is the published Spanish version; the GAD-7, which has no published
    // Spanish wording here, says its whole recall sentence in English and says why, never
    // «Estas preguntas tratan sobre the last 2 weeks.»
    function test_spanishForms() {
        unlock()
        AppSettings.language = "es"
        tryCompare(AppSettings, "languageInUse", "es")

        const phq9 = createTemporaryObject(takeView, testCase, { width: 360, height: 740, formKey: "phq9" })
        verify(phq9)
        compare(findChild(phq9, "recallSentence").text, "Estas preguntas tratan sobre las últimas 2 semanas.")
        verify(!findChild(phq9, "languageNote").visible)
        phq9.begin(true)
        tryVerify(() => phq9.taker.started)
        tryCompare(findChild(phq9, "singleQuestion"), "text", "Poco interés o placer en hacer cosas")
        tryVerify(() => findChild(phq9, "answer_0") !== null)
        compare(findChild(phq9, "answer_0").Accessible.name, "Ningún día")
        compare(findChild(phq9, "answer_3").Accessible.name, "Casi todos los días")

        const gad7 = createTemporaryObject(takeView, testCase, { width: 360, height: 740, formKey: "gad7" })
        verify(gad7)
        compare(findChild(gad7, "recallSentence").text, "These questions are about the last 2 weeks.")
        const note = findChild(gad7, "languageNote")
        verify(note.visible)
        verify(note.text.indexOf("inglés") >= 0, note.text)
        tryVerify(() => note.width > 0 && note.width <= 360)

        AppSettings.language = ""
        tryCompare(AppSettings, "languageInUse", "en")
    }
}
