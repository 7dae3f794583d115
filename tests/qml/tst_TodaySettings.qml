import QtQuick
import QtTest
import Tideline
import Tideline.App

// Settings → "Choose what Today shows": the self-harm measure's switch, hiding a built-in,
// adding a measure and a routine item of one's own (with kind messages for bad names), and
// turning a kind of prompt off; Today follows.
TestCase {
    id: testCase
    name: "TodaySettings"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    Component { id: settingsPage; SettingsPage { width: testCase.width; height: testCase.height } }
    Component { id: todayPage; TodayPage { width: testCase.width; height: testCase.height } }
    Component { id: dailyPrompt; DailyPrompt {} }
    SecretEntry { id: typed }

    function initTestCase() {
        for (const c of "246810")
            typed.appendText(c)
        Session.unlock(typed)
        tryCompare(Session, "state", Session.Unlocked, 10000)
    }

    function openTodaySettings() {
        const settings = createTemporaryObject(settingsPage, testCase)
        const open = findChild(settings, "openTodaySettings")
        verify(open)
        open.clicked()
        tryVerify(() => findChild(testCase.Window.contentItem, "selfHarmSwitch") !== null)
        return testCase.Window.contentItem
    }

    function test_settingsShapeToday() {
        const root = openTodaySettings()

        // The sensitive measure: off, with its explanation; on with one toggle.
        const selfHarm = findChild(root, "selfHarmSwitch")
        verify(!selfHarm.checked)
        selfHarm.toggle()
        selfHarm.toggled()
        tryCompare(findChild(root, "selfHarmSwitch"), "checked", true)

        // Hide mood (row 0).
        const moodShown = findChild(root, "metricShown_0")
        verify(moodShown.checked)
        moodShown.toggle()
        moodShown.toggled()

        // A measure of one's own: an empty or invisible name is refused kindly.
        const name = findChild(root, "newMetricName")
        name.text = "\u200B  "
        findChild(root, "addMetric").clicked()
        verify(findChild(root, "metricSettingsError").text.indexOf("needs a name") >= 0)
        name.text = "Pain 🌧"
        findChild(root, "addMetric").clicked()
        compare(findChild(root, "metricSettingsError").text, "")
        compare(name.text, "")

        // Its kind and range can change while its values still fit: a count from 0 to 20.
        const painRow = 11 // after the ten built-ins and the sensitive one
        compare(findChild(root, "metricName_" + painRow).text, "Pain 🌧")
        findChild(root, "metricEdit_" + painRow).clicked()
        findChild(root, "metricKind_" + painRow).currentIndex = 1
        findChild(root, "metricMax_" + painRow).value = 20
        findChild(root, "metricReshape_" + painRow).clicked()
        compare(findChild(root, "metricSettingsError").text, "")
        tryVerify(() => findChild(root, "metricShown_" + painRow).contentItem.children[1].text.indexOf("0 to 20") >= 0)

        // A yes/no measure: no range to choose.
        name.text = "Took my medication"
        findChild(root, "newMetricKind").currentIndex = 3
        findChild(root, "addMetric").clicked()
        compare(findChild(root, "metricSettingsError").text, "")

        // A routine item of one's own.
        findChild(root, "newRoutineName").text = "Stretch for five minutes"
        findChild(root, "addRoutine").clicked()
        compare(findChild(root, "routineSettingsError").text, "")

        // Prompts about grounding off.
        const grounding = findChild(root, "promptKind_grounding")
        verify(grounding.checked)
        grounding.toggle()
        grounding.toggled()

        findChild(root, "closeTodaySettings").clicked()

        // Today follows.
        const page = createTemporaryObject(todayPage, testCase)
        tryVerify(() => findChild(page, "control_sleep_hours") !== null)
        compare(findChild(page, "control_mood"), null)
        verify(findChild(page, "control_self_harm_thoughts") !== null)
        verify(findChild(page, "control_custom_pain") !== null)
        // Yes/no on Today: a click records, a second click on the same answer clears.
        const yes = findChild(page, "control_custom_took_my_medication_1")
        verify(yes)
        compare(findChild(page, "value_custom_took_my_medication").text, "—, not recorded")
        yes.clicked()
        compare(findChild(page, "value_custom_took_my_medication").text, "yes")
        verify(yes.chosen, "the answer given is marked")
        findChild(page, "control_custom_took_my_medication_0").clicked()
        compare(findChild(page, "value_custom_took_my_medication").text, "no")
        findChild(page, "control_custom_took_my_medication_0").clicked()
        compare(findChild(page, "value_custom_took_my_medication").text, "—, not recorded")

        let routineLabels = []
        for (let i = 0; i < page.routines.count; ++i)
            routineLabels.push(findChild(page, "routine_" + i).text)
        verify(routineLabels.indexOf("Stretch for five minutes") >= 0, routineLabels)

        const prompt = createTemporaryObject(dailyPrompt, testCase)
        prompt.load()
        for (let i = 0; i < 40; ++i) {
            verify(prompt.kind !== "grounding")
            prompt.another()
        }
        const kinds = prompt.kinds.filter(kind => !kind.shown).map(kind => kind.key)
        compare(kinds, ["grounding"])
    }
}
