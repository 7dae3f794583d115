import QtQuick
import QtQuick.Controls
import Tideline
import Tideline.App

// The Records section (reached from Safety): the list, one record, its history, its files, the
// list of kinds, and sharing. Its name follows neutral mode. Everything here is dropped when the
// vault locks, with the page.
Item {
    id: page

    readonly property string title: AppSettings.neutralMode ? qsTr("Documents") : qsTr("Records")
    property string view: "list"   // "list", "record", "history", "kinds", "share"
    property var historyOf: 0

    RecordActions { id: recordActions; objectName: "recordActions" }
    RecordEditor { id: recordEditor; objectName: "recordEditor" }
    RecordKindModel { id: recordKinds; objectName: "recordKinds" }

    function openRecord(id) { if (recordEditor.open(id)) page.view = "record" }
    function newRecord() { recordEditor.startNew(); page.view = "record" }

    RecordsListPane {
        objectName: "recordsList"
        anchors.fill: parent
        visible: page.view === "list"
        focus: visible
        actions: recordActions
        title: page.title
        onOpenRequested: (id) => page.openRecord(id)
        onNewRequested: page.newRecord()
        onDraftRequested: if (recordEditor.openDraft()) page.view = "record"
        onShareRequested: page.view = "share"
        onKindsRequested: page.view = "kinds"
    }
    Loader {
        anchors.fill: parent
        active: page.view === "record"
        sourceComponent: RecordEditorPane {
            objectName: "recordEditorPane"
            editor: recordEditor
            actions: recordActions
            kinds: recordKinds
            onDone: { recordEditor.close(); page.view = "list" }
            onDeleted: page.view = "list"
            onHistoryRequested: (id) => { page.historyOf = id; page.view = "history" }
        }
    }
    Loader {
        anchors.fill: parent
        active: page.view === "history"
        sourceComponent: RecordHistoryPane {
            recordId: page.historyOf
            onDone: page.view = "record"
        }
    }
    Loader {
        anchors.fill: parent
        active: page.view === "kinds"
        sourceComponent: RecordKindsPane { onDone: page.view = "list" }
    }
    Loader {
        anchors.fill: parent
        active: page.view === "share"
        sourceComponent: RecordsSharePane { onDone: page.view = "list" }
    }

}
