import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// The unlocked home: the sections later pages plug into, a side bar on wide windows and a
// bar along the bottom on narrow ones. Destroyed as a whole when the vault locks.
FocusScope {
    id: home

    property int current: 0
    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property var sections: [
        { title: qsTr("Today") },
        { title: qsTr("Journal") },
        { title: qsTr("Trends") },
        { title: qsTr("Safety") },
        { title: qsTr("Share") },
        { title: qsTr("Settings") }
    ]
    readonly property int settingsIndex: 5
    // Records live outside the bar, two steps from home (Safety ▸ Records); their name follows
    // neutral mode.
    readonly property int recordsIndex: 6
    readonly property string recordsTitle: AppSettings.neutralMode ? qsTr("Documents") : qsTr("Records")

    TopBar {
        id: topBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: home.checkupsOpen ? qsTr("Check-ups")
             : home.current === home.recordsIndex ? home.recordsTitle : home.sections[home.current].title

        BarButton {
            objectName: "lockButton"
            inCompactBar: topBar.compact
            text: qsTr("Lock")
            Accessible.name: qsTr("Lock %1").arg(AppSettings.appName)
            onClicked: Session.lock()
        }
    }

    // Whatever the person should read on coming in: wrong tries while away, words kept from before
    // the lock, the offer of a new recovery code. Takes no room when there is none.
    ColumnLayout {
        id: notices
        readonly property bool shown: notice.visible || heldWords.visible || renewalOffer.visible
        anchors.top: topBar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: shown ? Theme.spaceM : 0
        spacing: Theme.spaceM

        GentleMessage {
            id: notice
            objectName: "unlockNotice"
            Layout.fillWidth: true
            text: Session.unlockNotice
            dismissible: true
            // Most often it was the person mistyping: one calm tap puts the notice away.
            dismissText: qsTr("That was me")
            dismissDescription: qsTr("That was me: put this notice away")
            onDismissed: Session.dismissUnlockNotice()
        }
        HeldWordsMessage {
            id: heldWords
            Layout.fillWidth: true
        }
        RenewalOffer {
            id: renewalOffer
            Layout.fillWidth: true
        }
    }

    RowLayout {
        anchors.top: notices.bottom
        anchors.topMargin: notices.shown ? Theme.spaceM : 0
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: bottomBar.top
        spacing: 0

        NavigationBar {
            Layout.fillHeight: true
            Layout.preferredWidth: 200
            visible: home.wide
            vertical: true
            titles: home.sections.map(section => section.title)
            current: home.current
            onActivated: (index) => home.openSection(index)
        }
        Rectangle { Layout.fillHeight: true; width: 1; color: Theme.border; visible: home.wide }

        Loader {
            id: section
            objectName: "sectionLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: home.checkupsOpen ? checkupsPage : home.sectionPages[home.current]
            // A new language: qsTr() text changes at once; the open page is built again so that
            // text made in C++ (region names, measures) follows too.
            // Later, not inside the signal: the language choice that sent it lives on this page.
            Connections {
                target: AppSettings
                function onLanguageChanged() { Qt.callLater(section.rebuild) }
            }
            function rebuild() {
                section.active = false
                section.active = true
            }
        }
    }

    NavigationBar {
        id: bottomBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: home.wide ? 0 : implicitHeight
        visible: !home.wide
        vertical: false
        titles: home.sections.map(section => section.title)
        current: home.current
        onActivated: (index) => home.openSection(index)
    }

    // One component per section. Pages are created only when opened, so nothing of a section
    // loads before the person goes there.
    readonly property var sectionPages: [todayPage, journalPage, trendsPage, safetyPage, sharePage, settingsPage,
                                         recordsPage]

    // Cross-page flows: a page asks the home to switch section and hand something over.
    // openJournal(request): request is an object such as { promptKey, promptText } that the
    // journal page reads once it is loaded.
    property var pendingJournalRequest: null
    function openSection(index) {
        home.checkupsOpen = false
        home.pendingReview = false
        home.current = index
    }
    // Check-ups open in place of the current section (from Today or Settings); "Back" returns.
    property bool checkupsOpen: false
    property string checkupKey: ""
    function openCheckups(formKey) {
        home.checkupKey = formKey === undefined ? "" : formKey
        home.checkupsOpen = true
    }
    // The monthly look back from Today: Trends opens on the review of last month.
    property bool pendingReview: false
    function openReview() {
        home.pendingReview = true
        home.checkupsOpen = false
        home.current = 2
    }
    function openJournal(request) {
        home.pendingJournalRequest = request === undefined ? null : request
        home.current = 1
    }

    Component {
        id: todayPage
        TodayPage {
            onWriteFromPrompt: (key, text) => home.openJournal({ promptKey: key, promptText: text })
            onCheckupRequested: (formKey) => home.openCheckups(formKey)
            onReviewRequested: home.openReview()
        }
    }
    Component {
        id: journalPage
        JournalPage {
            request: home.pendingJournalRequest
            // Later, not inside the change that delivered it: that would loop the binding.
            onRequestTaken: Qt.callLater(() => home.pendingJournalRequest = null)
        }
    }
    Component {
        id: trendsPage
        TrendsSection {
            reviewing: home.pendingReview
            reviewPeriod: "lastMonth" // used only when it opens on the review
        }
    }
    Component {
        id: safetyPage
        SafetySection { onRecordsRequested: home.openSection(home.recordsIndex) }
    }
    Component {
        id: recordsPage
        RecordsPage {}
    }
    Component {
        id: sharePage
        SummaryPage {}
    }
    Component {
        id: settingsPage
        SettingsPage { onCheckupsRequested: home.openCheckups("") }
    }
    Component {
        id: checkupsPage
        CheckupsPage {
            openKey: home.checkupKey
            onCloseRequested: home.checkupsOpen = false
        }
    }
}
