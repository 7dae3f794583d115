import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// The Safety section: grounding tools first (for a hard moment), then the safety plan the
// person builds at their own pace, their support numbers, and a paper copy on request.
Flickable {
    id: page

    readonly property string title: qsTr("Safety")
    // "Understanding what happened": the section shows that page instead (SafetySection).
    signal understandingRequested()

    contentHeight: column.implicitHeight + 2 * Theme.spaceXl
    contentWidth: width // vertical only
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: column
        x: Math.max(Theme.spaceL, (page.width - width) / 2)
        y: Theme.spaceXl
        width: Math.min(page.width - 2 * Theme.spaceL, Theme.contentMaxWidth)
        spacing: Theme.spaceM

        Heading { Layout.fillWidth: true; text: qsTr("Something to steady you") }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: qsTr("Short exercises for a hard moment. You can stop any of them at any time.")
        }
        GroundingChoices {
            objectName: "safetyGroundingChoices"
            Layout.fillWidth: true
            onChosen: (tool) => overlay.start(tool)
        }

        Heading { Layout.fillWidth: true; Layout.topMargin: Theme.spaceXl; text: qsTr("Your safety plan") }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: qsTr("A plan for hard times, in your own words. Fill in only what feels useful, in any order; "
                       + "it is kept encrypted and you can change it whenever you like.")
        }
        PlanListSection {
            Layout.fillWidth: true
            sectionKey: "warning_sign"
            title: qsTr("Signs that a hard time may be coming")
            hint: qsTr("Thoughts, feelings or situations you have noticed before a difficult stretch.")
            placeholder: qsTr("For example: I stop sleeping well")
        }
        PlanListSection {
            Layout.fillWidth: true
            sectionKey: "coping_step"
            title: qsTr("Things I can do that help")
            hint: qsTr("Small things that have helped, even a little.")
            placeholder: qsTr("For example: a warm drink and a blanket")
        }
        PlanListSection {
            Layout.fillWidth: true
            sectionKey: "helpful_place"
            title: qsTr("Places that help")
            hint: qsTr("Where you feel a bit calmer or less alone.")
            placeholder: qsTr("For example: the library")
        }
        ContactsSection { Layout.fillWidth: true }
        PlanListSection {
            Layout.fillWidth: true
            sectionKey: "emergency_bag"
            title: qsTr("My emergency bag")
            hint: qsTr("Things to pack and keep somewhere safe in case you need to leave quickly, perhaps with "
                       + "someone you trust. Tick what is packed; add your own.")
            placeholder: qsTr("Add something of your own")
        }
        PlanListSection {
            Layout.fillWidth: true
            sectionKey: "close_at_hand"
            title: qsTr("Close at hand")
            hint: qsTr("Keep these where you can grab them quickly, and have a place of safety in mind. "
                       + "Tick what is ready.")
            placeholder: qsTr("Add something of your own")
        }
        PlanListSection {
            Layout.fillWidth: true
            sectionKey: "safe_place"
            title: qsTr("A safe place I can go")
            hint: qsTr("Somewhere you could go at any hour and stay if you needed to, and how you would get there.")
            placeholder: qsTr("For example: my aunt's flat, by bus 12")
        }

        OwnNumbersSection { id: ownNumbers; Layout.fillWidth: true; Layout.topMargin: Theme.spaceXl }
        HelpBeyondSection {
            objectName: "helpBeyond"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spaceXl
            regionCode: ownNumbers.regionCode
        }
        TextLink {
            objectName: "openUnderstanding"
            Layout.topMargin: Theme.spaceM
            Layout.maximumWidth: column.width
            text: qsTr("Understanding what happened: sexual violence by a partner, and why it is not your fault")
            Accessible.name: qsTr("Open a page about sexual violence by a partner, its forms and effects, and why "
                                  + "it is not your fault")
            onClicked: page.understandingRequested()
        }
        PlanPdfSection { Layout.fillWidth: true; Layout.topMargin: Theme.spaceXl }
    }

    GroundingOverlay { id: overlay; objectName: "safetyGroundingOverlay" }
}
